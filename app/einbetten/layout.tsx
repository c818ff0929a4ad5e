import { HoeheMelden } from '@/components/HoeheMelden';
import { loadKommune } from '@/lib/data';

/** Embeds: the chart alone, no site frame; reports its height to the embedding page. */
export default function EinbettenLayout({ children }: { children: React.ReactNode }) {
  const k = loadKommune();
  return (
    <>
      <a className="skip" href="#inhalt">
        Zum Inhalt springen
      </a>
      <main className="einbetten" id="inhalt">
        {children}
        <p className="einbetten-herkunft">
          <a href={k.veroeffentlichung.basisUrl} target="_top">
            Integrationsatlas {k.name}
          </a>{' '}
          – {k.herausgeber.name}
        </p>
        <HoeheMelden />
      </main>
    </>
  );
}
