/** Spreadsheet formula triggers (OWASP CSV injection): such text cells get a leading apostrophe. */
const TRIGGER = /^[=+\-@\t\r]/;

/** One CSV field per RFC 4180; numbers stay numbers, text that a spreadsheet would run is neutralised. */
export function csvField(v: string | number | null | undefined, sep = ','): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const s = TRIGGER.test(v) ? `'${v}` : v;
  return s.includes(sep) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line with its CRLF end. */
export function csvZeile(r: readonly (string | number | null)[], sep = ','): string {
  return r.map((v) => csvField(v, sep)).join(sep) + '\r\n';
}

/** Lines without a header, each ending in CRLF (empty for no rows): a part of a CSV file written in parts. */
export function csvZeilen(rows: readonly (readonly (string | number | null)[])[], sep = ','): string {
  // Texts repeat from row to row (areas, labels, sources): each is checked and quoted once per part.
  const felder = new Map<string, string>();
  const feld = (v: string | number | null) => {
    if (typeof v !== 'string') return csvField(v, sep);
    let f = felder.get(v);
    if (f === undefined) felder.set(v, (f = csvField(v, sep)));
    return f;
  };
  let text = '';
  for (const r of rows) {
    let zeile = '';
    for (let i = 0; i < r.length; i++) zeile += (i ? sep : '') + feld(r[i] as string | number | null);
    text += zeile + '\r\n';
  }
  return text;
}

/** RFC 4180 text with CRLF line ends; `sep` is `;` for the Excel-DE variant. */
export function toCsv(header: string[], rows: (string | number | null)[][], sep = ','): string {
  return csvZeile(header, sep) + csvZeilen(rows, sep);
}
