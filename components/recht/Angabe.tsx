import type { ReactNode } from 'react';

/** An entry of a legal page, or – where the office has not entered it – a visible gap, never an invented value. */
export function Angabe({ wert, children }: { wert: unknown; children?: ReactNode }) {
  if (wert === undefined || wert === null || (Array.isArray(wert) && wert.length === 0) || wert === '')
    return (
      <span className="fehlt" data-testid="angabe-fehlt">
        noch nicht eingetragen
      </span>
    );
  return <>{children ?? String(wert)}</>;
}
