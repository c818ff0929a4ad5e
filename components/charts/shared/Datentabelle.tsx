import { pivot } from '@/lib/themen/tabelle';
import type { Punkt } from '@/lib/themen/model';
import { fmtPunkt, zeichenTitel } from './format';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';
import { IllMark } from '@/components/charts/shared/IllMark';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';

/** The table alternative of a chart: the same points, in the page's formats, numbers right-aligned. */
export function Datentabelle({ punkte, kopf, caption, sprache = 'de' }: { punkte: Punkt[]; kopf: string; caption: string; sprache?: Sprache }) {
  const w = diagramm(sprache);
  const { spalten, zeilen } = pivot(punkte);
  const einheit = punkte[0]?.einheit;
  const hatIll = punkte.some((p) => p.illustrativ);
  return (
    <ScrollBox label={`${w.tabelle}: ${caption}`}>
      <table className="daten" data-testid="datentabelle">
        <caption>
          {caption}
          {einheit && einheit !== 'Anzahl' ? ` (${w.einheit[einheit]})` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">{kopf}</th>
            {spalten.map((s) => (
              <th scope="col" key={s.id} className="num">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {zeilen.map((z) => (
            <tr key={z.id} data-kategorie={z.id} className={z.id === 'stadt' || z.id === 'referenz' ? 'referenz-zeile' : undefined}>
              <th scope="row">{z.label}</th>
              {z.zellen.map((p, i) => (
                <td key={spalten[i]?.id} className={`num${p?.illustrativ ? ' ill' : ''}`} title={p ? zeichenTitel(p.zeichen, sprache) : undefined} data-wert={p?.wert ?? ''}>
                  {p ? fmtPunkt(p, sprache) : ''}
                  {p?.illustrativ && <IllMark sprache={sprache} />}
                  {p?.bruch && (
                    <span className="bruch-mark" title={p.bruch.text}>
                      <span aria-hidden="true"> ‖</span>
                      <span className="sr-only"> {w.reihenbruchDavor}</span>
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {hatIll && <p className="tabelle-fuss">{w.tabelleIll}</p>}
      {[...new Set(punkte.map((p) => p.bruch?.text).filter((t): t is string => !!t))].map((t) => (
        <p key={t} className="tabelle-fuss" data-testid="bruch-hinweis">
          ‖ {t}. {w.nichtVergleichbar}
        </p>
      ))}
    </ScrollBox>
  );
}
