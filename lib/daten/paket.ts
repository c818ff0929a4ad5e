import { createHash } from 'node:crypto';
import { gruppieren } from '../gruppieren';
import type { Kommune } from '../config';
import { toCsv } from '../csvout';
import { DATASET_IDS, type DatasetId } from '../datasets';
import { ebeneVon, STADT } from '../ebenen';
import type { DatensatzDatei, Gebiet, QuelleOut } from '../published';
import { illustrativPruefer } from '../provenienz';
import { bestand, bestandText, gesamtBestand, type Bestand } from './bestand';
import { vergleichCsv, type Vergleich } from '../vergleich/regionen';
import { gebieteSchema, VERGLEICH_SCHEMA, QUELLEN_SCHEMA, tabellenschema } from './tabellenschema';
import { EXCEL_KOPF, formate, TIDY_JSON, TIDY_KOPF } from './zeilen';
import { gezaehlt, type Pruefsumme, type Schreiber } from '../ingest/ablage';
import { anhaengen } from '../listen';
import type { Konzepte } from '../konzept/schema';
import { MASSNAHMEN_SCHEMA, massnahmenCsv } from '../konzept/tabelle';

/** `stadt` (the outline) or a configured level id. */
export type GeoEbene = string;

/** Paths of the downloads, relative to /daten/ (stable URLs: never renamed, only added). */
export const DATEN = {
  paket: 'datapackage.json',
  katalog: 'katalog.ttl',
  neu: 'neu.json',
  gebiete: 'gebiete.csv',
  quellen: 'quellen.csv',
  vergleich: 'vergleich.csv',
  massnahmen: 'massnahmen.csv',
  konzepte: 'integrationskonzept.json',
  csv: (ds: DatasetId) => `${ds}.csv`,
  excel: (ds: DatasetId) => `${ds}-excel.csv`,
  json: (ds: DatasetId) => `${ds}.json`,
  stichtagCsv: (ds: DatasetId, s: string) => `${ds}/${s}.csv`,
  stichtagExcel: (ds: DatasetId, s: string) => `${ds}/${s}-excel.csv`,
  schema: (ds: DatasetId) => `schemas/${ds}.json`,
  geo: (e: GeoEbene) => `geo/${e}.geojson`,
  /** Archive of every download: written by the ingest per release (data/published/archiv/), served at both names. */
  zip: 'integrationsatlas-daten.zip',
  zipVersion: (hash: string) => `integrationsatlas-daten-${hash}.zip`,
} as const;

