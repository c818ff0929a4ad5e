import { pivot } from '@/lib/themen/tabelle';
import type { Punkt } from '@/lib/themen/model';
import { fmtPunkt, zeichenTitel } from './format';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';
import { IllMark } from '@/components/charts/shared/IllMark';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';
import { SortierbareTabelle } from '@/components/charts/shared/SortierbareTabelle';

const KATEGORIE = 'kategorie';
const istReferenz = (z: { id: string }) => z.id === 'stadt' || z.id === 'referenz';

/**
 * The table alternative of a chart: the same points, in the page's formats, numbers right-aligned;
 * sortable by each column (SortierbareTabelle), the order in the address (`?<chart>.sort=<spalte>:<auf|ab>`).
 */
export function Datentabelle({ id, punkte, kopf, caption, sprache = 'de' }: { id: string; punkte: Punkt[]; kopf: string; caption: string; sprache?: Sprache }) {
  const w = diagramm(sprache);
  const { spalten, zeilen } = pivot(punkte);
  const einheit = punkte[0]?.einheit;
  const hatIll = punkte.some((p) => p.illustrativ);
  return (
    <ScrollBox label={`${w.tabelle}: ${caption}`}>
      <SortierbareTabelle
        id={id}
        testid="datentabelle"
        sprache={sprache}
        caption={
          <>
            {caption}
            {einheit && einheit !== 'Anzahl' ? ` (${w.einheit[einheit]})` : ''}
          </>
        }
        spalten={[{ id: KATEGORIE, label: kopf }, ...spalten.map((s) => ({ id: s.id, label: s.label, num: true }))]}
        zeilen={zeilen.map((z) => ({
          id: z.id,
          fest: istReferenz(z),
          werte: [z.label, ...z.zellen.map((p) => p?.wert ?? null)],
          attribute: { 'data-kategorie': z.id, ...(istReferenz(z) ? { className: 'referenz-zeile' } : {}) },
          zellen: (
            <>
              <th scope="row">{z.label}</th>
              {z.zellen.map((p, i) => (
                <td key={spalten[i]?.id} className={`num${p?.illustrativ ? ' ill' : ''}`} title={p ? zeichenTitel(p.zeichen, sprache) : undefined} data-wert={p?.wert ?? ''}>
                  {p ? fmtPunkt(p, sprache) : ''}
                  {p?.illustrativ && <IllMark sprache={sprache} />}
                  {p?.bruch && (
                    <span className="bruch-mark" title={p.bruch.text}>
                      <span aria-hidden="true"> ‖</span>
                      <span className="sr-only">{` ${w.reihenbruchDavor}`}</span>
                    </span>
                  )}
                </td>
              ))}
            </>
          ),
        }))}
      />
      {hatIll && <p className="tabelle-fuss">{w.tabelleIll}</p>}
      {[...new Set(punkte.map((p) => p.bruch?.text).filter((t): t is string => !!t))].map((t) => (
        <p key={t} className="tabelle-fuss" data-testid="bruch-hinweis">
          ‖ {t}. {w.nichtVergleichbar}
        </p>
      ))}
    </ScrollBox>
  );
}
