'use client';

import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/**
 * One tab stop for all points of a chart: arrow keys move between the points of a series
 * (← →) and between series (↑ ↓), Pos1/Ende jump to the first/last; the chosen point is
 * highlighted and read out. The points are the server-rendered circles (data-reihe,
 * data-stichtag, their words in <title>); without script the chart stays a picture with its table beside it.
 */
export function PunktNavigation({ children, label }: { children: ReactNode; label: string }) {
  const wurzel = useRef<HTMLDivElement>(null);
  const [ansage, setAnsage] = useState('');
  const [aktiv, setAktiv] = useState<{ reihe: string; stichtag: string } | null>(null);

  // Only the points of the SVG on screen (a wide and a narrow one are in the page).
  const punkte = () => [...(wurzel.current?.querySelectorAll<SVGCircleElement>('circle.punkt') ?? [])].filter((c) => c.getClientRects().length > 0);
  const waehle = (c: SVGCircleElement | undefined) => {
    if (!c) return;
    for (const x of wurzel.current?.querySelectorAll('circle.punkt.aktiv') ?? []) x.classList.remove('aktiv');
    c.classList.add('aktiv');
    setAktiv({ reihe: c.dataset.reihe ?? '', stichtag: c.dataset.stichtag ?? '' });
    setAnsage(c.querySelector('title')?.textContent ?? '');
  };
  const jetzt = (alle: SVGCircleElement[]) => alle.find((c) => c.dataset.reihe === aktiv?.reihe && c.dataset.stichtag === aktiv?.stichtag);

  const taste = (e: KeyboardEvent<HTMLDivElement>) => {
    const alle = punkte();
    if (!alle.length) return;
    const c = jetzt(alle) ?? alle[0]!;
    const reihen = [...new Set(alle.map((x) => x.dataset.reihe ?? ''))];
    const inReihe = (r: string) => alle.filter((x) => x.dataset.reihe === r);
    const meine = inReihe(c.dataset.reihe ?? '');
    const i = meine.indexOf(c);
    const nachbarReihe = (schritt: number) => {
      const r = reihen[(reihen.indexOf(c.dataset.reihe ?? '') + schritt + reihen.length) % reihen.length] ?? '';
      const t = Date.parse(c.dataset.stichtag ?? '');
      return inReihe(r).reduce<SVGCircleElement | undefined>((best, x) => (!best || Math.abs(Date.parse(x.dataset.stichtag ?? '') - t) < Math.abs(Date.parse(best.dataset.stichtag ?? '') - t) ? x : best), undefined);
    };
    const ziel = {
      ArrowRight: meine[Math.min(i + 1, meine.length - 1)],
      ArrowLeft: meine[Math.max(i - 1, 0)],
      ArrowDown: nachbarReihe(1),
      ArrowUp: nachbarReihe(-1),
      Home: meine[0],
      End: meine.at(-1),
    }[e.key];
    if (!ziel) return;
    e.preventDefault();
    waehle(ziel);
  };

  return (
    <div
      ref={wurzel}
      className="punkt-navigation"
      tabIndex={0}
      role="group"
      aria-label={label}
      onKeyDown={taste}
      onFocus={() => {
        const alle = punkte();
        if (!jetzt(alle)) waehle(alle.filter((x) => x.dataset.reihe === alle[0]?.dataset.reihe).at(-1));
      }}
      data-testid="punkt-navigation"
    >
      {children}
      <p className="sr-only" aria-live="polite" data-testid="punkt-ansage">
        {ansage}
      </p>
    </div>
  );
}
