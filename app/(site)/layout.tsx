import { DruckFuss } from '@/components/DruckFuss';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { loadKommune, loadKennzahlen } from '@/lib/data';

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  const k = loadKommune();
  return (
    <>
      <a className="skip" href="#inhalt">
        Zum Inhalt springen
      </a>
      <SiteHeader name={k.name} />
      <main id="inhalt">{children}</main>
      <SiteFooter kommune={k} />
      <DruckFuss kommune={k} stand={loadKennzahlen().stand} />
    </>
  );
}
