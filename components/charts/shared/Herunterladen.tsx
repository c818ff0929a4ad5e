import type { BildText } from '@/lib/bild/bild';
import type { Auftrag, Inhalt } from '@/lib/herunterladen/auftrag';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';

interface Props {
  /** What the image export draws. */
  inhalt: Inhalt;
  text: BildText;
  dateiname: string;
  sprache?: Sprache;
  /** The CSV of exactly the shown numbers, made in the browser on request (not stored as a file). */
  csv?: Auftrag['csv'];
}

/**
 * The downloads of a chart or the map: its numbers as CSV, and PNG and SVG images with title,
 * Stand, source and licence in the image. Static markup with the order in `data-auftrag`: the
 * frame script makes each file from the shown points on click (components/rahmen/herunterladen.ts).
 */
export function Herunterladen({ inhalt, text, dateiname, sprache = 'de', csv }: Props) {
  const w = diagramm(sprache);
  const auftrag: Auftrag = { inhalt, text, dateiname, sprache, ...(csv ? { csv } : {}) };
  return (
    <span className="herunterladen" data-auftrag={JSON.stringify(auftrag)}>
      {csv && (
        <button type="button" className="download" data-testid="csv-download" data-rahmen="herunterladen" data-format="csv">
          {w.csv}
        </button>
      )}
      <span className="bild-export">
        <button type="button" data-testid="bild-svg" data-rahmen="herunterladen" data-format="svg">
          {w.bildSvg}
        </button>
        <button type="button" data-testid="bild-png" data-rahmen="herunterladen" data-format="png">
          {w.bildPng}
        </button>
        <span role="alert" dangerouslySetInnerHTML={{ __html: '' }} />
      </span>
    </span>
  );
}
