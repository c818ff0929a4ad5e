import { legendenEintraege, type KartenAnsicht } from '@/lib/karte/ansicht';

type Props = Pick<KartenAnsicht, 'grenzen' | 'anzahl' | 'geheim' | 'leer' | 'einheit' | 'illustrativ'> & { titel: string };

/** Class bounds (de-DE), how many areas each class holds, and withheld areas as their own entry. */
export function Legende({ titel, ...ansicht }: Props) {
  return (
    <div className="legende-karte" data-testid="legende">
      <p className="legende-titel">{titel}</p>
      <ul>
        {legendenEintraege(ansicht).map((e) => (
          <li key={e.bereich} data-anzahl={e.anzahl} data-testid={e.farbe === 'geheim' ? 'legende-geheim' : e.farbe === 'leer' ? 'legende-leer' : undefined}>
            <span className={`feld${e.farbe === 'geheim' ? ' feld-geheim' : e.farbe === 'leer' ? ' feld-leer' : ''}`} style={e.farbe === 'geheim' || e.farbe === 'leer' ? undefined : { background: e.farbe }} aria-hidden="true" />
            <span className="bereich">{e.bereich}</span>
            <span className="anzahl">{e.anzahl === 1 ? '1 Gebiet' : `${e.anzahl} Gebiete`}</span>
          </li>
        ))}
      </ul>
      {ansicht.illustrativ && (
        <p className="legende-ill" data-testid="legende-beispieldaten">
          <span className="farbfeld ill" aria-hidden="true" /> weiß gestreift: <span className="badge badge-ill">Beispieldaten</span> – Werte und Klassengrenzen sind
          illustrativ, keine amtlichen Zahlen.
        </p>
      )}
    </div>
  );
}
