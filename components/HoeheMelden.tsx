'use client';

import { useEffect } from 'react';
import { HOEHE_NACHRICHT } from '@/lib/bild/einbetten';

/** In an iframe: tells the parent page the content height whenever it changes. */
export function HoeheMelden() {
  useEffect(() => {
    if (window.parent === window) return;
    const melden = () => window.parent.postMessage({ typ: HOEHE_NACHRICHT, hoehe: Math.ceil(document.documentElement.scrollHeight), pfad: location.pathname }, '*');
    const ro = new ResizeObserver(melden);
    ro.observe(document.body);
    melden();
    return () => ro.disconnect();
  }, []);
  return null;
}
