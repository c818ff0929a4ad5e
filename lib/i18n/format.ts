import { LOCALE, type Sprache } from './sprache';

const zahlen = new Map<string, Intl.NumberFormat>();
const nf = (s: Sprache, min: number, max: number) => {
  const k = `${s}|${min}|${max}`;
  if (!zahlen.has(k)) zahlen.set(k, new Intl.NumberFormat(LOCALE[s], { minimumFractionDigits: min, maximumFractionDigits: max }));
  return zahlen.get(k)!;
};

/** 179968 → "179.968" (de) / "179,968" (en). */
export const anzahl = (n: number, s: Sprache) => nf(s, 0, 0).format(n);
/** 29.66 → "29,7 %" (de) / "29.7%" (en). */
export const prozent = (n: number, s: Sprache) => (s === 'de' ? `${nf(s, 1, 1).format(n)} %` : `${nf(s, 1, 1).format(n)}%`);

const MONATE_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2024-12-31 → "31.12.2024" (de) / "31 Dec 2024" (en); no date → "–". */
export function datum(iso: string | undefined, s: Sprache): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '–';
  const [y, m, d] = iso.split('-');
  return s === 'de' ? `${d}.${m}.${y}` : `${Number(d)} ${MONATE_EN[Number(m) - 1]} ${y}`;
}

/** Signed change with a real minus sign: "+1.234" / "−56". */
export function veraenderung(n: number, s: Sprache, fmt: (n: number, s: Sprache) => string = anzahl): string {
  if (n === 0) return '±0';
  return `${n > 0 ? '+' : '−'}${fmt(Math.abs(n), s)}`;
}
