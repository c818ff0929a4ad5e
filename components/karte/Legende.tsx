import { fmtIn } from '@/components/charts/shared/format';
import type { Einheit } from '@/lib/themen/model';
import { farbeFuer } from '@/lib/karte/klassen';

interface Props {
  grenzen: number[];
  anzahl: number[];
  geheim: number;
  einheit: Einheit;
  titel: string;
}

/** Class bounds (de-DE), how many areas each class holds, and withheld areas as their own entry. */
export function Legende({ grenzen, anzahl, geheim, einheit, titel }: Props) {
  const n = anzahl.length;
  return (
    <div className="legende-karte" data-testid="legende">
      <p className="legende-titel">{titel}</p>
      <ul>
        {anzahl.map((a, i) => {
          const von = grenzen[i] as number;
          const bis = grenzen[i + 1] as number;
          const letzte = i === n - 1;
          return (
            <li key={i} data-anzahl={a}>
              <span className="feld" style={{ background: farbeFuer(i, n) }} aria-hidden="true" />
              <span className="bereich">
                {von === bis ? fmtIn(von, einheit) : `${fmtIn(von, einheit)} bis ${letzte ? '' : 'unter '}${fmtIn(bis, einheit)}`}
              </span>
              <span className="anzahl">{a === 1 ? '1 Gebiet' : `${a} Gebiete`}</span>
            </li>
          );
        })}
        {geheim > 0 && (
          <li data-anzahl={geheim} data-testid="legende-geheim">
            <span className="feld feld-geheim" aria-hidden="true" />
            <span className="bereich">nicht ausgewiesen (Datenschutz)</span>
            <span className="anzahl">{geheim === 1 ? '1 Gebiet' : `${geheim} Gebiete`}</span>
          </li>
        )}
      </ul>
    </div>
  );
}
