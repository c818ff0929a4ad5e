import { DataFactory, Writer, type Quad, type Quad_Object, type Quad_Subject } from 'n3';
import type { Kommune } from '../config';
import { DATASET_IDS } from '../datasets';
import { illustrativPruefer } from '../provenienz';
import type { DatensatzDatei, QuelleOut } from '../published';
import { bestand, bestandText, bestandTextEn, gesamtBestand } from './bestand';
import { aufzaehlung, ebenenNamen, STADT } from '../ebenen';
import { woerter } from '../i18n/woerter';
import type { Pruefsumme } from '../ingest/ablage';
import { DATEN, type GeoEbene } from './paket';

const { namedNode, literal, blankNode, quad } = DataFactory;

const NS = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  spdx: 'http://spdx.org/rdf/terms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
} as const;
const n = (ns: keyof typeof NS, local: string) => namedNode(NS[ns] + local);
const EU = 'http://publications.europa.eu/resource/authority/';
export const LIZENZ_DL_BY_DE = 'http://dcat-ap.de/def/licenses/dl-by-de/2.0';
const FORMAT: Record<string, { typ: string; media: string }> = {
  csv: { typ: 'CSV', media: 'text/csv' },
  json: { typ: 'JSON', media: 'application/json' },
  geojson: { typ: 'GEOJSON', media: 'application/geo+json' },
};

export interface KatalogInput {
  kommune: Kommune;
  datensaetze: DatensatzDatei[];
  quellen: QuelleOut[];
  /** Every download file (path relative to /daten/ → size and checksum), as published. */
  dateien: Map<string, Pruefsumme>;
  geoNamensnennung: string;
  /** Area boundaries drawn schematically (not the official ones). */
  geoSchematisch: boolean;
}

/** The municipality's key in the political geocoding vocabulary of DCAT-AP.de (8 digits). */
export const gemeindeschluessel = (ags: string) => (ags.length === 5 ? `${ags}000` : ags);

/**
 * DCAT-AP.de catalogue (Turtle) for GovData / open.nrw: one dcat:Dataset per dataset (plus the
 * area geometry and the whole package), one dcat:Distribution per download file.
 */
