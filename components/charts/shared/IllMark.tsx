import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';

/** The mark of an illustrative value where it stands in a table cell: a star, read out in words. */
export function IllMark({ sprache = 'de' }: { sprache?: Sprache }) {
  const w = diagramm(sprache);
  return (
    <span className="ill-mark" title={w.beispieldaten}>
      <span aria-hidden="true">*</span>
      {/* One text node (no comment markers between its parts: this mark stands in thousands of cells). */}
      <span className="sr-only">{` (${w.beispieldaten})`}</span>
    </span>
  );
}
