import { jeText } from './wiederholt';

/** Spreadsheet formula triggers (OWASP CSV injection): such text cells get a leading apostrophe. */
const TRIGGER = /^[=+\-@\t\r]/;

/** One CSV field per RFC 4180; numbers stay numbers, text that a spreadsheet would run is neutralised. */
export function csvField(v: string | number | null | undefined, sep = ','): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const s = TRIGGER.test(v) ? `'${v}` : v;
  return s.includes(sep) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

type Feld = string | number | null;

/** One CSV line with its CRLF end. */
export function csvZeile(r: readonly Feld[], sep = ',', feld = (v: Feld) => csvField(v, sep)): string {
  let zeile = '';
  for (let i = 0; i < r.length; i++) zeile += (i ? sep : '') + feld(r[i] as Feld);
  return zeile + '\r\n';
}

/** Lines without a header, each ending in CRLF (empty for no rows): a part of a CSV file written in parts. */
export function csvZeilen(rows: readonly (readonly Feld[])[], sep = ','): string {
  // Texts repeat from row to row (areas, labels, sources): each is checked and quoted once per part.
  const text = jeText((s) => csvField(s, sep));
  const feld = (v: Feld) => (typeof v === 'string' ? text(v) : csvField(v, sep));
  let teil = '';
  for (const r of rows) teil += csvZeile(r, sep, feld);
  return teil;
}

/** RFC 4180 text with CRLF line ends; `sep` is `;` for the Excel-DE variant. */
export function toCsv(header: string[], rows: (string | number | null)[][], sep = ','): string {
  return csvZeile(header, sep) + csvZeilen(rows, sep);
}
