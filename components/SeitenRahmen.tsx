import type { ReactNode } from 'react';
import { DruckFuss } from '@/components/DruckFuss';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { loadKennzahlen, loadKommune } from '@/lib/data';
import type { Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';

/**
 * The site's frame around a page: skip link, header with navigation, main, footer, print footer.
 * `eigeneAdresse={false}` for a page without an address of its own (the 404 page, in both
 * languages): no print footer, no citation line naming one, and no link to the same page in the
 * other language.
 */
export function SeitenRahmen({ children, eigeneAdresse = true, sprache = 'de' }: { children: ReactNode; eigeneAdresse?: boolean; sprache?: Sprache }) {
  const k = loadKommune();
  return (
    <>
      <a className="skip" href="#inhalt">
        {woerter(sprache).rahmen.sprungmarke}
      </a>
      <SiteHeader name={k.name} sprache={sprache} sprachwechsel={eigeneAdresse} />
      <main id="inhalt">{children}</main>
      <SiteFooter kommune={k} sprache={sprache} zitieren={eigeneAdresse} />
      {eigeneAdresse && <DruckFuss basisUrl={k.veroeffentlichung.basisUrl} herausgeber={k.herausgeber.name} namensnennung={k.lizenz.namensnennung} stand={loadKennzahlen().stand} sprache={sprache} />}
    </>
  );
}
