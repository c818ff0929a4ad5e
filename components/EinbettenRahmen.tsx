import { loadKommune } from '@/lib/data';
import { inSprache, type Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';

/** Embeds: the chart alone, no site frame; reports its height to the embedding page (components/rahmen/hoehe.ts). */
export function EinbettenRahmen({ sprache, children }: { sprache: Sprache; children: React.ReactNode }) {
  const k = loadKommune();
  const w = woerter(sprache).rahmen;
  return (
    <>
      <a className="skip" href="#inhalt">
        {w.sprungmarke}
      </a>
      <main className="einbetten" id="inhalt" data-rahmen="einbettung">
        {children}
        <p className="einbetten-herkunft">
          <a href={`${k.veroeffentlichung.basisUrl}${inSprache('/', sprache).slice(1)}`} target="_top">
            {w.atlas} {k.name}
          </a>{' '}
          – {k.herausgeber.name}
        </p>
      </main>
    </>
  );
}
