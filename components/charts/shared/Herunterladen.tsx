'use client';

import { useState } from 'react';
import { bildSvg, type BildInhalt, type BildText } from '@/lib/bild/bild';
import { herunterladen, svgZuPng } from '@/lib/bild/png';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';
import type { Referenz } from '@/lib/themen/punkte';
import { punkteCsv } from '@/lib/themen/tabelle';
import { alsPunkte, type PunkteFuerClient } from '@/lib/themen/gepackt';

/** What the image export draws: a chart's points may come packed. */
type Inhalt = Extract<BildInhalt, { art: 'karte' }> | { art: 'linie' | 'balken' | 'stapel'; punkte: PunkteFuerClient; referenz?: Referenz | null };

interface Props {
  /** What the image export draws. */
  inhalt: Inhalt;
  text: BildText;
  dateiname: string;
  sprache?: Sprache;
  /** The CSV of exactly the shown numbers, made in the browser on request (not stored in the page). */
  csv?: { punkte: PunkteFuerClient; quellen: Record<string, string>; namensnennung: string };
}

/**
 * The downloads of a chart or the map: its numbers as CSV, and PNG and SVG images with title,
 * Stand, source and licence in the image. Everything is made from the shown points on click.
 */
export function Herunterladen({ inhalt, text, dateiname, sprache = 'de', csv }: Props) {
  const [fehler, setFehler] = useState<string | null>(null);
  const w = diagramm(sprache);
  const svg = () => bildSvg(inhalt.art === 'karte' ? inhalt : { ...inhalt, punkte: alsPunkte(inhalt.punkte) }, { ...text, sprache });
  return (
    <>
      {csv && (
        <button
          type="button"
          className="download"
          data-testid="csv-download"
          onClick={() => herunterladen(new Blob([punkteCsv(alsPunkte(csv.punkte), (q) => csv.quellen[q] ?? q, csv.namensnennung, sprache)], { type: 'text/csv;charset=utf-8' }), `${dateiname}.csv`)}
        >
          {w.csv}
        </button>
      )}
      <span className="bild-export">
        <button type="button" data-testid="bild-svg" onClick={() => herunterladen(new Blob([svg()], { type: 'image/svg+xml' }), `${dateiname}.svg`)}>
          {w.bildSvg}
        </button>
        <button
          type="button"
          data-testid="bild-png"
          onClick={() =>
            svgZuPng(svg())
              .then((b) => herunterladen(b, `${dateiname}.png`))
              .catch((e: Error) => setFehler(e.message))
          }
        >
          {w.bildPng}
        </button>
        {fehler && <span role="alert">{fehler}</span>}
      </span>
    </>
  );
}
