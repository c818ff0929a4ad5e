'use client';

import { naechste, type Sortierung } from '@/lib/tabelle/sortieren';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';

/**
 * A column header that sorts its table: a button in the th (keyboard: Tab, Enter/Space; the
 * arrow is drawn by the stylesheet from aria-sort, with empty alternative text),
 * aria-sort on the th, the order said in words to screen readers by the table's status line.
 */
export function SortKopf({ spalte, label, sort, onSort, num, sprache = 'de' }: { spalte: string; label: string; sort: Sortierung | null; onSort: (s: Sortierung | null) => void; num?: boolean; sprache?: Sprache }) {
  const w = diagramm(sprache).sortieren;
  const aktiv = sort?.spalte === spalte ? sort.richtung : null;
  return (
    <th scope="col" className={num ? 'num' : undefined} aria-sort={aktiv === 'auf' ? 'ascending' : aktiv === 'ab' ? 'descending' : undefined}>
      <button type="button" className="sort-knopf" onClick={() => onSort(naechste(sort, spalte))} title={w.titel(label)}>
        {label}
      </button>
    </th>
  );
}
