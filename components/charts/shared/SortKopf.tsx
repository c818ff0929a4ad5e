import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';

/**
 * A column header that sorts its table: a button in the th (keyboard: Tab, Enter/Space; the
 * arrow is drawn by the stylesheet from aria-sort, with empty alternative text). Static markup:
 * the frame script (components/rahmen/tabelle.ts) sorts, sets aria-sort and says the order.
 */
export function SortKopf({ spalte, label, num, sprache = 'de' }: { spalte: string; label: string; num?: boolean; sprache?: Sprache }) {
  return (
    <th scope="col" className={num ? 'num' : undefined} data-spalte={spalte}>
      <button type="button" className="sort-knopf" data-rahmen="sortieren" title={diagramm(sprache).sortieren.titel(label)}>
        {label}
      </button>
    </th>
  );
}
