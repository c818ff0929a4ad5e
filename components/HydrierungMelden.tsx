'use client';

import { useEffect } from 'react';
import { HYDRIERT } from '@/lib/laufzeit/laufzeit';

/**
 * Marks the document once React has hydrated it (`data-hydriert` on <html>): the frame script
 * changes no markup React owns before that (components/rahmen/hydrierung.ts). On a page served
 * without the runtime it never runs, and nothing waits for it there.
 */
export function HydrierungMelden() {
  useEffect(() => {
    document.documentElement.setAttribute(HYDRIERT, '');
  }, []);
  return null;
}
