import type { Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';

/** Marks a value as official or illustrative, in words (not colour alone). */
export function ProvenanceBadge({ illustrativ, sprache = 'de' }: { illustrativ: boolean; sprache?: Sprache }) {
  const w = woerter(sprache).marke;
  return illustrativ ? (
    <span className="badge badge-ill" title={w.beispielTitel} data-testid="badge-beispieldaten">
      {w.beispiel}
    </span>
  ) : (
    <span className="badge badge-amtlich" title={w.amtlichTitel} data-testid="badge-amtlich">
      {w.amtlich}
    </span>
  );
}
