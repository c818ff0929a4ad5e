import type { Bruch } from '../brueche';
import type { Sprache } from '../i18n/sprache';
import type { Zeichen } from '../values';

/**
 * One number a chart shows: the unit of the table alternative and of the CSV download, so
 * chart, table and file always show the same numbers.
 */
export interface Punkt {
  /** Category on the x axis / table row: a Stichtag (ISO) or an area id or a code. */
  x: string;
  xLabel: string;
  /** Series / table column. */
  reihe: string;
  reiheLabel: string;
  wert: number | null;
  zeichen: Zeichen | null;
  einheit: Einheit;
  illustrativ: boolean;
  quelle: string;
  stichtag: string;
  /** A break in series between the previous point of this series and this one: not comparable. */
  bruch?: { stichtag: string; text: string };
}

export type Einheit = 'Anzahl' | 'Prozent' | 'je 1.000 Einwohner' | 'je km²' | 'Euro';

/** Compact, serialisable data of one dataset for the client: what selectors recompute from. */
export interface KompaktDaten {
  /** The language of the labels and of everything computed from these data in the browser (absent: German). */
  sprache?: Sprache;
  stichtage: string[];
  gebiete: { id: string; name: string; ebene: string; parent: string | null; flaeche: number | null }[];
  /** merkmal → gebiet → stichtag → [wert, zeichen, quelle] */
  werte: Record<string, Record<string, Record<string, [number | null, Zeichen | null, string]>>>;
  labels: Record<string, string>;
  illustrativeQuellen: string[];
  /** Breaks in series, with the merkmale they apply to (spelled out). */
  brueche?: (Pick<Bruch, 'stichtag' | 'art' | 'beschreibung'> & { merkmale: string[] })[];
  /** Groups the municipality forms from this dataset's merkmale (kommune.json `gruppen`). */
  gruppen?: { id: string; label: string; teile: string[] }[];
  /** Rounding base of sources that round every count (IT.NRW 12521: 5), by source id. */
  rundung?: Record<string, number>;
}
