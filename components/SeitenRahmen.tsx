import type { ReactNode } from 'react';
import { DruckFuss } from '@/components/DruckFuss';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { loadKennzahlen, loadKommune } from '@/lib/data';

/** The site's frame around a page: skip link, header with navigation, main, footer, print footer. */
export function SeitenRahmen({ children, druckFuss = true }: { children: ReactNode; druckFuss?: boolean }) {
  const k = loadKommune();
  return (
    <>
      <a className="skip" href="#inhalt">
        Zum Inhalt springen
      </a>
      <SiteHeader name={k.name} />
      <main id="inhalt">{children}</main>
      <SiteFooter kommune={k} />
      {druckFuss && <DruckFuss kommune={k} stand={loadKennzahlen().stand} />}
    </>
  );
}
