import { ohneSprache } from './sprache';

/**
 * German paths that have an English twin under /en/ (`*` at the end: every page below). Pages
 * are translated one by one; the language switch and the English navigation ask this list, so no
 * link leads to a missing page.
 */
export const ENGLISCHE_SEITEN: readonly string[] = ['/', '/methodik/', '/impressum/', '/datenschutz/', '/barrierefreiheit/', '/themen/*/', '/karte/', '/vergleich/', '/daten/', '/daten/neu/', '/gebiete/', '/gebiete/*/', '/einbetten/*/*/', '/einbetten/gebiete/*/*/'];

/** "*" stands for exactly one path segment. */
function passt(muster: string, pfad: string): boolean {
  if (!muster.includes('*')) return muster === pfad;
  const re = new RegExp(`^${muster.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`);
  return re.test(pfad);
}

export const hatEnglisch = (pfad: string) => {
  const p = ohneSprache(pfad.split(/[?#]/)[0] ?? pfad);
  return ENGLISCHE_SEITEN.some((m) => passt(m, p));
};
