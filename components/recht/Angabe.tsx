import type { ReactNode } from 'react';
import type { Sprache } from '@/lib/i18n/sprache';
import { rechtTexte } from '@/lib/i18n/recht';

/** An entry of a legal page, or – where the office has not entered it – a visible gap, never an invented value. */
export function Angabe({ wert, sprache = 'de', children }: { wert: unknown; sprache?: Sprache; children?: ReactNode }) {
  if (wert === undefined || wert === null || (Array.isArray(wert) && wert.length === 0) || wert === '')
    return (
      <span className="fehlt" data-testid="angabe-fehlt">
        {rechtTexte(sprache).fehlt}
      </span>
    );
  return <>{children ?? String(wert)}</>;
}
