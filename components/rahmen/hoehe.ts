/**
 * In the browser: an embed (components/EinbettenRahmen.tsx) in an iframe tells the embedding page
 * its content height whenever it changes (the embed code's listener, lib/bild/einbetten.ts, sets
 * the iframe's height from it).
 */
import { HOEHE_NACHRICHT } from '@/lib/bild/einbetten';

export function hoeheMelden(dokument: Document): void {
  if (window.parent === window || !dokument.querySelector('[data-rahmen="einbettung"]')) return;
  const melden = () => window.parent.postMessage({ typ: HOEHE_NACHRICHT, hoehe: Math.ceil(dokument.documentElement.scrollHeight), pfad: window.location.pathname }, '*');
  new ResizeObserver(melden).observe(dokument.body);
  melden();
}
