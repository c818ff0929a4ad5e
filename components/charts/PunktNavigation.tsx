import type { ReactNode } from 'react';

/**
 * One tab stop for all points of a chart: arrow keys move between the points of a series
 * (← →) and between series (↑ ↓), Pos1/Ende jump to the first/last; the chosen point is
 * highlighted and read out. The points are the server-rendered circles (data-reihe,
 * data-stichtag, their words in <title>); without script the chart stays a picture with its table
 * beside it. Static markup: the frame script (components/rahmen/punkte.ts) does the moving, so a
 * page needs no framework runtime for it; it alone fills the announcement.
 */
export function PunktNavigation({ children, label }: { children: ReactNode; label: string }) {
  return (
    <div className="punkt-navigation" tabIndex={0} role="group" aria-label={label} data-rahmen="punkte" data-testid="punkt-navigation">
      {children}
      <p className="sr-only" aria-live="polite" data-testid="punkt-ansage" dangerouslySetInnerHTML={{ __html: '' }} />
    </div>
  );
}
