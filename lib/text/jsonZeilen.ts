/**
 * The line of every value in a JSON text, by its path ("konzepte.0.massnahmen.3.nr"), for
 * `file:line` messages. One pass with an explicit stack (no recursion: deep nesting cannot
 * overflow it); the text is known to be valid JSON.
 */
export function jsonZeilen(text: string): Map<string, number> {
  const zeilen = new Map<string, number>();
  const stapel: { art: 'obj' | 'arr'; schluessel: string | number; erwarteSchluessel: boolean }[] = [];
  let zeile = 1;
  let letzterSchluessel: string | null = null;
  const pfad = () => stapel.map((s) => s.schluessel).filter((s) => s !== '').join('.');
  const wertBeginnt = () => {
    const oben = stapel.at(-1);
    if (oben?.art === 'arr') {
      oben.schluessel = typeof oben.schluessel === 'number' ? oben.schluessel + 1 : 0;
      zeilen.set(pfad(), zeile);
    } else if (oben?.art === 'obj' && letzterSchluessel !== null) {
      oben.schluessel = letzterSchluessel;
      zeilen.set(pfad(), zeile);
      letzterSchluessel = null;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') zeile++;
    else if (c === '"') {
      let j = i + 1;
      let s = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\') j++;
        s += text[j];
        j++;
      }
      const oben = stapel.at(-1);
      if (oben?.art === 'obj' && oben.erwarteSchluessel) {
        letzterSchluessel = s;
        oben.erwarteSchluessel = false;
      } else wertBeginnt();
      i = j;
    } else if (c === '{' || c === '[') {
      wertBeginnt();
      stapel.push({ art: c === '{' ? 'obj' : 'arr', schluessel: c === '{' ? '' : -1, erwarteSchluessel: c === '{' });
    } else if (c === '}' || c === ']') stapel.pop();
    else if (c === ',') {
      const oben = stapel.at(-1);
      if (oben?.art === 'obj') oben.erwarteSchluessel = true;
    } else if (/[-0-9tfn]/.test(c ?? '')) {
      wertBeginnt();
      while (i + 1 < text.length && /[-+0-9.eEtruefalsn]/.test(text[i + 1] ?? '')) i++;
    }
  }
  return zeilen;
}

/** The line of a path, or of its nearest ancestor that has one. */
export function zeileVon(zeilen: Map<string, number>, pfad: (string | number | symbol)[]): number {
  for (let n = pfad.length; n > 0; n--) {
    const z = zeilen.get(pfad.slice(0, n).map(String).join('.'));
    if (z !== undefined) return z;
  }
  return 1;
}
