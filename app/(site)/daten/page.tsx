import type { Metadata } from 'next';
import { ebenenNamen } from '@/lib/ebenen';
import Link from 'next/link';
import { DatensatzEintrag } from '@/components/daten/DatensatzEintrag';
import { Download } from '@/components/daten/Download';
import { DATEN } from '@/lib/daten/seite';
import { DATASET_IDS } from '@/lib/datasets';
import { loadDatensatz, loadKommune, loadManifest, loadQuellen } from '@/lib/data';
import { GEHEIM_ZEICHEN } from '@/lib/format';

export const metadata: Metadata = {
  title: 'Offene Daten',
  description: 'Alle Zahlen des Integrationsatlas als CSV, Excel-Variante, GeoJSON, Frictionless Data Package und DCAT-AP.de-Katalog.',
};

export default function DatenSeite() {
  const kommune = loadKommune();
  const quellen = loadQuellen();
  const manifest = loadManifest();
  const dateien = DATASET_IDS.map(loadDatensatz).filter((d) => d.werte.length > 0);
  const { ebenen } = kommune;
  return (
    <div className="wrap daten-seite">
      <h1>Offene Daten</h1>
      <p className="lead">
        Jede Zahl des Integrationsatlas zum Herunterladen und Weiterverwenden – frei, auch kommerziell, unter der{' '}
        <a href={kommune.lizenz.url}>{kommune.lizenz.name}</a>. Bitte nennen Sie: „{kommune.lizenz.namensnennung}“.
      </p>
      <nav aria-label="Datensätze" className="inhalt">
        <ul>
          {dateien.map((d) => (
            <li key={d.datensatz}>
              <a href={`#${d.datensatz}`}>{d.titel}</a>
            </li>
          ))}
          <li>
            <a href="#geometrien">Geometrien</a>
          </li>
          <li>
            <a href="#paket">Datenpaket und Katalog</a>
          </li>
          <li>
            <Link prefetch={false} href="/daten/neu/">Was ist neu</Link>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="format-titel" className="hinweis">
        <h2 id="format-titel">Aufbau der Dateien</h2>
        <p>
          Jede Datei ist eine Tabelle im Langformat: eine Zeile je Wert, mit Stichtag (ISO-Datum), Gebiet (ID, Name, Ebene), Merkmal, Einheit, Wert,
          Status, Quelle und Kennzeichnung (amtlich oder Beispieldaten). CSV-Dateien sind UTF-8 mit Komma (RFC 4180); die Excel-Variante hat BOM,
          Semikolon, Dezimalkomma und deutsche Spaltentitel. Die Adressen bleiben stabil; Spalten kommen höchstens hinzu.
        </p>
        <p>
          Wo keine Zahl steht, steht das amtliche Zeichen: <code>.</code> für unbekannt oder geheim gehalten, <code>x</code> für nicht sinnvoll; die Spalte{' '}
          <code>status</code> unterscheidet <code>unbekannt</code> und <code>geheim</code>. Geheim gehalten ({GEHEIM_ZEICHEN} auf den Seiten) sind Anzahlen
          unter {kommune.geheimhaltung.schwellenwert} Personen und Werte, aus denen sie sich errechnen ließen – zurzeit {manifest.geheimhaltung.gesperrt} Werte;
          siehe <Link prefetch={false} href="/methodik/#geheimhaltung">Methodik</Link>.
        </p>
      </section>
      {dateien.map((d) => (
        <DatensatzEintrag key={d.datensatz} datei={d} kommune={kommune} quellen={quellen} />
      ))}
      <section id="geometrien" aria-labelledby="geo-titel" data-testid="geometrien">
        <h2 id="geo-titel">Geometrien</h2>
        <p>
          Gebietsgrenzen als GeoJSON (WGS 84), die Gebiets-ID verbindet sie mit den Tabellen.
          {manifest.geometrie.schematisch ? ` Die Grenzen der ${ebenenNamen(ebenen)} sind schematisch: ${manifest.geometrie.beschreibung}` : ''}
        </p>
        <p>
          <strong>Namensnennung:</strong> {manifest.geometrie.namensnennung}
        </p>
        <ul className="downloads">
          <li>
            <Download pfad={DATEN.geo('stadt')} label="Stadtgrenze" format="GeoJSON" testid="geo-stadt" />
          </li>
          {ebenen.map((e) => (
            <li key={e.id}>
              <Download pfad={DATEN.geo(e.id)} label={e.plural} format="GeoJSON" testid={`geo-${e.id}`} />
            </li>
          ))}
          <li>
            <Download pfad={DATEN.gebiete} label="Gebietsliste" format="CSV" />
          </li>
        </ul>
      </section>
      <section id="paket" aria-labelledby="paket-titel">
        <h2 id="paket-titel">Datenpaket und Katalog</h2>
        <ul className="downloads">
          <li>
            <Download pfad={DATEN.paket} label="Data Package mit Tabellenschemata, Lizenzen, Quellen und SHA-256-Prüfsummen" format="Frictionless JSON" testid="datapackage" />
          </li>
          <li>
            <Download pfad={DATEN.katalog} label="Metadatenkatalog für GovData und open.nrw" format="DCAT-AP.de, Turtle" testid="katalog" />
          </li>
          <li>
            <Download pfad={DATEN.quellen} label="Quellen" format="CSV" />
          </li>
          <li>
            <Download pfad={DATEN.neu} label="Was ist neu" format="JSON" />
          </li>
        </ul>
      </section>
    </div>
  );
}
