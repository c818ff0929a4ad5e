/** Small helpers to write SVG text safely. */
/** Text and attribute values escaped as React escapes them (&, <, >, ", '): safe in either quotes. */
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

export const SCHRIFT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

/** Splits text into lines of at most `zeichen` characters (word boundaries). */
export function umbrechen(text: string, zeichen: number): string[] {
  const out: string[] = [];
  let zeile = '';
  const woerter: string[] = [];
  // A word longer than a line (a name from data) is cut into pieces, never drawn past the edge.
  for (const w of text.split(/\s+/).filter(Boolean)) for (let i = 0; i < w.length; i += zeichen) woerter.push(w.slice(i, i + zeichen));
  for (const wort of woerter) {
    if (zeile && (zeile + ' ' + wort).length > zeichen) {
      out.push(zeile);
      zeile = wort;
    } else zeile = zeile ? `${zeile} ${wort}` : wort;
  }
  if (zeile) out.push(zeile);
  return out;
}

/** Lines of text from y on, one <text> each. */
export function textZeilen(zeilen: string[], x: number, y: number, groesse: number, attrs = ''): { svg: string; bis: number } {
  const hoehe = Math.round(groesse * 1.3);
  const svg = zeilen.map((z, i) => `<text x="${x}" y="${y + i * hoehe}" font-size="${groesse}" ${attrs}>${esc(z)}</text>`).join('');
  return { svg, bis: y + zeilen.length * hoehe };
}
