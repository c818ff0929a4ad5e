'use client';

import { useEffect } from 'react';
import type { Sprache } from '@/lib/i18n/sprache';

/**
 * Keeps <html lang> right after client-side navigation between languages (the static HTML of
 * every English page already says lang="en", written at export by scripts/sprache-setzen.ts).
 */
export function SpracheSetzen({ sprache }: { sprache: Sprache }) {
  useEffect(() => {
    const vorher = document.documentElement.lang;
    document.documentElement.lang = sprache;
    return () => {
      document.documentElement.lang = vorher;
    };
  }, [sprache]);
  return null;
}