export function katalog({ kommune, datensaetze, quellen, dateien, geoNamensnennung, geoSchematisch }: KatalogInput): string {
  const istIll = illustrativPruefer(quellen);
  const bestaende = new Map(datensaetze.map((d) => [d.datensatz, bestand(d, istIll)]));
  // One date of this publication: issued and modified of catalogue, datasets and files; the Stichtage are dct:temporal.
  const veroeffentlicht = kommune.veroeffentlichung.veroeffentlicht;
  const base = kommune.veroeffentlichung.basisUrl;
  const quads: Quad[] = [];
  let summen = 0;
  const add = (s: Quad_Subject, p: string, o: Quad_Object) => {
    const [ns, local] = p.split(':') as [keyof typeof NS, string];
    quads.push(quad(s, n(ns, local), o));
  };
  const typ = (s: Quad_Subject, t: string) => add(s, 'rdf:type', n(...(t.split(':') as [keyof typeof NS, string])));
  const text = (s: string) => literal(s, 'de');
  const englisch = (s: string) => literal(s, 'en');
  const en = woerter('en');
  const datum = (iso: string) => literal(iso, n('xsd', 'date'));

  const katalogNode = namedNode(`${base}daten/#katalog`);
  const herausgeber = namedNode(`${base}#herausgeber`);
  typ(herausgeber, 'foaf:Organization');
  add(herausgeber, 'foaf:name', literal(kommune.herausgeber.name));
  if (kommune.herausgeber.url) add(herausgeber, 'foaf:homepage', namedNode(kommune.herausgeber.url));

  const alleStichtage = datensaetze.flatMap((d) => d.stichtage).sort();
  typ(katalogNode, 'dcat:Catalog');
  add(katalogNode, 'dct:title', text(`Integrationsatlas ${kommune.bezeichnung}`));
  add(katalogNode, 'dct:title', englisch(`Integration Atlas ${kommune.bezeichnung}`));
  add(katalogNode, 'dct:description', englisch(`Open data on integration in ${kommune.name}: ${datensaetze.map((d) => en.thema[d.datensatz].titel).join(', ')} – per reference date for the city and its areas. Column names and values are in German; the Table Schemas explain them. ${bestandTextEn(gesamtBestand(bestaende.values()))}`));
  add(katalogNode, 'dct:description', text(`Offene Daten zur Integration in ${kommune.name}: ${datensaetze.map((d) => d.titel).join(', ')} – je Stichtag für ${aufzaehlung(['die Stadt', ...kommune.ebenen.map((e) => e.plural)])}. ${bestandText(gesamtBestand(bestaende.values()))}`));
  add(katalogNode, 'dct:publisher', herausgeber);
  add(katalogNode, 'foaf:homepage', namedNode(base));
  add(katalogNode, 'dct:language', namedNode(`${EU}language/DEU`));
  add(katalogNode, 'dct:language', namedNode(`${EU}language/ENG`));
  add(katalogNode, 'dct:license', namedNode(LIZENZ_DL_BY_DE));
  add(katalogNode, 'dcat:themeTaxonomy', namedNode(`${EU}data-theme`));
  add(katalogNode, 'dct:issued', datum(veroeffentlicht));
  add(katalogNode, 'dct:modified', datum(veroeffentlicht));

  const datensatz = (id: string, titel: string, beschreibung: string, stichtage: string[], landing: string, keywords: string[], dateienHier: string[], namensnennung: string, auf: { titel: string; beschreibung: string }) => {
    const d = namedNode(`${base}daten/#${id}`);
    add(katalogNode, 'dcat:dataset', d);
    typ(d, 'dcat:Dataset');
    add(d, 'dct:title', text(titel));
    add(d, 'dct:title', englisch(auf.titel));
    add(d, 'dct:description', text(beschreibung));
    add(d, 'dct:description', englisch(auf.beschreibung));
    add(d, 'dct:identifier', literal(`${base}daten/#${id}`));
    add(d, 'dct:publisher', herausgeber);
    add(d, 'dct:issued', datum(veroeffentlicht));
    add(d, 'dct:modified', datum(veroeffentlicht));
    add(d, 'dcat:theme', namedNode(`${EU}data-theme/SOCI`));
    for (const k of keywords) add(d, 'dcat:keyword', text(k));
    add(d, 'dcat:landingPage', namedNode(landing));
    add(d, 'dcatde:politicalGeocodingLevelURI', namedNode('http://dcat-ap.de/def/politicalGeocoding/Level/municipality'));
    add(d, 'dcatde:politicalGeocodingURI', namedNode(`http://dcat-ap.de/def/politicalGeocoding/municipalityKey/${gemeindeschluessel(kommune.ags)}`));
    add(d, 'dcatde:geocodingDescription', text(kommune.bezeichnung));
    add(d, 'dcatde:contributorID', namedNode(kommune.veroeffentlichung.govdataLieferant));
    const kontakt = blankNode(`kontakt-${id}`);
    add(d, 'dcat:contactPoint', kontakt);
    typ(kontakt, 'vcard:Organization');
    add(kontakt, 'vcard:fn', literal(kommune.herausgeber.name));
    if (kommune.herausgeber.email) add(kontakt, 'vcard:hasEmail', namedNode(`mailto:${kommune.herausgeber.email}`));
    if (kommune.herausgeber.url) add(kontakt, 'vcard:hasURL', namedNode(kommune.herausgeber.url));
    if (stichtage.length) {
      const zeit = blankNode(`zeitraum-${id}`);
      add(d, 'dct:temporal', zeit);
      typ(zeit, 'dct:PeriodOfTime');
      add(zeit, 'dcat:startDate', datum(stichtage[0] as string));
      add(zeit, 'dcat:endDate', datum(stichtage.at(-1) as string));
    }
    for (const pfad of dateienHier) {
      const datei = dateien.get(pfad);
      if (datei === undefined) continue;
      const url = `${base}daten/${pfad}`;
      const dist = namedNode(`${url}#distribution`);
      const f = FORMAT[pfad.split('.').at(-1) ?? ''] ?? { typ: 'BIN', media: 'application/octet-stream' };
      add(d, 'dcat:distribution', dist);
      typ(dist, 'dcat:Distribution');
      add(dist, 'dct:title', text(verteilungsTitel(pfad)));
      add(dist, 'dcat:accessURL', namedNode(url));
      add(dist, 'dcat:downloadURL', namedNode(url));
      add(dist, 'dct:format', namedNode(`${EU}file-type/${f.typ}`));
      add(dist, 'dcat:mediaType', namedNode(`https://www.iana.org/assignments/media-types/${f.media}`));
      add(dist, 'dct:license', namedNode(LIZENZ_DL_BY_DE));
      add(dist, 'dcatde:licenseAttributionByText', literal(namensnennung));
      add(dist, 'dcat:byteSize', literal(String(datei.bytes), n('xsd', 'decimal')));
      // Numbered per catalogue, not by n3's process-wide counter: the same data give the same catalogue bytes.
      const summe = blankNode(`pruefsumme-${(summen += 1)}`);
      add(dist, 'spdx:checksum', summe);
      typ(summe, 'spdx:Checksum');
      add(summe, 'spdx:algorithm', namedNode('http://dcat-ap.de/def/hashAlgorithms/sha/256'));
      add(summe, 'spdx:checksumValue', literal(datei.sha256, n('xsd', 'hexBinary')));
      add(dist, 'dct:modified', datum(veroeffentlicht));
    }
  };

  for (const d of datensaetze) {
    const ds = d.datensatz;
    const files = [DATEN.csv(ds), DATEN.json(ds), DATEN.excel(ds), DATEN.schema(ds), ...d.stichtage.flatMap((s) => [DATEN.stichtagCsv(ds, s), DATEN.stichtagExcel(ds, s)])];
    const b = bestaende.get(ds);
    const keywords = [d.titel, 'Integration', kommune.name, ...(b?.beispieldaten ? ['Beispieldaten'] : [])];
    datensatz(ds, `${d.titel} – ${kommune.bezeichnung}`, `${d.beschreibung} Stichtage ${d.stichtage.join(', ')}. ${b ? bestandText(b) : ''}`.trim(), d.stichtage, `${base}themen/${ds}/`, keywords, files, kommune.lizenz.namensnennung, {
      titel: `${en.thema[ds].titel} – ${kommune.bezeichnung}`,
      beschreibung: `${en.thema[ds].einleitung} Reference dates ${d.stichtage.join(', ')}. ${b ? bestandTextEn(b) : ''}`.trim(),
    });
  }
  const ebenen: GeoEbene[] = [STADT, ...kommune.ebenen.map((e) => e.id)];
  datensatz(
    'gebiete',
    `Gebietsgliederung – ${kommune.bezeichnung}`,
    `Stadtgrenze, ${ebenenNamen(kommune.ebenen)} als GeoJSON, mit der Gebietsliste.${geoSchematisch ? ` Die Grenzen der ${ebenenNamen(kommune.ebenen)} sind schematisch (Beispieldaten), keine amtliche Gliederung.` : ''} Namensnennung: ${geoNamensnennung}.`,
    [],
    `${base}karte/`,
    ['Gebiete', ...kommune.ebenen.map((e) => e.singular), kommune.name],
    [...ebenen.map(DATEN.geo), DATEN.gebiete],
    `${kommune.lizenz.namensnennung}; Geometrie: ${geoNamensnennung}`,
    {
      titel: `Areas – ${kommune.bezeichnung}`,
      beschreibung: `City boundary and the areas (${ebenenNamen(kommune.ebenen, 'plural', 'and')}) as GeoJSON, with the list of areas.${geoSchematisch ? ' The area boundaries are schematic (example data), not an official division.' : ''} Attribution: ${geoNamensnennung}.`,
    },
  );
  if (dateien.has(DATEN.vergleich))
    datensatz(
      'vergleich',
      `Vergleich mit Land, Kreisen und kreisfreien Städten – ${kommune.bezeichnung}`,
      'Ausländeranteil und bulgarische und rumänische Staatsangehörige je 1.000 Einwohner für Nordrhein-Westfalen, seine Regierungsbezirke, Kreise und kreisfreien Städte; alle Werte amtlich (IT.NRW).',
      [],
      `${base}vergleich/`,
      ['Vergleich', 'Integration', kommune.name],
      [DATEN.vergleich],
      kommune.lizenz.namensnennung,
      {
        titel: `Comparison with the Land, districts and district-free cities – ${kommune.bezeichnung}`,
        beschreibung: 'Share of foreign nationals and Bulgarian and Romanian nationals per 1,000 inhabitants for North Rhine-Westphalia, its administrative districts, districts and district-free cities; all values official (IT.NRW).',
      },
    );
  if (dateien.has(DATEN.massnahmen))
    datensatz(
      'integrationskonzept',
      `Integrationskonzept: Maßnahmen und geplante Beträge – ${kommune.bezeichnung}`,
      'Die Maßnahmen der kommunalen Integrationskonzepte mit Zielen, Zielgruppen, geplanten jährlichen oder einmaligen Beträgen aus dem Ratsbeschluss (keine Ausgaben), Finanzierung und den Kennzahlen des Atlas, auf die sie sich beziehen (ohne Wirkungsbehauptung).',
      [],
      `${base}konzept/`,
      ['Integrationskonzept', 'Integration', 'Haushalt', kommune.name],
      [DATEN.massnahmen, DATEN.konzepte],
      kommune.lizenz.namensnennung,
      {
        titel: `Integration concept: measures and planned amounts – ${kommune.bezeichnung}`,
        beschreibung: "The measures of the municipality's integration concepts with goals, target groups, planned annual or one-off amounts from the council decision (not spending), funding and the atlas's figures they refer to (no effect claimed).",
      },
    );
  datensatz('paket', `Integrationsatlas ${kommune.bezeichnung} – Datenpaket`, 'Frictionless Data Package (Tabellenschemata, Lizenzen, Quellen, Prüfsummen aller Dateien) und die Liste der Quellen.', alleStichtage, `${base}daten/`, ['Data Package', kommune.name], [DATEN.paket, DATEN.quellen, DATEN.neu], kommune.lizenz.namensnennung, {
    titel: `Integration Atlas ${kommune.bezeichnung} – data package`,
    beschreibung: 'Frictionless Data Package (Table Schemas, licences, sources, checksums of all files) and the list of sources.',
  });

  const writer = new Writer({ prefixes: { dcat: NS.dcat, dct: NS.dct, dcatde: NS.dcatde, foaf: NS.foaf, vcard: NS.vcard, spdx: NS.spdx, xsd: NS.xsd } });
  writer.addQuads(quads);
  let ttl = '';
  writer.end((err, result: string) => {
    if (err) throw err;
    ttl = result;
  });
  return ttl;
}

function verteilungsTitel(pfad: string): string {
  const [a, b] = pfad.split('/');
  if (pfad.startsWith('geo/')) return `GeoJSON ${b?.replace('.geojson', '')}`;
  if (pfad.startsWith('schemas/')) return `Tabellenschema (Frictionless) ${b?.replace('.json', '')}`;
  if (pfad === 'datapackage.json') return 'Data Package (Frictionless)';
  if (pfad.endsWith('.json')) return `${pfad.replace(/\.json$/, '')} (JSON)`;
  const excel = pfad.endsWith('-excel.csv');
  const name = (a ?? '').replace(/(-excel)?\.csv$/, '');
  const stichtag = b ? ` Stichtag ${b.replace(/(-excel)?\.csv$/, '')}` : (DATASET_IDS as readonly string[]).includes(name) ? ', alle Stichtage' : '';
  return `${name}${stichtag} (CSV${excel ? ', Excel-Variante' : ''})`;
}
