import { DarstellungWahl } from '@/components/DarstellungWahl';
import { zeichenTitel } from '@/components/charts/shared/format';
import { GEHEIM_ZEICHEN } from '@/lib/format';
import type { Kommune } from '@/lib/config';
import { SprachLink, SprachLinkNav } from '@/components/SprachLink';
import type { Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';
import { Zitierzeile } from '@/components/Zitierzeile';
import { datenVersion } from '@/lib/daten/version';
import { fmtDatum } from '@/lib/format';

export function SiteFooter({ kommune, sprache = 'de', zitieren = true }: { kommune: Kommune; sprache?: Sprache; zitieren?: boolean }) {
  const w = woerter(sprache).rahmen;
  // What each sign means: the same words as in every table's tooltips.
  const z = (zeichen: '–' | '.' | 'geheim' | 'x') => zeichenTitel(zeichen, sprache);
  const sitzungen = [
    { pfad: '/praesentation/', text: w.praesentation },
    { pfad: '/handout/', text: w.handout },
    { pfad: '/daten/', text: w.offeneDaten },
    { pfad: '/daten/neu/', text: w.neu },
  ];
  const rechtliches = [
    { pfad: '/leichte-sprache/', text: w.leichteSprache },
    { pfad: '/impressum/', text: w.impressum },
    { pfad: '/datenschutz/', text: w.datenschutz },
    { pfad: '/barrierefreiheit/', text: w.barrierefreiheit },
    { pfad: '/barrierefreiheit/#barrieren-melden', text: w.barriereMelden },
  ];
  const version = datenVersion();
  const jahr = kommune.veroeffentlichung.veroeffentlicht.slice(0, 4);
  const atlas = sprache === 'de' ? `Integrationsatlas ${kommune.name}` : `Integration Atlas ${kommune.name}`;
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p data-testid="datenversion">
          {w.datenversion} <code>{version.hash}</code> ({w.stand} {fmtDatum(version.stand, sprache)}) · <SprachLink pfad="/daten/neu/" sprache={sprache}>{w.neu}</SprachLink>
        </p>
        {zitieren && <Zitierzeile label={w.zitieren} vor={`${kommune.herausgeber.name} (${jahr}): ${atlas}, ${w.datenversion} ${version.hash} (${w.stand} ${fmtDatum(version.stand, sprache)}).`} nach={`${kommune.lizenz.name}.`} basis={kommune.veroeffentlichung.basisUrl} />}
        <p>
          {w.herausgeber}: {kommune.herausgeber.name}. {w.lizenz}: <a href={kommune.lizenz.url}>{kommune.lizenz.name}</a>. {w.namensnennung}: {kommune.lizenz.namensnennung}.
        </p>
        <p>
          {w.zeichenTitel}: <abbr title={z('–')}>–</abbr> {z('–')} · <abbr title={z('.')}>.</abbr> {w.unbekannt} · <abbr title={z('geheim')}>{GEHEIM_ZEICHEN}</abbr> {w.geheim} ·{' '}
          <abbr title={z('x')}>x</abbr> {z('x')}.
        </p>
        <p>
          {w.sitzungen}:{' '}
          {sitzungen.map((z, i) => (
            <span key={z.pfad}>
              {i > 0 && ' · '}
              <SprachLink pfad={z.pfad} sprache={sprache}>
                {z.text}
              </SprachLink>
            </span>
          ))}
        </p>
        <p>{w.keineCookies}</p>
        <SprachLinkNav label={w.rechtliches} klasse="fuss-links" ziele={rechtliches} sprache={sprache} />
        <DarstellungWahl texte={woerter(sprache).darstellung} />
      </div>
    </footer>
  );
}
