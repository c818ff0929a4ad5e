import { LOCALE, type Sprache } from './i18n/sprache';
import type { Zeichen } from './values';

/**
 * Numbers and dates as each language writes them; German is the default. The one place of
 * formats: every page, chart, table and file asks here.
 */
const formate = new Map<string, Intl.NumberFormat>();
const nf = (s: Sprache, min: number, max: number) => {
  const k = `${s}|${min}|${max}`;
  let f = formate.get(k);
  if (!f) formate.set(k, (f = new Intl.NumberFormat(LOCALE[s], { minimumFractionDigits: min, maximumFractionDigits: max })));
  return f;
};

/** 179968 → "179.968" (de) / "179,968" (en) */
export const fmtAnzahl = (n: number, s: Sprache = 'de') => nf(s, 0, 0).format(n);
/** 29.66 → "29,7 %" (de) / "29.7%" (en) */
export const fmtProzent = (n: number, s: Sprache = 'de') => (s === 'de' ? `${nf(s, 1, 1).format(n)} %` : `${nf(s, 1, 1).format(n)}%`);
/** One decimal: 12.34 → "12,3" / "12.3" */
export const fmtEineStelle = (n: number, s: Sprache = 'de') => nf(s, 1, 1).format(n);
/** 226.43 → "226,43" */
export const fmtDezimal = (n: number, s: Sprache = 'de') => nf(s, 0, 2).format(n);

const MONATE_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2024-12-31 → "31.12.2024" (de) / "31 Dec 2024" (en); no date (a view without data) → "–", never "undefined". */
export function fmtDatum(iso: string | undefined, s: Sprache = 'de'): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '–';
  const [y, m, d] = iso.split('-');
  return s === 'de' ? `${d}.${m}.${y}` : `${Number(d)} ${MONATE_EN[Number(m) - 1]} ${y}`;
}

/** A sentence or heading begins with a capital letter (English level names are lower case). */
export const grossAnfang = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** The Stichtage a view shows: one date, or "first bis last" ("first to last"); empty without any. */
export function fmtZeitraum(stichtage: Iterable<string>, sp: Sprache = 'de'): string {
  const s = [...new Set(stichtage)].sort();
  return s.length > 1 ? `${fmtDatum(s[0] as string, sp)} ${sp === 'de' ? 'bis' : 'to'} ${fmtDatum(s.at(-1) as string, sp)}` : s[0] ? fmtDatum(s[0], sp) : '';
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
export const GEHEIM_SCHWELLE = process.env.NEXT_PUBLIC_GEHEIM_SCHWELLE || '3';

/** What a table shows where there is no number: the sign, `•` for withheld. */
export const zeichenAnzeige = (z: Zeichen | null | undefined): string => (z === 'geheim' ? GEHEIM_ZEICHEN : (z ?? '.'));

/** A cell value for messages: the number in the language's format, or its statistics sign. */
export function fmtWert(c: { wert: number | null; zeichen?: Zeichen | null }, s: Sprache = 'de'): string {
  if (c.wert === null) return zeichenAnzeige(c.zeichen);
  return Number.isInteger(c.wert) ? fmtAnzahl(c.wert, s) : fmtDezimal(c.wert, s);
}

/** Signed change: +1.234 / −56 (with a real minus sign). */
export function fmtVeraenderung(n: number, s: Sprache = 'de', fmt: (n: number, s: Sprache) => string = fmtAnzahl): string {
  if (n === 0) return '±0';
  return `${n > 0 ? '+' : '−'}${fmt(Math.abs(n), s)}`;
}
