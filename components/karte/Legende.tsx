import { legendenEintraege, type KartenAnsicht } from '@/lib/karte/ansicht';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';

type Props = Pick<KartenAnsicht, 'grenzen' | 'anzahl' | 'geheim' | 'leer' | 'einheit' | 'illustrativ'> & { titel: string; sprache?: Sprache };

/** Class bounds in the page's format, how many areas each class holds, and withheld areas as their own entry. */
export function Legende({ titel, sprache = 'de', ...ansicht }: Props) {
  const w = diagramm(sprache);
  return (
    <div className="legende-karte" data-testid="legende">
      <p className="legende-titel">{titel}</p>
      <ul>
        {legendenEintraege(ansicht, sprache).map((e) => (
          <li key={e.bereich} data-anzahl={e.anzahl} data-testid={e.farbe === 'geheim' ? 'legende-geheim' : e.farbe === 'leer' ? 'legende-leer' : undefined}>
            <span className={`feld${e.farbe === 'geheim' ? ' feld-geheim' : e.farbe === 'leer' ? ' feld-leer' : ''}`} style={e.farbe === 'geheim' || e.farbe === 'leer' ? undefined : { background: e.farbe }} aria-hidden="true" />
            <span className="bereich">{e.bereich}</span>
            <span className="anzahl">{w.karte.gebiete(e.anzahl)}</span>
          </li>
        ))}
      </ul>
      {ansicht.illustrativ && (
        <p className="legende-ill" data-testid="legende-beispieldaten">
          <span className="farbfeld ill" aria-hidden="true" /> {w.karte.weissGestreift} <span className="badge badge-ill">{w.beispieldaten}</span> {w.karte.legendeIll}
        </p>
      )}
    </div>
  );
}
