import { ohneSprache } from './sprache';

/**
 * Pages that exist in German only, by their nature: Leichte Sprache is easy German for people who
 * read German with difficulty (BITV 2.0 § 4), not a text to translate. Every other page has its
 * English twin under /en/ (a browser test walks the whole export); the language switch and the
 * English navigation ask here, so no link leads to a missing page.
 */
export const NUR_DEUTSCH: readonly string[] = ['/leichte-sprache/'];

export const hatEnglisch = (pfad: string) => !NUR_DEUTSCH.includes(ohneSprache(pfad.split(/[?#]/)[0] ?? pfad));
