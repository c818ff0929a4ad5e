'use client';

import { pivot } from '@/lib/themen/tabelle';
import { useMemo } from 'react';
import { alsPunkte, type PunkteFuerClient } from '@/lib/themen/gepackt';
import { fmtPunkt, zeichenTitel } from './format';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';
import { IllMark } from '@/components/charts/shared/IllMark';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';
import { SortKopf } from '@/components/charts/shared/SortKopf';
import { AnsichtHinweis } from '@/components/charts/shared/AnsichtHinweis';
import { useSortierung } from '@/components/useSortierung';
import { sortieren } from '@/lib/tabelle/sortieren';
import { SortAnsage } from '@/components/charts/shared/SortierbareTabelle';

const KATEGORIE = 'kategorie';
const istReferenz = (z: { id: string }) => z.id === 'stadt' || z.id === 'referenz';

/**
 * The table alternative of a chart: the same points, in the page's formats, numbers right-aligned;
 * sortable by each column, the order in the address (`?<chart>.sort=<spalte>:<auf|ab>`).
 */
export function Datentabelle({ id, punkte: erhalten, kopf, caption, sprache = 'de' }: { id: string; punkte: PunkteFuerClient; kopf: string; caption: string; sprache?: Sprache }) {
  const w = diagramm(sprache);
  const punkte = useMemo(() => alsPunkte(erhalten), [erhalten]);
  const pv = pivot(punkte);
  const { spalten } = pv;
  // The points stay the client's data (a compact payload); rows are made and sorted here.
  const { sort, falsch, setSort } = useSortierung(id, [KATEGORIE, ...spalten.map((s) => s.id)]);
  const zeilen = sortieren(pv.zeilen, sort, (z, spalte) => (spalte === KATEGORIE ? z.label : (z.zellen[spalten.findIndex((s) => s.id === spalte)]?.wert ?? null)), sprache, istReferenz);
  const sortLabel = sort ? (sort.spalte === KATEGORIE ? kopf : (spalten.find((s) => s.id === sort.spalte)?.label ?? '')) : '';
  const einheit = punkte[0]?.einheit;
  const hatIll = punkte.some((p) => p.illustrativ);
  return (
    <ScrollBox label={`${w.tabelle}: ${caption}`}>
      <AnsichtHinweis falsch={falsch ? [falsch] : []} sprache={sprache} />
      <table className="daten" data-testid="datentabelle">
        <caption>
          {caption}
          {einheit && einheit !== 'Anzahl' ? ` (${w.einheit[einheit]})` : ''}
        </caption>
        <thead>
          <tr>
            <SortKopf spalte={KATEGORIE} label={kopf} sort={sort} onSort={setSort} sprache={sprache} />
            {spalten.map((s) => (
              <SortKopf key={s.id} spalte={s.id} label={s.label} sort={sort} onSort={setSort} num sprache={sprache} />
            ))}
          </tr>
        </thead>
        <tbody>
          {zeilen.map((z) => (
            <tr key={z.id} data-kategorie={z.id} className={istReferenz(z) ? 'referenz-zeile' : undefined}>
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
            </tr>
          ))}
        </tbody>
      </table>
      <SortAnsage sort={sort} label={sortLabel} sprache={sprache} />
      {hatIll && <p className="tabelle-fuss">{w.tabelleIll}</p>}
      {[...new Set(punkte.map((p) => p.bruch?.text).filter((t): t is string => !!t))].map((t) => (
        <p key={t} className="tabelle-fuss" data-testid="bruch-hinweis">
          ‖ {t}. {w.nichtVergleichbar}
        </p>
      ))}
    </ScrollBox>
  );
}
