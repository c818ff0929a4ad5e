/**
 * What a chart's or the map's download buttons make, as the page stores it (JSON in the
 * `data-auftrag` attribute of components/charts/shared/Herunterladen.tsx): the shown points,
 * packed, the image's words and the file name. The browser makes the files from it on click
 * (components/rahmen/dateien.ts). Pure, client-safe.
 */
import { bildSvg, type BildInhalt, type BildText } from '@/lib/bild/bild';
import { SPRACHEN, type Sprache } from '@/lib/i18n/sprache';
import { alsPunkte, type PunkteFuerClient } from '@/lib/themen/gepackt';
import type { Referenz } from '@/lib/themen/punkte';
import { mitReferenz, punkteCsv } from '@/lib/themen/tabelle';

/** What the image export draws: a chart's points may come packed. */
export type Inhalt = Extract<BildInhalt, { art: 'karte' }> | { art: 'linie' | 'balken' | 'stapel'; punkte: PunkteFuerClient; referenz?: Referenz | null };

export interface Auftrag {
  inhalt: Inhalt;
  text: BildText;
  dateiname: string;
  sprache: Sprache;
  /**
   * The CSV of exactly the shown numbers (absent: no CSV button). Without its own points it is
   * the chart's (inhalt), with the reference as one more row (mitReferenz): stored once.
   */
  csv?: { punkte?: PunkteFuerClient; quellen: Record<string, string>; namensnennung: string };
}

/** The image of the order as an SVG document, with its words drawn in. */
export const auftragSvg = (a: Auftrag): string => bildSvg(a.inhalt.art === 'karte' ? a.inhalt : { ...a.inhalt, punkte: alsPunkte(a.inhalt.punkte) }, { ...a.text, sprache: a.sprache });

/** The CSV of the order (null: it has none). */
export function auftragCsv(a: Auftrag): string | null {
  if (!a.csv) return null;
  const { punkte, quellen, namensnennung } = a.csv;
  const zeilen = punkte ? alsPunkte(punkte) : a.inhalt.art === 'karte' ? [] : mitReferenz(alsPunkte(a.inhalt.punkte), a.inhalt.referenz);
  return punkteCsv(zeilen, (q) => quellen[q] ?? q, namensnennung, a.sprache);
}

/**
 * An order read back from the page. Only its shape is checked: the page wrote it, and what is
 * drawn from it is escaped by the image and CSV writers as from any other source.
 */
export function auftragLesen(json: string | undefined): Auftrag | null {
  try {
    const a = JSON.parse(json ?? '') as Partial<Auftrag> | null;
    const ok = !!a && typeof a === 'object' && typeof a.dateiname === 'string' && !!a.inhalt && typeof a.inhalt === 'object' && !!a.text && typeof a.text === 'object' && (SPRACHEN as readonly unknown[]).includes(a.sprache);
    return ok ? (a as Auftrag) : null;
  } catch {
    return null;
  }
}
