import { anteilBreite } from '@/lib/charts/scale';
import type { Punkt } from '@/lib/themen/model';
import { fmtPunkt } from './shared/format';
import { farbe } from '@/lib/charts/palette';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';

/** Stacked horizontal bars in HTML: one bar per category, one segment per series. */
export function StapelChart({ punkte, sprache = 'de' }: { punkte: Punkt[]; sprache?: Sprache }) {
  const w = diagramm(sprache);
  const ill = ` (${w.beispieldaten})`;
  const reihen = [...new Map(punkte.map((p) => [p.reihe, p.reiheLabel])).entries()];
  const cats = [...new Map(punkte.map((p) => [p.x, p.xLabel])).entries()];
  const teile = (x: string) => punkte.filter((p) => p.x === x);
  // A withheld part makes the sum unknown: it is shown as such, never as a smaller total.
  const summe = (x: string) => (teile(x).some((p) => p.wert === null) ? null : teile(x).reduce((s, p) => s + (p.wert ?? 0), 0));
  const max = Math.max(1, ...cats.map(([x]) => summe(x) ?? 0));
  return (
    <div className="stapel">
      {cats.map(([x, label]) => (
        <div key={x} className="stapel-gruppe">
          <div className="stapel-zeile">
            <span className="balken-label">{label}</span>
            <span className="balken-spur">
              {punkte
                .filter((p) => p.x === x)
                .map((p) => (
                  <span
                    key={p.reihe}
                    className={`stapel-teil${p.illustrativ ? ' ill' : ''}`}
                    aria-hidden="true"
                    style={{ width: anteilBreite(p.wert ?? 0, max), backgroundColor: farbe(reihen.findIndex(([r]) => r === p.reihe)) }}
                    title={`${p.reiheLabel}: ${fmtPunkt(p, sprache)}${p.illustrativ ? ill : ''}`}
                  />
                ))}
            </span>
            <span className="balken-wert">{fmtPunkt({ wert: summe(x), zeichen: summe(x) !== null ? null : teile(x).some((p) => p.zeichen === 'geheim') ? 'geheim' : '.', einheit: punkte[0]?.einheit ?? 'Anzahl' }, sprache)}</span>
          </div>
          {/* Every segment named with its value and mark in text: never by colour alone. */}
          <ul className="stapel-teile" aria-label={`${label}: ${w.teile}`}>
            {teile(x).map((p) => (
              <li key={p.reihe}>
                <span className={`farbfeld${p.illustrativ ? ' ill' : ''}`} style={{ backgroundColor: farbe(reihen.findIndex(([r]) => r === p.reihe)) }} aria-hidden="true" /> {p.reiheLabel}: <strong>{fmtPunkt(p, sprache)}</strong>
                {p.illustrativ && ill}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {/* The parts are named under each bar; the legend only explains the pattern. */}
      {punkte.some((p) => p.illustrativ) && (
        <ul className="legende">
          <li>
            <span className="farbfeld ill" /> {w.legendeGestreift}
          </li>
        </ul>
      )}
    </div>
  );
}
