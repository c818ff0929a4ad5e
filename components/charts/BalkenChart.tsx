import type { CSSProperties } from 'react';
import type { Punkt } from '@/lib/themen/model';
import type { Referenz } from '@/lib/themen/punkte';
import { fmtIn, fmtPunkt, zeichenTitel } from './shared/format';

interface Props {
  punkte: Punkt[];
  referenz?: Referenz | null;
  hervorheben?: string;
}

/**
 * Ranked horizontal bars in HTML: readable on a phone and without script. Illustrative bars
 * are hatched; withheld values say so instead of showing a zero-length bar.
 */
export function BalkenChart({ punkte, referenz, hervorheben }: Props) {
  const einheit = punkte[0]?.einheit ?? 'Anzahl';
  const max = Math.max(referenz?.wert ?? 0, ...punkte.map((p) => p.wert ?? 0)) || 1;
  const pct = (v: number) => `${(v / max) * 100}%`;
  return (
    <div className="balken-rahmen">
      <div className="balken">
        {referenz && <span className="ref-linie" aria-hidden="true" style={{ '--anteil': referenz.wert / max } as CSSProperties} />}
        {punkte.map((p) => (
          <div key={p.x} className={`balken-zeile${p.x === hervorheben ? ' hervor' : ''}`} title={p.wert === null ? `${p.xLabel}: ${zeichenTitel(p.zeichen)}` : `${p.xLabel}: ${fmtPunkt(p)}${p.illustrativ ? ' (Beispieldaten)' : ''}`}>
            <span className="balken-label">{p.xLabel}</span>
            <span className="balken-spur">
              {p.wert === null ? (
                <span className="balken-geheim">{p.zeichen === 'geheim' ? 'nicht ausgewiesen' : fmtPunkt(p)}</span>
              ) : (
                <span className={`balken-bar${p.illustrativ ? ' ill' : ''}${p.x === 'weitere' || p.x === 'ohne' ? ' rest' : ''}`} style={{ width: pct(p.wert) }} />
              )}
            </span>
            <span className="balken-wert">{fmtPunkt(p)}</span>
          </div>
        ))}
      </div>
      {referenz && (
        <p className="balken-legende">
          <span className="ref-muster" aria-hidden="true" /> {referenz.label}: {fmtIn(referenz.wert, einheit)}
          {referenz.illustrativ && ' (Beispieldaten)'}
        </p>
      )}
    </div>
  );
}
