import type { CSSProperties } from 'react';
import { langeNamen } from '@/lib/charts/namen';
import { anteilBreite } from '@/lib/charts/scale';
import type { Punkt } from '@/lib/themen/model';
import type { Referenz } from '@/lib/themen/punkte';
import { fmtIn, fmtPunkt, zeichenTitel } from './shared/format';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';

interface Props {
  punkte: Punkt[];
  referenz?: Referenz | null;
  hervorheben?: string;
  sprache?: Sprache;
}

/**
 * Ranked horizontal bars in HTML: readable on a phone and without script. Illustrative bars
 * are hatched; withheld values say so instead of showing a zero-length bar.
 */
export function BalkenChart({ punkte, referenz, hervorheben, sprache = 'de' }: Props) {
  const w = diagramm(sprache);
  const ill = ` (${w.beispieldaten})`;
  const einheit = punkte[0]?.einheit ?? 'Anzahl';
  const max = Math.max(referenz?.wert ?? 0, ...punkte.map((p) => p.wert ?? 0)) || 1;
  // The value column fits the longest value (large euro amounts), never less than the stylesheet's width.
  let zeichen = 0;
  for (const p of punkte) zeichen = Math.max(zeichen, fmtPunkt(p, sprache).length);
  // Long names or words stand above their bar on narrow screens instead of breaking inside words.
  const namenOben = langeNamen(punkte.map((p) => p.xLabel));
  return (
    <div className={`balken-rahmen${namenOben ? ' lange-namen' : ''}`} style={{ '--vw-text': `${zeichen + 1}ch` } as CSSProperties}>
      <div className="balken">
        {referenz && <span className="ref-linie" aria-hidden="true" style={{ '--anteil': referenz.wert / max } as CSSProperties} />}
        {punkte.map((p) => (
          <div key={p.x} className={`balken-zeile${p.x === hervorheben ? ' hervor' : ''}`} title={p.wert === null ? `${p.xLabel}: ${zeichenTitel(p.zeichen, sprache)}` : `${p.xLabel}: ${fmtPunkt(p, sprache)}${p.illustrativ ? ill : ''}`}>
            <span className="balken-label">{p.xLabel}</span>
            <span className="balken-spur">
              {p.wert === null ? (
                <span className="balken-geheim">{p.zeichen === 'geheim' ? w.nichtAusgewiesen : fmtPunkt(p, sprache)}</span>
              ) : (
                <span className={`balken-bar${p.illustrativ ? ' ill' : ''}${p.x === 'weitere' || p.x === 'ohne' ? ' rest' : ''}`} style={{ width: anteilBreite(p.wert, max) }} />
              )}
            </span>
            <span className="balken-wert">{fmtPunkt(p, sprache)}</span>
          </div>
        ))}
      </div>
      {referenz && (
        <p className="balken-legende">
          <span className="ref-muster" aria-hidden="true" /> {referenz.label}: {fmtIn(referenz.wert, einheit, sprache)}
          {referenz.illustrativ && ill}
        </p>
      )}
    </div>
  );
}