export interface DatenInput {
  kommune: Kommune;
  quellen: QuelleOut[];
  gebiete: (Gebiet & { flaeche_km2: number | null })[];
  datensaetze: DatensatzDatei[];
  /** The published GeoJSON text of each level. */
  geo: Record<GeoEbene, string>;
  /** Release notes ("Was ist neu"), JSON. */
  neu: string;
  /** The peer comparison, if the exports hold other regions. */
  vergleich?: Vergleich | null;
  /** The municipality's integration concepts (data/integrationskonzept.json), if any. */
  konzepte?: Konzepte['konzepte'];
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const json = (x: unknown) => JSON.stringify(x, null, 2) + '\n';

/** Size and checksum of a published file. */
/** What `downloads` put down: every file's size and checksum by path, and the Data Package's text. */
export interface Downloads {
  verzeichnis: Map<string, Pruefsumme>;
  paket: string;
}

/**
 * Every download file and its Frictionless Data Package, paths relative to /daten/. Each file
 * goes to `oeffnen`'s Schreiber as it is built, a dataset's files one Stichtag at a time, so that
 * memory holds neither all files nor a whole large one; sizes and checksums are counted on the way.
 */
export function downloads(input: DatenInput, oeffnen: (pfad: string) => Schreiber): Downloads {
  const { kommune, quellen, gebiete, datensaetze } = input;
  const verzeichnis = new Map<string, Pruefsumme>();
  const datei = (pfad: string) => {
    const d = gezaehlt(oeffnen(pfad));
    return {
      schreiben: d.schreiben,
      schliessen: (): Pruefsumme => {
        const summe = d.schliessen();
        verzeichnis.set(pfad, summe);
        return summe;
      },
    };
  };
  const alsDatei = (pfad: string, ...teile: (string | Uint8Array)[]): Pruefsumme => {
    const d = datei(pfad);
    for (const t of teile) d.schreiben(t);
    return d.schliessen();
  };
  const resources: Record<string, unknown>[] = [];
  const beschrieben = ({ bytes, sha256 }: Pruefsumme) => ({ bytes, hash: `sha256:${sha256}` });
  const tabellenResource = (name: string, path: string, summe: Pruefsumme, schema: unknown, extra: Record<string, unknown>) => ({
    name,
    type: 'table',
    path,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    ...beschrieben(summe),
    ...extra,
    schema,
  });
  const tabelle = (name: string, path: string, text: string, schema: unknown, extra: Record<string, unknown> = {}) => resources.push(tabellenResource(name, path, alsDatei(path, text), schema, extra));

  tabelle(
    'gebiete',
    DATEN.gebiete,
    toCsv(
      ['id', 'name', 'ebene', 'uebergeordnet', 'flaeche_km2'],
      gebiete.map((g) => [g.id, g.name, g.ebene, g.parent ?? '', g.flaeche_km2]),
    ),
    gebieteSchema(kommune.ebenen),
    { title: `Gebiete: Stadt, ${kommune.ebenen.map((e) => e.plural).join(', ')}` },
  );
  tabelle(
    'quellen',
    DATEN.quellen,
    toCsv(
      ['id', 'titel', 'herausgeber', 'url', 'lizenz', 'art', 'rundung', 'beschreibung', 'fussnoten'],
      quellen.map((q) => [q.id, q.titel, q.herausgeber, q.url, q.lizenz, q.art, q.rundung, q.beschreibung, q.fussnoten ?? '']),
    ),
    QUELLEN_SCHEMA,
    { title: 'Quellen der Werte (Spalte quelle)' },
  );

  const istIll = illustrativPruefer(quellen);
  const bestaende: Bestand[] = [];
  for (const d of datensaetze) {
    const ds = d.datensatz;
    alsDatei(DATEN.schema(ds), json(tabellenschema(d, kommune.ebenen)));
    const quellenIds = new Set(d.werte.map((w) => w[5]));
    const b = bestand(d, istIll);
    bestaende.push(b);
    const meta = {
      description: `${d.beschreibung} ${bestandText(b)}`,
      sources: quellen.filter((q) => quellenIds.has(q.id)).map((q) => ({ title: `${q.herausgeber}: ${q.titel}${istIll(q.id) ? ' (Beispieldaten)' : ''}`, ...(q.url ? { path: q.url } : {}) })),
    };
    // Each Stichtag's rows are formatted and encoded once: written as that Stichtag's own files
    // and appended to the files of all Stichtage (the values are ordered by Stichtag).
    const csv = datei(DATEN.csv(ds));
    const excel = datei(DATEN.excel(ds));
    const alsJson = datei(DATEN.json(ds));
    const tidyKopf = Buffer.from(TIDY_KOPF);
    const excelKopf = Buffer.from(EXCEL_KOPF);
    csv.schreiben(tidyKopf);
    excel.schreiben(excelKopf);
    alsJson.schreiben(TIDY_JSON.anfang);
    const jeStichtag: Record<string, unknown>[] = [];
    const werteJe = gruppieren(d.werte, (w) => w[0]);
    const format = formate(d, gebiete, quellen, kommune.ebenen);
    let jsonLeer = true;
    for (const s of d.stichtage) {
      const werte = werteJe.get(s) ?? [];
      const teile = format(werte);
      const csvTeil = Buffer.from(teile.csv);
      const excelTeil = Buffer.from(teile.excel);
      csv.schreiben(csvTeil);
      excel.schreiben(excelTeil);
      if (teile.json) {
        alsJson.schreiben(jsonLeer ? teile.json : TIDY_JSON.trenner + teile.json);
        jsonLeer = false;
      }
      const summe = alsDatei(DATEN.stichtagCsv(ds, s), tidyKopf, csvTeil);
      alsDatei(DATEN.stichtagExcel(ds, s), excelKopf, excelTeil);
      const hier = bestand({ werte }, istIll);
      jeStichtag.push(tabellenResource(`${ds}-${s}`, DATEN.stichtagCsv(ds, s), summe, DATEN.schema(ds), { title: `${d.titel}, Stichtag ${s}`, ...meta, description: `${d.beschreibung} ${bestandText(hier)}` }));
    }
    alsJson.schreiben(TIDY_JSON.ende);
    resources.push(tabellenResource(ds, DATEN.csv(ds), csv.schliessen(), DATEN.schema(ds), { title: `${d.titel}, alle Stichtage`, ...meta }));
    excel.schliessen();
    resources.push({ name: `${ds}-json`, type: 'table', path: DATEN.json(ds), format: 'json', mediatype: 'application/json', encoding: 'utf-8', ...beschrieben(alsJson.schliessen()), title: `${d.titel}, alle Stichtage (JSON)`, ...meta, schema: DATEN.schema(ds) });
    anhaengen(resources, jeStichtag);
  }

  for (const ebene of [STADT, ...kommune.ebenen.map((e) => e.id)]) {
    const text = input.geo[ebene] ?? '';
    const meta = (JSON.parse(text) as { metadata?: { namensnennung?: string; schematisch?: boolean } }).metadata;
    const summe = alsDatei(DATEN.geo(ebene), text);
    resources.push({
      name: `geo-${ebene}`,
      path: DATEN.geo(ebene),
      title: `Geometrie: ${ebene === STADT ? 'Stadtgrenze' : ebeneVon(kommune.ebenen, ebene)?.plural}${meta?.schematisch && ebene !== STADT ? ' (schematisch)' : ''}`,
      description: `GeoJSON (WGS 84). Namensnennung: ${meta?.namensnennung ?? ''}`,
      format: 'geojson',
      mediatype: 'application/geo+json',
      encoding: 'utf-8',
      ...beschrieben(summe),
    });
  }

  if (input.vergleich)
    tabelle('vergleich', DATEN.vergleich, vergleichCsv(input.vergleich), VERGLEICH_SCHEMA, {
      title: `Vergleich mit Land, Kreisen und kreisfreien Städten, Stichtag ${input.vergleich.stichtag}`,
      description: `Einwohner, Ausländerinnen und Ausländer, Anteil, bulgarische und rumänische Staatsangehörige je Region, aus den IT.NRW-Tabellen ${input.vergleich.quellen.join(', ')}. Alle Werte amtlich.`,
      sources: quellen.filter((q) => input.vergleich?.quellen.includes(q.id)).map((q) => ({ title: `${q.herausgeber}: ${q.titel}`, ...(q.url ? { path: q.url } : {}) })),
    });
  if (input.konzepte?.length) {
    const konzeptQuellen = input.konzepte.flatMap((k) => k.quellen.map((q) => ({ title: q.titel, ...(q.url ? { path: q.url } : {}) })));
    tabelle('massnahmen', DATEN.massnahmen, massnahmenCsv(input.konzepte), MASSNAHMEN_SCHEMA, {
      title: `Integrationskonzept: Maßnahmen mit geplanten Beträgen (${input.konzepte.map((k) => k.titel).join('; ')})`,
      description: 'Je Maßnahme der Integrationskonzepte: Ziele, Handlungsfelder, Zielgruppen, geplante jährliche oder einmalige Beträge aus dem Beschluss (keine Ausgaben), Finanzierung, Status und die Kennzahlen des Atlas, auf die sie sich bezieht (ohne Wirkungsbehauptung).',
      sources: konzeptQuellen,
    });
    const summe = alsDatei(DATEN.konzepte, json({ konzepte: input.konzepte }));
    resources.push({
      name: 'integrationskonzept',
      path: DATEN.konzepte,
      title: 'Integrationskonzepte: Beschluss, Zeitraum, Obergrenze, Ziele, Handlungsfelder, Eckdaten und Maßnahmen',
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
      ...beschrieben(summe),
      sources: konzeptQuellen,
    });
  }
  const neuSumme = alsDatei(DATEN.neu, input.neu);
  resources.push({
    name: 'neu',
    path: DATEN.neu,
    title: 'Was ist neu: je Stichtag die Datensätze, größten Veränderungen und Korrekturen früher veröffentlichter Werte',
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
    ...beschrieben(neuSumme),
  });

  const paket = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: `integrationsatlas-${kommune.ags}`,
    title: `Integrationsatlas ${kommune.bezeichnung}`,
    description: `Integrationsstatistik: ${DATASET_IDS.map((ds) => datensaetze.find((d) => d.datensatz === ds)?.titel).filter(Boolean).join(', ')}. ${bestandText(gesamtBestand(bestaende))} Namensnennung: ${kommune.lizenz.namensnennung}.`,
    homepage: kommune.veroeffentlichung.basisUrl,
    keywords: ['Integration', 'Migration', 'Bevölkerung', 'Staatsangehörigkeit', 'Flüchtlinge', kommune.name],
    licenses: [{ name: kommune.lizenz.id.replace(/\//g, '-'), path: kommune.lizenz.url, title: kommune.lizenz.name }],
    contributors: [{ title: kommune.herausgeber.name, ...(kommune.herausgeber.url ? { path: kommune.herausgeber.url } : {}), roles: ['publisher'] }],
    sources: quellen.map((q) => ({ title: `${q.herausgeber}: ${q.titel}${istIll(q.id) ? ' (Beispieldaten)' : ''}`, ...(q.url ? { path: q.url } : {}) })),
    resources,
  };
  const paketText = json(paket);
  alsDatei(DATEN.paket, paketText);
  return { verzeichnis, paket: paketText };
}
