import { Angabe } from '@/components/recht/Angabe';
import { SprachLink } from '@/components/SprachLink';
import { loadKommune } from '@/lib/data';
import { rechtTexte } from '@/lib/i18n/recht';
import type { Sprache } from '@/lib/i18n/sprache';

/** Impressum (§ 5 DDG, § 18 MStV) from kommune.json `rechtliches.impressum`, in German or English. */
export function ImpressumSeite({ sprache }: { sprache: Sprache }) {
  const k = loadKommune();
  const i = k.rechtliches.impressum;
  const t = rechtTexte(sprache);
  const w = t.impressum;
  return (
    <div className="wrap recht">
      <h1>{w.titel}</h1>
      {t.verbindlich && <p className="lead">{t.verbindlich}</p>}
      <h2>{w.anbieter}</h2>
      <p lang="de">
        {i.anbieter}
        {i.vertreten ? `, ${i.vertreten}` : ''}
      </p>
      <h2>{w.anschrift}</h2>
      <p data-testid="impressum-anschrift">
        <Angabe wert={i.anschrift} sprache={sprache}>
          {i.anschrift.map((z, n) => (
            <span key={n}>
              {z}
              <br />
            </span>
          ))}
        </Angabe>
      </p>
      <h2>{w.kontakt}</h2>
      <p>
        {w.email}:{' '}
        <Angabe wert={i.email} sprache={sprache}>
          {i.email && <a href={`mailto:${i.email}`}>{i.email}</a>}
        </Angabe>
        {i.telefon && (
          <>
            <br />
            {w.telefon}: {i.telefon}
          </>
        )}
      </p>
      <h2>{w.verantwortlich}</h2>
      <p lang="de">
        <Angabe wert={i.verantwortlich ?? k.herausgeber.name} sprache={sprache} />
      </p>
      {i.url && (
        <p>
          {w.vollstaendig}: <a href={i.url}>{i.url}</a>
        </p>
      )}
      <h2>{w.daten}</h2>
      <p>
        {w.datenText(k.herausgeber.name)}{' '}
        <a href={k.lizenz.url} lang="de">
          {k.lizenz.name}
        </a>
        ; {w.nennen}: „<span lang="de">{k.lizenz.namensnennung}</span>“. {w.quellen}:{' '}
        <SprachLink pfad="/methodik/" sprache={sprache}>
          {w.methodik}
        </SprachLink>
        .
      </p>
      <p>
        {w.siehe}:{' '}
        <SprachLink pfad="/datenschutz/" sprache={sprache}>
          {w.datenschutz}
        </SprachLink>{' '}
        ·{' '}
        <SprachLink pfad="/barrierefreiheit/" sprache={sprache}>
          {w.barrierefreiheit}
        </SprachLink>
      </p>
    </div>
  );
}
