'use client';

import { useSyncExternalStore } from 'react';
import { ADRESSE_GEAENDERT, adresseErsetzen } from '@/lib/ansicht/adresse';

const EREIGNISSE = ['popstate', 'hashchange', ADRESSE_GEAENDERT] as const;

function abonnieren(cb: () => void) {
  for (const e of EREIGNISSE) window.addEventListener(e, cb);
  return () => {
    for (const e of EREIGNISSE) window.removeEventListener(e, cb);
  };
}

/**
 * The query string or the fragment as state: the URL is the single source of truth, so a copied
 * link opens the same view. On the server (static export) it is empty: the defaults are rendered.
 */
export function useUrlTeil(teil: 'search' | 'hash'): [string, (wert: string) => void] {
  const wert = useSyncExternalStore(abonnieren, () => window.location[teil], () => '');
  return [wert, (w: string) => adresseErsetzen(teil, w)];
}

const nie = () => () => {};
/** True once running in the browser (false in the static HTML). */
export const useImBrowser = () => useSyncExternalStore(nie, () => true, () => false);
