import { ohneSprache } from './sprache';

/**
 * German paths that have an English twin under /en/. Pages are translated one by one; the
 * language switch and the English navigation ask this list, so no link leads to a missing page.
 */
export const ENGLISCHE_SEITEN: readonly string[] = ['/', '/methodik/', '/impressum/', '/datenschutz/', '/barrierefreiheit/'];

export const hatEnglisch = (pfad: string) => ENGLISCHE_SEITEN.includes(ohneSprache(pfad));
