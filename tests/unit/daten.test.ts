import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Parser, Store } from 'n3';
import Papa from 'papaparse';
import SHACLValidator from 'rdf-validate-shacl';
import { describe, expect, it } from 'vitest';
import { gemeindeschluessel } from '../../lib/daten/katalog';
import { sha256 } from '../../lib/daten/paket';
import { DATASET_IDS } from '../../lib/datasets';
import { readInputs } from '../../lib/ingest/cli';
import { ingest } from '../../lib/ingest/run';
import type { DatensatzDatei } from '../../lib/published';
import { copyFixture } from './helpers';

const ROOT = path.resolve(__dirname, '../..');
/** Verbatim copies of the official profiles (../shared/standards), so a clean clone can test. */
const STANDARDS = path.resolve(ROOT, 'tests/standards');
const ORIGINAL = path.resolve(ROOT, '../shared/standards');
/** The open-data files of the fixture municipality (tests of code never read the bundled data). */
const { root: FIX, data: FIX_DATA } = copyFixture();
const result = ingest(readInputs(FIX, FIX_DATA), { dataDir: 'data' });
const AGS8 = gemeindeschluessel(JSON.parse(readFileSync(path.join(FIX_DATA, 'kommune.json'), 'utf8')).ags as string);
const datei = (rel: string) => {
  const t = result.outputs?.get(`daten/${rel}`);
  if (t === undefined) throw new Error(`daten/${rel} fehlt`);
  return t;
};
const paket = JSON.parse(datei('datapackage.json'));
/** Datasets the fixture has data for (the others are not offered). */
const MIT_DATEN = DATASET_IDS.filter((ds) => result.outputs?.has(`daten/${ds}.csv`));
type Resource = { name: string; path: string; bytes: number; hash: string; schema?: unknown; type?: string };
const resources = paket.resources as Resource[];
const parse = (text: string, delimiter = ',') => Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, delimiter, skipEmptyLines: true });

function ajv() {
  const a = new Ajv({ strict: false, allErrors: true });
  addFormats(a);
  return a;
}
const profile = (name: string) => JSON.parse(readFileSync(path.join(STANDARDS, 'frictionless-2.0', name), 'utf8'));

it.runIf(existsSync(ORIGINAL))('the bundled profiles are identical to the official ones', () => {
  for (const dir of ['frictionless-2.0', 'dcat-ap-de-2.0-shacl'])
    for (const f of readdirSync(path.join(ORIGINAL, dir))) expect(readFileSync(path.join(STANDARDS, dir, f), 'utf8'), f).toBe(readFileSync(path.join(ORIGINAL, dir, f), 'utf8'));
});

