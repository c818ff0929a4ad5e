'use client';

import { useUrlTeil } from '@/components/useUrlTeil';
import { feldLesen, felderSchreiben, kartenTeil } from '@/lib/ansicht/url';

/**
 * A chart card's selectors in the address (`?<karte>.<feld>=…`, lib/ansicht/url.ts): read on
 * load, written on change, and its own part for the embed code. The static HTML has none: it
 * shows the default view.
 */
export function useAnsicht(karte: string) {
  const [suche, setSuche] = useUrlTeil('search');
  return {
    lesen: (feld: string) => feldLesen(suche, karte, feld),
    setzen: (werte: Record<string, string | undefined>, standard: Record<string, string>) => setSuche(felderSchreiben(window.location.search, karte, werte, standard)),
    teil: kartenTeil(suche, karte),
  };
}
