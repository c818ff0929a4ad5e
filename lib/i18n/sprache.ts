/** The site's languages: German (default, at /) and English (at /en/). */
export const SPRACHEN = ['de', 'en'] as const;
export type Sprache = (typeof SPRACHEN)[number];

/** A German site path in the given language: "/karte/" → "/en/karte/". */
export function inSprache(pfad: string, sprache: Sprache): string {
  const de = ohneSprache(pfad);
  return sprache === 'de' ? de : `/en${de}`;
}

/** The German path of a path in any language: "/en/karte/" → "/karte/". */
export function ohneSprache(pfad: string): string {
  return pfad === '/en' || pfad === '/en/' ? '/' : pfad.startsWith('/en/') ? pfad.slice(3) : pfad;
}

export const spracheVon = (pfad: string): Sprache => (pfad === '/en' || pfad.startsWith('/en/') ? 'en' : 'de');

/** Locale of numbers and dates. */
export const LOCALE: Record<Sprache, string> = { de: 'de-DE', en: 'en-GB' };
