'use client';

import { usePathname } from 'next/navigation';

/**
 * "Zitieren": the citation line of this page — publisher, year, atlas, data version and Stand
 * (prepared by the server), this page's stable address, licence. The address comes from the
 * route, so the static HTML already holds it.
 */
export function Zitierzeile({ vor, nach, basis, label }: { vor: string; nach: string; basis: string; label: string }) {
  const adresse = basis.replace(/\/$/, '') + (usePathname() ?? '/');
  return (
    <p data-testid="zitierzeile">
      {label}: <span className="zitat">{`${vor} ${adresse} – ${nach}`}</span>
    </p>
  );
}
