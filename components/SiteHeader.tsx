import { SprachLinkNav } from '@/components/SprachLink';
import { SprachWechsel } from '@/components/SprachWechsel';
import { SuchFeld } from '@/components/suche/SuchFeld';
import { inSprache, type Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';
import { themenMitDaten } from '@/lib/themen/seite';
import { loadVergleich } from '@/lib/vergleich/lesen';
import { loadKonzepte } from '@/lib/data';

export function SiteHeader({ name, sprache = 'de', sprachwechsel = true }: { name: string; sprache?: Sprache; sprachwechsel?: boolean }) {
  const w = woerter(sprache).rahmen;
  const ziele = [
    ...themenMitDaten().map((t) => ({ pfad: `/themen/${t.id}/`, text: woerter(sprache).thema[t.id].titel })),
    { pfad: '/karte/', text: w.karte },
    ...(loadVergleich() ? [{ pfad: '/vergleich/', text: w.vergleich }] : []),
    { pfad: '/gebiete/', text: w.gebiete },
    ...(loadKonzepte().length ? [{ pfad: '/konzept/', text: woerter(sprache).konzept.titel }] : []),
    { pfad: '/daten/', text: w.daten },
    { pfad: '/methodik/', text: w.methodik },
  ];
  return (
    <header className="site-header">
      <div className="wrap kopf">
        <a href={inSprache('/', sprache)} className="brand">
          {w.atlas} <span>{name}</span>
        </a>
        <SprachLinkNav label={w.hauptnavigation} klasse="hauptnav" ziele={ziele} sprache={sprache} />
        <SuchFeld sprache={sprache} />
        {sprachwechsel && <SprachWechsel sprache={sprache} texte={{ andereSprache: w.andereSprache, andereSpracheLang: w.andereSpracheLang, andereSpracheTitel: w.andereSpracheTitel }} />}
      </div>
    </header>
  );
}
