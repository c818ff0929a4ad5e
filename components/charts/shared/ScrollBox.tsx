import type { ReactNode } from 'react';

/**
 * A box whose wide table scrolls inside it on phones: reachable by keyboard (a tab stop) and
 * named for screen readers, so its hidden columns are not out of reach (WCAG 2.1.1, 4.1.2).
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="tabelle-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
