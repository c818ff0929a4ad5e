'use client';

import { useState } from 'react';
import { bildSvg, type BildInhalt, type BildText } from '@/lib/bild/bild';
import { herunterladen, svgZuPng } from '@/lib/bild/png';

/** PNG and SVG download of a chart or the map, with title, Stand, source and licence in the image. */
export function BildExport({ inhalt, text, dateiname }: { inhalt: BildInhalt; text: BildText; dateiname: string }) {
  const [fehler, setFehler] = useState<string | null>(null);
  const svg = () => bildSvg(inhalt, text);
  return (
    <span className="bild-export">
      <button type="button" data-testid="bild-svg" onClick={() => herunterladen(new Blob([svg()], { type: 'image/svg+xml' }), `${dateiname}.svg`)}>
        Bild (SVG)
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
        Bild (PNG)
      </button>
      {fehler && <span role="alert">{fehler}</span>}
    </span>
  );
}
