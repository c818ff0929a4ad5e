'use client';

import { useEffect } from 'react';
import { HYDRIERT } from '@/lib/laufzeit/laufzeit';

/**
 * Marks the document once React has hydrated it and shown the views of the address
 * (`data-hydriert` on <html>): the frame script changes no markup React owns before that
 * (components/rahmen/hydrierung.ts). On a page served without the runtime it never runs, and
 * nothing waits for it there.
 */
export function HydrierungMelden() {
  useEffect(() => {
    // After the updates React makes right after hydrating (views read from the address).
    const t = setTimeout(() => document.documentElement.setAttribute(HYDRIERT, ''), 0);
    return () => clearTimeout(t);
  }, []);
  return null;
}
