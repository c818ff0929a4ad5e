import type { Metadata } from 'next';
import { DatensatzEintrag } from '@/components/daten/DatensatzEintrag';
import { Download } from '@/components/daten/Download';
import { loadDatensatz, loadKommune, loadKonzepte, loadManifest, loadQuellen } from '@/lib/data';
import { DATASET_IDS } from '@/lib/datasets';
import { DATEN } from '@/lib/daten/seite';
import { datenVersion } from '@/lib/daten/version';
import { ebeneName, ebenenNamen } from '@/lib/ebenen';
import { GEHEIM_ZEICHEN } from '@/lib/format';
import { inSprache, type Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';

export function datenMetadata(sprache: Sprache): Metadata {
  const w = woerter(sprache).daten;
  return { title: w.titel, description: w.beschreibung, alternates: { languages: { de: '/daten/', en: '/en/daten/' } } };
}

/** The data catalogue: every dataset with its files, schema and citation; geometries; package and catalogue. */
export function DatenSeite({ sprache }: { sprache: Sprache }) {
  const kommune = loadKommune();
  const quellen = loadQuellen();
  const manifest = loadManifest();
  const dateien = DATASET_IDS.map(loadDatensatz).filter((d) => d.werte.length > 0);
  const { ebenen } = kommune;
  const wo = woerter(sprache);
  const w = wo.daten;
  const pfad = (p: string) => inSprache(p, sprache);
  const [leadVor, leadMitte, leadNach] = w.lead;
  const konzepte = loadKonzepte();
  const version = datenVersion();
  const z = w.zeichenText(GEHEIM_ZEICHEN, kommune.geheimhaltung.schwellenwert, manifest.geheimhaltung.gesperrt);
  return (
    <div className="wrap daten-seite">
      <h1>{w.titel}</h1>
      <p className="lead">
        {leadVor}
        <a href={kommune.lizenz.url}>{kommune.lizenz.name}</a>
        {leadMitte}
        {kommune.lizenz.namensnennung}
        {leadNach}
      </p>
      <nav aria-label={w.datensaetze} className="inhalt">
        <ul>
          {dateien.map((d) => (
            <li key={d.datensatz}>
              <a href={`#${d.datensatz}`}>{sprache === 'de' ? d.titel : wo.thema[d.datensatz].titel}</a>
            </li>
          ))}
          {konzepte.length > 0 && (
            <li>
              <a href="#konzept">{wo.konzept.titel}</a>
            </li>
          )}
          <li>
            <a href="#geometrien">{w.geometrien}</a>
          </li>
          <li>
            <a href="#paket">{w.paket}</a>
          </li>
          <li>
            <a href={pfad('/daten/neu/')}>
              {wo.rahmen.neu}
            </a>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="format-titel" className="hinweis">
        <h2 id="format-titel">{w.aufbau}</h2>
        <p>{w.aufbauText}</p>
        <p>
          {z[0]}
          <code>.</code>
          {z[1]}
          <code>x</code>
          {z[2]}
          <code>status</code>
          {z[3]}
          <code>unbekannt</code>
          {z[4]}
          <code>geheim</code>
          {z[5]}
          <a href={`${pfad('/methodik/')}#geheimhaltung`}>
            {z[6]}
          </a>
          {z[7]}
        </p>
      </section>
      {dateien.map((d) => (
        <DatensatzEintrag key={d.datensatz} datei={d} kommune={kommune} quellen={quellen} sprache={sprache} />
      ))}
      <section id="geometrien" aria-labelledby="geo-titel" data-testid="geometrien">
        <h2 id="geo-titel">{w.geometrien}</h2>
        <p>
          {w.geoText}
          {manifest.geometrie.schematisch ? w.geoSchematisch(ebenenNamen(ebenen, 'plural', wo.start.und, sprache), manifest.geometrie.beschreibung) : ''}
        </p>
        <p>
          <strong>{w.namensnennung}</strong> {manifest.geometrie.namensnennung}
        </p>
        <ul className="downloads">
          <li>
            <Download pfad={DATEN.geo('stadt')} label={w.stadtgrenze} format="GeoJSON" testid="geo-stadt" sprache={sprache} />
          </li>
          {ebenen.map((e) => (
            <li key={e.id}>
              <Download pfad={DATEN.geo(e.id)} label={ebeneName(e, 'plural', sprache)} format="GeoJSON" testid={`geo-${e.id}`} sprache={sprache} />
            </li>
          ))}
          <li>
            <Download pfad={DATEN.gebiete} label={w.gebietsliste} format="CSV" sprache={sprache} />
          </li>
        </ul>
      </section>
      {konzepte.length > 0 && (
        <section id="konzept" aria-labelledby="konzept-titel" data-testid="daten-konzept">
          <h2 id="konzept-titel">{wo.konzept.titel}</h2>
          <p>
            {wo.konzept.ehrlich} <a href={pfad('/konzept/')}>{wo.konzept.titel}</a>
          </p>
          <p className="klein">{wo.konzept.downloadHinweis}</p>
          <ul className="downloads">
            <li>
              <Download pfad={DATEN.massnahmen} label={wo.konzept.download} format="CSV" testid="massnahmen-csv" sprache={sprache} />
            </li>
            <li>
              <Download pfad={DATEN.konzepte} label={wo.konzept.titel} format="JSON" sprache={sprache} />
            </li>
          </ul>
        </section>
      )}
      <section id="paket" aria-labelledby="paket-titel">
        <h2 id="paket-titel">{w.paket}</h2>
        <ul className="downloads">
          <li>
            <a href={`/daten/${DATEN.zip}`} className="download" data-testid="zip" download>
              {w.zipLabel} <span className="format">(ZIP)</span>
            </a>{' '}
            <span className="klein">
              {w.zipVersion} <a href={`/daten/${DATEN.zipVersion(version.hash)}`}>{DATEN.zipVersion(version.hash)}</a>. {w.zipFrueher}
              <a href={`${pfad('/daten/neu/')}#versionen`}>{wo.neu.versionen}</a>.
            </span>
          </li>
          <li>
            <Download pfad={DATEN.paket} label={w.paketLabel} format="Frictionless JSON" testid="datapackage" sprache={sprache} />
          </li>
          <li>
            <Download pfad={DATEN.katalog} label={w.katalogLabel} format="DCAT-AP.de, Turtle" testid="katalog" sprache={sprache} />
          </li>
          <li>
            <Download pfad={DATEN.quellen} label={w.quellen} format="CSV" sprache={sprache} />
          </li>
          <li>
            <Download pfad={DATEN.neu} label={wo.rahmen.neu} format="JSON" sprache={sprache} />
          </li>
        </ul>
      </section>
    </div>
  );
}
