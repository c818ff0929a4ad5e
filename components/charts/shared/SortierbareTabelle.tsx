'use client';

import type { ReactNode } from 'react';
import { AnsichtHinweis } from '@/components/charts/shared/AnsichtHinweis';
import { SortKopf } from '@/components/charts/shared/SortKopf';
import { useSortierung } from '@/components/useSortierung';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';
import { sortieren, type Sortierung } from '@/lib/tabelle/sortieren';

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
  werte: (number | string | null)[];
  /** Stays at the end whatever the order (a total or reference row). */
  fest?: boolean;
  /** Extra attributes of the row (data-… for tests and styling). */
  attribute?: Record<string, string>;
}

/**
 * A server-rendered table, sortable by each column in the browser: header buttons with aria-sort,
 * the order announced and kept in the address (`?<id>.sort=<spalte>:<auf|ab>`). Without
 * JavaScript the rows stand in their own order.
 */
export function SortierbareTabelle({ id, spalten, zeilen, caption, klasse = 'daten', testid, sprache = 'de' }: { id: string; spalten: Spalte[]; zeilen: Zeile[]; caption?: ReactNode; klasse?: string; testid?: string; sprache?: Sprache }) {
  const { sort, falsch, setSort } = useSortierung(
    id,
    spalten.map((s) => s.id),
  );
  const index = new Map(spalten.map((s, i) => [s.id, i]));
  const reihe = sortieren(zeilen, sort, (z, spalte) => z.werte[index.get(spalte) ?? -1] ?? null, sprache, (z) => !!z.fest);
  const label = sort ? (spalten.find((s) => s.id === sort.spalte)?.label ?? '') : '';
  return (
    <>
      <AnsichtHinweis falsch={falsch ? [falsch] : []} sprache={sprache} />
      <table className={klasse} data-testid={testid}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {spalten.map((s) => (
              <SortKopf key={s.id} spalte={s.id} label={s.label} sort={sort} onSort={setSort} num={s.num} sprache={sprache} />
            ))}
          </tr>
        </thead>
        <tbody>
          {reihe.map((z) => (
            <tr key={z.id} {...z.attribute}>
              {z.zellen}
            </tr>
          ))}
        </tbody>
      </table>
      <SortAnsage sort={sort} label={label} sprache={sprache} />
    </>
  );
}

/** The order said in words to screen readers (a status line; empty in the table's own order). */
export function SortAnsage({ sort, label, sprache = 'de' }: { sort: Sortierung | null; label: string; sprache?: Sprache }) {
  return (
    <p className="sr-only" role="status" data-testid="sort-ansage">
      {sort ? diagramm(sprache).sortieren.ansage(label, sort.richtung === 'auf') : ''}
    </p>
  );
}
