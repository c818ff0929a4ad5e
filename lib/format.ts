import type { Zeichen } from './values';

const nf0 = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const nf1 = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const nf2 = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });

/** 179968 → "179.968" */
export const fmtAnzahl = (n: number) => nf0.format(n);
/** 29.66 → "29,7 %" */
export const fmtProzent = (n: number) => `${nf1.format(n)} %`;
/** 226.43 → "226,43" */
export const fmtDezimal = (n: number) => nf2.format(n);

/** 2024-12-31 → "31.12.2024"; no date (a view without data) → "–", never "undefined". */
export function fmtDatum(iso: string | undefined): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '–';
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** The Stichtage a view shows: one date, or "first bis last"; empty without any. */
export function fmtZeitraum(stichtage: Iterable<string>): string {
  const s = [...new Set(stichtage)].sort();
  return s.length > 1 ? `${fmtDatum(s[0] as string)} bis ${fmtDatum(s.at(-1) as string)}` : s[0] ? fmtDatum(s[0]) : '';
}

/** The sources of the shown values, by title (id where no title is known), each once. */
export function quellenText(ids: Iterable<string>, titel: Record<string, string>): string {
  return [...new Set(ids)]
    .filter(Boolean)
    .map((q) => titel[q] ?? q)
    .join('; ');
}

/** Table mark of a withheld value (files write the official `.` with status `geheim`). */
export const GEHEIM_ZEICHEN = '•';
/** Threshold of disclosure control, inlined at build time from the published kommune.json. */
const SCHWELLE = process.env.NEXT_PUBLIC_GEHEIM_SCHWELLE || '3';
/** Tooltip and legend text of a withheld value; true for primary and complementary cells alike. */
export const GEHEIM_TEXT = `weniger als ${SCHWELLE} oder daraus errechenbar — aus Datenschutzgründen nicht ausgewiesen`;

/** What a table shows where there is no number: the sign, `•` for withheld. */
export const zeichenAnzeige = (z: Zeichen | null | undefined): string => (z === 'geheim' ? GEHEIM_ZEICHEN : (z ?? '.'));

/** A cell value for messages: the number in de-DE, or its statistics sign. */
export function fmtWert(c: { wert: number | null; zeichen?: Zeichen | null }): string {
  if (c.wert === null) return zeichenAnzeige(c.zeichen);
  return Number.isInteger(c.wert) ? fmtAnzahl(c.wert) : fmtDezimal(c.wert);
}

/** Signed change: +1.234 / −56 (with a real minus sign). */
export function fmtVeraenderung(n: number, fmt: (n: number) => string = fmtAnzahl): string {
  if (n === 0) return '±0';
  return `${n > 0 ? '+' : '−'}${fmt(Math.abs(n))}`;
}
