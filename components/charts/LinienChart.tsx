import type { ReactNode } from 'react';
import type { Punkt } from '@/lib/themen/model';
import { farbe } from '@/lib/charts/palette';
import { linienMarkup } from './linienMarkup';
import { PunktNavigation } from './PunktNavigation';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';

/** The box a drawing's markup goes into: inline by default; pages rendered on the server pass Vorgezeichnet. */
export type Kasten = (p: { markup: string; className?: string }) => ReactNode;
export const Inline: Kasten = ({ markup, className }) => <div className={className} dangerouslySetInnerHTML={{ __html: markup }} />;

/**
 * Time series on a true time axis (Stichtage are not evenly spaced). Illustrative values are
 * open points on dashed lines. Pure SVG: in the static HTML, no script needed to read it.
 */
export function LinienChart({ punkte, klein = false, sprache = 'de', Zeichnung = Inline }: { punkte: Punkt[]; klein?: boolean; sprache?: Sprache; Zeichnung?: Kasten }) {
  const w = diagramm(sprache);
  const reihen = [...new Map(punkte.map((p) => [p.reihe, p.reiheLabel])).entries()];
  const hatIll = punkte.some((p) => p.illustrativ);
  const hatBruch = punkte.some((p) => p.bruch);
  return (
    <div className="linien">
      <PunktNavigation label={w.punktNavigation}>
        {/* The drawings as markup (see linienMarkup): no tree in the payload; with Vorgezeichnet not in the payload at all. */}
        {klein ? (
          <Zeichnung markup={linienMarkup(punkte, 360, 220, sprache)} />
        ) : (
          <>
            <Zeichnung className="nur-breit" markup={linienMarkup(punkte, 720, 300, sprache)} />
            <Zeichnung className="nur-schmal" markup={linienMarkup(punkte, 360, 240, sprache)} />
          </>
        )}
      </PunktNavigation>
      {(reihen.length > 1 || hatIll || hatBruch) && (
        <ul className="legende">
          {reihen.map(([id, label], i) => (
            <li key={id}>
              <span className="farbfeld" style={{ backgroundColor: farbe(i) }} /> {label}
            </li>
          ))}
          {hatIll && (
            <li>
              <svg width="28" height="10" aria-hidden="true">
                <line x1="0" y1="5" x2="28" y2="5" className="linie ill" />
              </svg>{' '}
              {w.legendeGestrichelt}
            </li>
          )}
          {hatBruch && (
            <li>
              <svg width="10" height="14" aria-hidden="true" className="bruch">
                <line x1="5" y1="0" x2="5" y2="14" />
              </svg>{' '}
              {w.legendeBruch}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
