/** Small helpers to write SVG text safely. */
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const SCHRIFT = "'Source Sans 3', 'Source Sans Pro', Arial, sans-serif";

/** Splits text into lines of at most `zeichen` characters (word boundaries). */
export function umbrechen(text: string, zeichen: number): string[] {
  const out: string[] = [];
  let zeile = '';
  for (const wort of text.split(/\s+/).filter(Boolean)) {
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
