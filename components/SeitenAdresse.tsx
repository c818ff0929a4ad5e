'use client';

import { usePathname } from 'next/navigation';

/** The published address of the current page (configured base URL + path), for print footers. */
export function SeitenAdresse({ basisUrl }: { basisUrl: string }) {
  const pfad = usePathname() ?? '/';
  return <span data-testid="seiten-adresse">{basisUrl.replace(/\/$/, '') + pfad}</span>;
}
