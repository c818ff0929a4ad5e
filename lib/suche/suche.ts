/** Client-safe search over the prebuilt index (/suche.json): no server, works offline once loaded. */

import { einsetzen } from '@/lib/text/vorlage';

/** Kinds of entries, in the order results of equal rank are shown. */
export const ARTEN = ['seite', 'thema', 'gebiet', 'kennzahl', 'staat', 'datensatz', 'massnahme'] as const;
export type Art = (typeof ARTEN)[number];

/** One entry: title, address, kind, and a line of context (level and parent, latest count …). */
export interface Eintrag {
  t: string;
  u: string;
  a: Art;
  z?: string;
  /** Other words it is found by (synonyms, codes, the other language's name). */
  w?: string;
}

/** Lower case, no diacritics, ß → ss, one space between words: "Bockum-Hövel" and "bockum hovel" meet. */
export function normalisieren(s: string): string {
  return s
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Entries that hold every word of the query, best first: whole title, title start, a word start,
 * anywhere (also in the context and other words); ties by kind, then shorter title. At most `n`.
 */
export function suchen(eintraege: readonly Eintrag[], anfrage: string, n = 8): Eintrag[] {
  const woerter = normalisieren(anfrage).split(' ').filter(Boolean).slice(0, 8);
  if (!woerter.length) return [];
  const treffer: { e: Eintrag; rang: number }[] = [];
  for (const e of eintraege) {
    const titel = normalisieren(e.t);
    const alles = `${titel} ${normalisieren(`${e.z ?? ''} ${e.w ?? ''}`)}`;
    if (!woerter.every((w) => alles.includes(w))) continue;
    const q = woerter.join(' ');
    const rang = titel === q ? 0 : titel.startsWith(q) ? 1 : woerter.every((w) => ` ${titel}`.includes(` ${w}`)) ? 2 : woerter.every((w) => titel.includes(w)) ? 3 : 4;
    treffer.push({ e, rang });
  }
  treffer.sort((a, b) => a.rang - b.rang || ARTEN.indexOf(a.e.a) - ARTEN.indexOf(b.e.a) || a.e.t.length - b.e.t.length || a.e.t.localeCompare(b.e.t, 'de'));
  return treffer.slice(0, n).map((t) => t.e);
}

/** How many results, in the reader's language: `viele` holds `{n}` for the number. */
export interface TrefferTexte {
  keine: string;
  eins: string;
  viele: string;
}

export function trefferText(t: TrefferTexte, n: number): string {
  return n === 0 ? t.keine : n === 1 ? t.eins : einsetzen(t.viele, { n: String(n) });
}
