/**
 * Whether a bar chart's names stand above their bars on a phone instead of beside them: the
 * label column there (7.5rem of 0.95rem text, app/globals.css) holds about 13 letters of a wide
 * sans-serif font and two or three lines. A longer name (measures of a concept) or a longer word
 * (a compound place name of 15 letters) would break inside a word: such a chart's names get
 * their own line, the whole width.
 */
export const LANGER_NAME = 28;
export const LANGES_WORT = 13;

/**
 * The longest run of a name that cannot wrap: runs end at a space, or after a hyphen or an en
 * dash. A slash or a non-breaking hyphen is counted in the run (browsers need not wrap there).
 */
export function laengstesWort(name: string): number {
  let laengste = 0;
  let lauf = 0;
  for (const z of name) {
    if (/\s/.test(z)) {
      lauf = 0;
      continue;
    }
    lauf++;
    laengste = Math.max(laengste, lauf);
    if (z === '-' || z === '–') lauf = 0;
  }
  return laengste;
}

export function langeNamen(namen: Iterable<string>): boolean {
  for (const n of namen) if (n.length > LANGER_NAME || laengstesWort(n) > LANGES_WORT) return true;
  return false;
}
