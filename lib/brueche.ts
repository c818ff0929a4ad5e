import type { DatasetId } from './datasets';
import { fmtDatum } from './format';
import { DIAGRAMM } from './i18n/diagramm';
import type { Sprache } from './i18n/sprache';

/**
 * Breaks in series (reihenbrueche.csv): from `stichtag` on, the values of a dataset (or of the
 * listed merkmale) are not comparable with earlier ones — census rebasing, a change of source
 * or register, a new definition. Charts mark them, tables and CSVs note them, and no change is
 * computed across one.
 */
export const BRUCH_ARTEN = DIAGRAMM.de.bruchArten;
export type BruchArt = keyof typeof BRUCH_ARTEN;

export interface Bruch {
  datensatz: DatasetId;
  /** Merkmale the break applies to; empty: every merkmal of the dataset. */
  merkmale: string[];
  stichtag: string;
  art: BruchArt;
  beschreibung: string;
}

const gilt = (b: Pick<Bruch, 'merkmale'>, merkmal: string) => b.merkmale.length === 0 || b.merkmale.includes(merkmal);

/** The break between two Stichtage (`von` < break ≤ `bis`) of a merkmal, if any. */
export function bruchZwischen<B extends Pick<Bruch, 'merkmale' | 'stichtag'>>(brueche: readonly B[], merkmal: string, von: string, bis: string): B | undefined {
  const [a, b] = von <= bis ? [von, bis] : [bis, von];
  return brueche.find((x) => x.stichtag > a && x.stichtag <= b && gilt(x, merkmal));
}

/** The break that begins at this Stichtag for a merkmal, if any (the CSVs' `reihenbruch`). */
export const bruchAm = <B extends Pick<Bruch, 'merkmale' | 'stichtag'>>(brueche: readonly B[], merkmal: string, stichtag: string): B | undefined =>
  brueche.find((x) => x.stichtag === stichtag && gilt(x, merkmal));

/** "Zensus-Umstellung: …" (the CSVs' `reihenbruch` column); the description is the office's own text. */
export const bruchText = (b: Pick<Bruch, 'art' | 'beschreibung'>, s: Sprache = 'de') => `${DIAGRAMM[s].bruchArten[b.art]}: ${b.beschreibung}`;

/** "Reihenbruch ab 31.12.2023 – Zensus-Umstellung: …" (charts, tables, key figures). */
export const bruchHinweis = (b: Pick<Bruch, 'stichtag' | 'art' | 'beschreibung'>, s: Sprache = 'de') => DIAGRAMM[s].reihenbruchAb(fmtDatum(b.stichtag, s), bruchText(b, s));
