'use client';

import { useSyncExternalStore } from 'react';

const hoerer = new Set<() => void>();

function abonnieren(cb: () => void) {
  hoerer.add(cb);
  window.addEventListener('popstate', cb);
  return () => {
    hoerer.delete(cb);
    window.removeEventListener('popstate', cb);
  };
}

function setzen(suche: string) {
  if (suche !== window.location.search) window.history.replaceState(null, '', suche || window.location.pathname);
  hoerer.forEach((h) => h());
}

/**
 * The query string as state: the URL is the single source of truth, so a copied link opens
 * the same view. On the server (static export) it is empty: the defaults are rendered.
 */
export function useUrlSuche(): [string, (suche: string) => void] {
  const suche = useSyncExternalStore(abonnieren, () => window.location.search, () => '');
  return [suche, setzen];
}
