'use client';

import { useState } from 'react';
import { bildSvg, type BildInhalt, type BildText } from '@/lib/bild/bild';
import { herunterladen, svgZuPng } from '@/lib/bild/png';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';

/** PNG and SVG download of a chart or the map, with title, Stand, source and licence in the image. */
export function BildExport({ inhalt, text, dateiname, sprache = 'de' }: { inhalt: BildInhalt; text: BildText; dateiname: string; sprache?: Sprache }) {
  const [fehler, setFehler] = useState<string | null>(null);
  const w = diagramm(sprache);
  const svg = () => bildSvg(inhalt, { ...text, sprache });
  return (
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
  );
}
