'use client';

import { useSyncExternalStore } from 'react';

const hoerer = new Set<() => void>();

function abonnieren(cb: () => void) {
  hoerer.add(cb);
  window.addEventListener('popstate', cb);
  window.addEventListener('hashchange', cb);
  return () => {
    hoerer.delete(cb);
    window.removeEventListener('popstate', cb);
    window.removeEventListener('hashchange', cb);
  };
}

function setzen(teil: 'search' | 'hash', wert: string) {
  if (wert !== window.location[teil]) {
    const { pathname, search, hash } = window.location;
    window.history.replaceState(null, '', teil === 'search' ? `${pathname}${wert}${hash}` : `${pathname}${search}${wert}`);
  }
  hoerer.forEach((h) => h());
}

/**
 * The query string or the fragment as state: the URL is the single source of truth, so a copied
 * link opens the same view. On the server (static export) it is empty: the defaults are rendered.
 */
export function useUrlTeil(teil: 'search' | 'hash'): [string, (wert: string) => void] {
  const wert = useSyncExternalStore(abonnieren, () => window.location[teil], () => '');
  return [wert, (w: string) => setzen(teil, w)];
}

const nie = () => () => {};
/** True once running in the browser (false in the static HTML). */
export const useImBrowser = () => useSyncExternalStore(nie, () => true, () => false);
