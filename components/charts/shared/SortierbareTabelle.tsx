import type { ReactNode } from 'react';
import { SortKopf } from '@/components/charts/shared/SortKopf';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';
import { sortieren, type Sortwert } from '@/lib/tabelle/sortieren';

export interface Spalte {
  id: string;
  label: string;
  num?: boolean;
}

export interface Zeile {
  id: string;
  /** The row's cells as rendered (the first one its row header), in column order. */
  zellen: ReactNode;
  /** What each column sorts by (null: no value, sorted last). */
  werte: Sortwert[];
  /** Stays at the end whatever the order (a total or reference row). */
  fest?: boolean;
  /** Extra attributes of the row (data-… for tests and styling). */
  attribute?: Record<string, string>;
}

/**
 * A table sortable by each column in the browser: header buttons with aria-sort, the order said
 * to screen readers and kept in the address (`?<id>.sort=<spalte>:<auf|ab>`). Static markup in
 * the table's own order, with each row's sort values (`data-werte`) and place (`data-ordnung`):
 * the frame script (components/rahmen/tabelle.ts) sorts, on pages with and without the runtime.
 * Without JavaScript the rows stand in their own order.
 */
export function SortierbareTabelle({ id, spalten, zeilen, caption, klasse = 'daten', testid, sprache = 'de' }: { id: string; spalten: Spalte[]; zeilen: Zeile[]; caption?: ReactNode; klasse?: string; testid?: string; sprache?: Sprache }) {
  const w = diagramm(sprache);
  // Filled by the frame script only (an empty inner HTML that React does not compare or reset).
  const leer = { __html: '' };
  return (
    <>
      <p className="hinweis" role="status" id={`${id}-sortfalsch`} data-testid="sort-falsch" data-vorlage={w.ansichtFalsch} hidden dangerouslySetInnerHTML={leer} />
      <table className={klasse} data-testid={testid} data-rahmen="tabelle" data-id={id}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {spalten.map((s) => (
              <SortKopf key={s.id} spalte={s.id} label={s.label} num={s.num} sprache={sprache} />
            ))}
          </tr>
        </thead>
        <tbody>
          {sortieren(zeilen, null, () => null, sprache, (z) => !!z.fest).map((z, i) => (
            <tr key={z.id} data-ordnung={i} data-werte={JSON.stringify(z.werte)} data-fest={z.fest ? '' : undefined} {...z.attribute}>
              {z.zellen}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="sr-only" role="status" id={`${id}-sortansage`} data-testid="sort-ansage" data-auf={w.sortieren.ansage.auf} data-ab={w.sortieren.ansage.ab} dangerouslySetInnerHTML={leer} />
    </>
  );
}
