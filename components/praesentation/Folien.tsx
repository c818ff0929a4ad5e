'use client';

import { Children, useCallback, useEffect, useRef, type ReactNode } from 'react';
import { useImBrowser, useUrlTeil } from '@/components/useUrlTeil';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';

/**
 * Steps through server-rendered slides: arrows, Page Up/Down, space, Home/End; F full screen;
 * Esc leaves. Without script every slide stays visible, one after another (and in print).
 */
export function Folien({ children, zurueck = '/', sprache = 'de' }: { children: ReactNode; zurueck?: string; sprache?: Sprache }) {
  const w = diagramm(sprache).praesentation;
  const folien = Children.toArray(children);
  const n = folien.length;
  // The slide number lives in the URL (#folie-3): a reload or a shared link opens that slide.
  const [hash, setHash] = useUrlTeil('hash');
  const bereit = useImBrowser();
  const m = /^#folie-(\d+)$/.exec(hash);
  const aktiv = Math.min(Math.max(m ? Number(m[1]) - 1 : 0, 0), n - 1);
  const wurzel = useRef<HTMLDivElement>(null);
  const gehe = useCallback((i: number) => setHash(`#folie-${Math.min(Math.max(i, 0), n - 1) + 1}`), [n, setHash]);

  useEffect(() => {
    const taste = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      // Enter and Space keep activating a focused button or link (the toolbar).
      if ((e.key === 'Enter' || e.key === ' ') && (e.target as HTMLElement | null)?.closest?.('button, a, input, select, textarea')) return;
      const weiter = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'];
      const vor = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'];
      if (weiter.includes(e.key)) gehe(aktiv + 1);
      else if (vor.includes(e.key)) gehe(aktiv - 1);
      else if (e.key === 'Home') gehe(0);
      else if (e.key === 'End') gehe(n - 1);
      else if (e.key === 'f' || e.key === 'F') {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void wurzel.current?.requestFullscreen?.();
      } else if (e.key === 'Escape') {
        if (document.fullscreenElement) void document.exitFullscreen();
        else window.location.assign(zurueck);
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', taste);
    return () => window.removeEventListener('keydown', taste);
  }, [aktiv, n, gehe, zurueck]);

  return (
    <div ref={wurzel} className={`folien${bereit ? ' schritt' : ''}`} data-testid="folien" data-aktiv={aktiv + 1}>
      {folien.map((f, i) => (
        <div key={i} className={`folie-huelle${i === aktiv ? ' aktiv' : ''}`} aria-hidden={bereit && i !== aktiv ? true : undefined}>
          {f}
        </div>
      ))}
      <nav className="folien-steuerung" aria-label={w.titel}>
        <button type="button" onClick={() => gehe(aktiv - 1)} disabled={aktiv === 0} aria-label={w.vorige}>
          ←
        </button>
        <span data-testid="folien-zaehler" aria-live="polite">
          {aktiv + 1} / {n}
        </span>
        <button type="button" onClick={() => gehe(aktiv + 1)} disabled={aktiv === n - 1} aria-label={w.naechste}>
          →
        </button>
        <button type="button" onClick={() => (document.fullscreenElement ? void document.exitFullscreen() : void wurzel.current?.requestFullscreen?.())} title={w.vollbildTitel}>
          {w.vollbild}
        </button>
        <a href={zurueck} title={w.beendenTitel}>
          {w.beenden}
        </a>
      </nav>
    </div>
  );
}
