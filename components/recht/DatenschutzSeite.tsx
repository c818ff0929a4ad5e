import { Angabe } from '@/components/recht/Angabe';
import { Stelle } from '@/components/recht/Stelle';
import { SprachLink } from '@/components/SprachLink';
import { loadKommune } from '@/lib/data';
import { rechtTexte } from '@/lib/i18n/recht';
import type { Sprache } from '@/lib/i18n/sprache';

/** Datenschutzerklärung (Art. 13 DSGVO) from kommune.json `rechtliches.datenschutz` and what the software does (and does not do). */
export function DatenschutzSeite({ sprache }: { sprache: Sprache }) {
  const k = loadKommune();
  const { impressum: i, datenschutz: d } = k.rechtliches;
  const t = rechtTexte(sprache);
  const w = t.datenschutz;
  return (
    <div className="wrap recht">
      <h1>{w.titel}</h1>
      <p className="lead">{w.lead}</p>
      {t.verbindlich && <p>{t.verbindlich}</p>}
      <h2>{w.verantwortlich}</h2>
      <p>
        <span lang="de">
          {i.anbieter}
          {i.anschrift.length > 0 && `, ${i.anschrift.join(', ')}`}
        </span>
        . E-Mail:{' '}
        <Angabe wert={i.email} sprache={sprache}>
          {i.email && <a href={`mailto:${i.email}`}>{i.email}</a>}
        </Angabe>
      </p>
      {d.beauftragter && (
        <>
          <h2>{w.beauftragter}</h2>
          <p>
            <span lang="de">{d.beauftragter.name}</span>
            {d.beauftragter.email && (
              <>
                , <a href={`mailto:${d.beauftragter.email}`}>{d.beauftragter.email}</a>
              </>
            )}
          </p>
        </>
      )}
      <h2>{w.anfaellt}</h2>
      <ul>
        <li>
          <strong>{w.protokolleTitel}</strong> {w.protokolle}{' '}
          <span lang="de">
            <Angabe wert={d.hosting} sprache={sprache} />
          </span>
        </li>
        <li>
          <strong>{w.wahlTitel}</strong> {w.wahl}
        </li>
        <li>
          <strong>{w.dritteTitel}</strong> {w.dritte}
          {k.karte ? w.kacheln(new URL(k.karte.kachelUrl.replace(/\{[a-z]\}/g, '0')).host, k.karte.namensnennung) : w.ohneKacheln}
        </li>
        <li>
          <strong>{w.zahlenTitel}</strong> {w.zahlen}{' '}
          <SprachLink pfad="/methodik/#geheimhaltung" sprache={sprache}>
            {w.geheimhaltung}
          </SprachLink>
          ).
        </li>
      </ul>
      <h2>{w.rechte}</h2>
      <p>
        {w.rechteText}{' '}
        <Stelle name={d.aufsicht.name} url={d.aufsicht.url} />
        .
      </p>
    </div>
  );
}