describe('Frictionless Data Package', () => {
  it('datapackage.json validates against the Data Package 2.0 profile', () => {
    const validate = ajv().compile(profile('datapackage.json'));
    expect(validate(paket) ? [] : validate.errors).toEqual([]);
  });

  it('every Table Schema validates against the Table Schema 2.0 profile', () => {
    const validate = ajv().compile(profile('tableschema.json'));
    const schemas = resources.filter((r) => r.type === 'table').map((r) => (typeof r.schema === 'string' ? JSON.parse(datei(r.schema)) : r.schema));
    expect(schemas.length).toBeGreaterThan(MIT_DATEN.length);
    for (const s of schemas) expect(validate(s) ? [] : validate.errors).toEqual([]);
  });

  it('sizes and sha256 hashes match the files', () => {
    for (const r of resources) {
      const text = datei(r.path);
      expect(r.hash).toBe(`sha256:${sha256(text)}`);
      expect(r.bytes).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });

  it('every table matches its schema: header, types, missing values, primary and foreign keys', { timeout: 30_000 }, () => {
    const ids = (name: string) => new Set(parse(datei(`${name}.csv`)).data.map((r) => r.id));
    const keys = { gebiete: ids('gebiete'), quellen: ids('quellen') };
    for (const r of resources.filter((x) => x.type === 'table' && x.path.endsWith('.csv'))) {
      const schema = typeof r.schema === 'string' ? JSON.parse(datei(r.schema)) : r.schema;
      const { data, meta, errors } = parse(datei(r.path));
      expect(errors, r.path).toEqual([]);
      expect(meta.fields, r.path).toEqual(schema.fields.map((f: { name: string }) => f.name));
      const missing = new Set((schema.missingValues as (string | { value: string })[]).map((m) => (typeof m === 'string' ? m : m.value)));
      const seen = new Set<string>();
      for (const row of data) {
        for (const f of schema.fields as { name: string; type: string; constraints?: { required?: boolean; enum?: string[] } }[]) {
          const v = row[f.name] ?? '';
          if (missing.has(v)) {
            expect(f.constraints?.required, `${r.path} ${f.name} darf nicht fehlen`).not.toBe(true);
            continue;
          }
          if (f.type === 'number') expect(Number.isFinite(Number(v)), `${r.path} ${f.name}=${v}`).toBe(true);
          if (f.type === 'date') expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (f.constraints?.enum) expect(f.constraints.enum, `${r.path} ${f.name}`).toContain(v);
        }
        const pk = ([] as string[]).concat(schema.primaryKey).map((k) => row[k]).join('|');
        expect(seen.has(pk), `${r.path}: Schlüssel ${pk} doppelt`).toBe(false);
        seen.add(pk);
        for (const fk of (schema.foreignKeys ?? []) as { fields: string[]; reference: { resource: string } }[]) {
          const target = fk.reference.resource === '' ? ids(r.name) : keys[fk.reference.resource as 'gebiete' | 'quellen'];
          const v = row[fk.fields[0] as string] ?? '';
          if (v !== '') expect(target.has(v), `${r.path}: ${fk.fields[0]}=${v}`).toBe(true);
        }
      }
    }
  });
});

describe('CSV downloads', () => {
  it('offers only datasets that hold data', () => expect(MIT_DATEN.length).toBeLessThan(DATASET_IDS.length));
  for (const ds of MIT_DATEN) {
    it(`${ds}.csv parses back to exactly the published numbers, withheld as . with status geheim`, () => {
      const pub = JSON.parse(result.outputs?.get(`datensaetze/${ds}.json`) ?? '') as DatensatzDatei;
      const rows = parse(datei(`${ds}.csv`)).data;
      expect(rows.map((r) => [r.stichtag, r.gebiet_id, r.merkmal, r.wert === '.' || r.wert === 'x' ? null : Number(r.wert), r.quelle])).toEqual(
        pub.werte.map(([s, g, m, w, , q]) => [s, g, m, w, q]),
      );
      pub.werte.forEach(([, , , , z], i) => {
        if (z === 'geheim') expect(rows[i]).toMatchObject({ wert: '.', status: 'geheim' });
      });
      const excel = datei(`${ds}-excel.csv`);
      expect(excel.startsWith('\uFEFFStichtag;Gebiets-ID;Gebiet;Ebene;Merkmal;')).toBe(true);
      const ex = parse(excel, ';').data;
      expect(ex.map((r) => (r.Wert === '.' || r.Wert === 'x' ? null : Number((r.Wert ?? '').replace(',', '.'))))).toEqual(pub.werte.map(([, , , w]) => w));
      for (const s of pub.stichtage) expect(parse(datei(`${ds}/${s}.csv`)).data).toEqual(rows.filter((r) => r.stichtag === s));
    });
  }

  it('massnahmen.csv holds every measure of the concept file with its amounts, lists and the concept; the JSON beside it the whole structure', () => {
    const konzepte = JSON.parse(readFileSync(path.join(FIX_DATA, 'integrationskonzept.json'), 'utf8')).konzepte as { id: string; massnahmen: { nr: string; kosten_eur_jahr?: number; kosten_eur_einmalig?: number; finanzierung?: string[] }[] }[];
    const rows = parse(datei('massnahmen.csv')).data;
    const alle = konzepte.flatMap((k) => k.massnahmen.map((m) => ({ k: k.id, m })));
    expect(rows).toHaveLength(alle.length);
    alle.forEach(({ k, m }, i) => {
      expect(rows[i]).toMatchObject({ konzept_id: k, position: String(i + 1), nr: m.nr, kosten_eur_jahr: m.kosten_eur_jahr === undefined ? '' : String(m.kosten_eur_jahr), kosten_eur_einmalig: m.kosten_eur_einmalig === undefined ? '' : String(m.kosten_eur_einmalig) });
    });
    expect(rows[0]).toMatchObject({ handlungsfelder: 'Frühe Bildung', zielgruppen: 'Eltern | Großeltern', indikatoren: 'bevoelkerung.einwohner', beschluss_datum: '2020-02-01', zeitraum_von: '2020', zeitraum_bis: '2024' });
    expect(rows[1]).toMatchObject({ ziele: 'Teilhabe stärken', finanzierung: 'land | kommunal', beschreibung: "'+ aufsuchende Beratung, \"Lotsen\"; zweisprachig" });
    expect(rows[2]).toMatchObject({ zeitraum_von: '2021', zeitraum_bis: '' });
    expect(JSON.parse(datei('integrationskonzept.json')).konzepte[0].massnahmen).toHaveLength(alle.length);
    expect(resources.map((r) => r.name)).toEqual(expect.arrayContaining(['massnahmen', 'integrationskonzept']));
  });

  it('each dataset’s JSON holds the same rows as its CSV, with the schema’s fields; numbers as numbers, missing as null', () => {
    const jsons = resources.filter((r) => r.path.endsWith('.json') && r.type === 'table');
    expect(jsons.map((r) => r.path).sort()).toEqual(MIT_DATEN.map((ds) => `${ds}.json`).sort());
    for (const r of jsons) {
      const zeilen = JSON.parse(datei(r.path)) as Record<string, unknown>[];
      const csv = parse(datei(r.path.replace(/\.json$/, '.csv'))).data;
      const schema = JSON.parse(datei(r.schema as string)) as { fields: { name: string }[] };
      expect(zeilen).toHaveLength(csv.length);
      zeilen.forEach((z, i) => {
        expect(Object.keys(z)).toEqual(schema.fields.map((f) => f.name));
        const c = csv[i] ?? {};
        expect(z.wert === null ? c.wert === '.' || c.wert === 'x' : String(z.wert) === c.wert, `${r.path}:${i}`).toBe(true);
        expect([z.stichtag, z.gebiet_id, z.merkmal, z.status]).toEqual([c.stichtag, c.gebiet_id, c.merkmal, c.status]);
      });
    }
  });

  it('no text cell starts with a spreadsheet formula trigger (per-Stichtag files are rows of these)', () => {
    for (const [pfad, text] of result.outputs ?? [])
      if (pfad.endsWith('.csv') && !/\/\d{4}-\d{2}-\d{2}(-excel)?\.csv$/.test(pfad))
        for (const row of parse(text, pfad.endsWith('-excel.csv') ? ';' : ',').data) for (const v of Object.values(row)) expect(v, pfad).not.toMatch(/^[=+@\t\r]|^-\D/);
  }, 30_000);
});

describe('DCAT-AP.de catalogue', () => {
  const ttl = datei('katalog.ttl');
  const quads = new Parser().parse(ttl);
  const DCAT = 'http://www.w3.org/ns/dcat#';
  const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
  const of = (p: string, o?: string) => quads.filter((q) => q.predicate.value === p && (o === undefined || q.object.value === o));

  it('parses as RDF: one catalogue, one dataset per dataset (+ areas, package), one distribution per file', () => {
    expect(of(RDF_TYPE, `${DCAT}Catalog`)).toHaveLength(1);
    expect(of(RDF_TYPE, `${DCAT}Dataset`)).toHaveLength(MIT_DATEN.length + 2 + (result.outputs?.has('daten/vergleich.csv') ? 1 : 0) + (result.outputs?.has('daten/massnahmen.csv') ? 1 : 0));
    const basis = (JSON.parse(readFileSync(path.join(FIX_DATA, 'kommune.json'), 'utf8')) as { veroeffentlichung: { basisUrl: string } }).veroeffentlichung.basisUrl;
    const urls = of(`${DCAT}downloadURL`).map((q) => q.object.value.replace(`${basis}daten/`, '')).sort();
    const files = [...(result.outputs?.keys() ?? [])].filter((p) => p.startsWith('daten/') && p !== 'daten/katalog.ttl').map((p) => p.slice(6)).sort();
    expect(urls).toEqual(files);
    expect(of(RDF_TYPE, `${DCAT}Distribution`)).toHaveLength(files.length);
  });

  it('has the properties GovData requires: publisher, modified, AGS geocoding, licence and attribution', () => {
    const datasets = of(RDF_TYPE, `${DCAT}Dataset`).map((q) => q.subject.value);
    for (const d of datasets) {
      const p = (pred: string) => quads.filter((q) => q.subject.value === d && q.predicate.value === pred).map((q) => q.object.value);
      expect(p('http://purl.org/dc/terms/publisher')).toHaveLength(1);
      expect(p('http://dcat-ap.de/def/dcatde/politicalGeocodingURI')).toEqual([`http://dcat-ap.de/def/politicalGeocoding/municipalityKey/${AGS8}`]);
    }
    expect(of('http://purl.org/dc/terms/modified').length).toBeGreaterThan(0);
    const dists = of(RDF_TYPE, `${DCAT}Distribution`).map((q) => q.subject.value);
    expect(of('http://purl.org/dc/terms/license', 'http://dcat-ap.de/def/licenses/dl-by-de/2.0').map((q) => q.subject.value)).toEqual(expect.arrayContaining(dists));
    expect(of('http://dcat-ap.de/def/dcatde/licenseAttributionByText')).toHaveLength(dists.length);
  });

  it('gives every dataset and the catalogue a German and an English title and description', () => {
    const subjekte = [...of(RDF_TYPE, `${DCAT}Dataset`), ...of(RDF_TYPE, `${DCAT}Catalog`)].map((q) => q.subject.value);
    for (const s of subjekte)
      for (const pred of ['http://purl.org/dc/terms/title', 'http://purl.org/dc/terms/description']) {
        const sprachen = quads.filter((q) => q.subject.value === s && q.predicate.value === pred).map((q) => (q.object as { language?: string }).language);
        expect(sprachen.sort(), `${s} ${pred}`).toEqual(['de', 'en']);
      }
    const en = quads.filter((q) => q.predicate.value === 'http://purl.org/dc/terms/title' && (q.object as { language?: string }).language === 'en').map((q) => q.object.value);
    expect(en).toContain('Population – Stadt Musterstadt');
  });

  it('conforms to the DCAT-AP.de 2.0 SHACL profile (Spezifikation + Konventionen): no violation, warning or note', async () => {
    const dir = path.join(STANDARDS, 'dcat-ap-de-2.0-shacl');
    const shapes = new Store();
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ttl') && x !== 'example-advanced.ttl')) shapes.addQuads(new Parser().parse(readFileSync(path.join(dir, f), 'utf8')));
    const data = new Store(quads);
    // The profile imports remote vocabularies (EU authority tables, FOAF, vCard) that cannot be
    // loaded offline: this local graph states exactly the terms of them that the catalogue uses.
    data.addQuads(new Parser().parse(LOKALE_VOKABULARE));
    const validator = new SHACLValidator(shapes, { importGraph: () => new Store() });
    const report = await validator.validate(data);
    expect(report.results.map((r) => `${r.severity?.value} ${r.focusNode?.value} ${r.path?.value}: ${r.message.map((m) => m.value).join(' ')}`)).toEqual([]);
  });
});

const LOKALE_VOKABULARE = `
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<http://publications.europa.eu/resource/authority/file-type/CSV> skos:inScheme <http://publications.europa.eu/resource/authority/file-type> .
<http://publications.europa.eu/resource/authority/file-type/JSON> skos:inScheme <http://publications.europa.eu/resource/authority/file-type> .
<http://publications.europa.eu/resource/authority/file-type/GEOJSON> skos:inScheme <http://publications.europa.eu/resource/authority/file-type> .
<http://publications.europa.eu/resource/authority/data-theme/SOCI> skos:inScheme <http://publications.europa.eu/resource/authority/data-theme> .
<http://publications.europa.eu/resource/authority/language/DEU> skos:inScheme <http://publications.europa.eu/resource/authority/language> .
<http://publications.europa.eu/resource/authority/language/ENG> skos:inScheme <http://publications.europa.eu/resource/authority/language> .
<http://dcat-ap.de/def/licenses/dl-by-de/2.0> skos:inScheme <http://dcat-ap.de/def/licenses> .
<http://dcat-ap.de/def/hashAlgorithms/sha/256> skos:inScheme <http://dcat-ap.de/def/hashAlgorithms> .
<http://dcat-ap.de/def/contributors/openNRW> skos:inScheme <http://dcat-ap.de/def/contributors> .
<http://dcat-ap.de/def/politicalGeocoding/Level/municipality> skos:inScheme <http://dcat-ap.de/def/politicalGeocoding/Level> .
<http://dcat-ap.de/def/politicalGeocoding/municipalityKey/${AGS8}> skos:inScheme <http://dcat-ap.de/def/politicalGeocoding/municipalityKey> .
foaf:Organization rdfs:subClassOf foaf:Agent .
vcard:Organization rdfs:subClassOf vcard:Kind .
`;
