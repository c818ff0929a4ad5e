/** In the browser: the prebuilt search index of this site (/suche.json); empty when it cannot be loaded. */
import type { Eintrag } from '@/lib/suche/suche';

export function suchIndexLaden(url: string): Promise<Eintrag[]> {
  return fetch(url)
    .then((r) => (r.ok ? (r.json() as Promise<unknown>) : []))
    .then(
      (e) => (Array.isArray(e) ? (e as Eintrag[]) : []),
      () => [],
    );
}
