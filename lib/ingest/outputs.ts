import { createHash } from 'node:crypto';
import type { Bruch } from '../brueche';
import { gruppieren } from '../gruppieren';
import { gruppenBezeichnung } from '../gruppen';
import { STADT } from '../ebenen';
import type { Cell } from '../cells';
import type { Kommune } from '../config';
import { DATASET_IDS, DATASETS, type DatasetId } from '../datasets';
import type { DerivedCell } from '../derive';
import type { Gebiet } from '../gebiete';
import { areaKm2 } from '../geo/measure';
import type { AreaFeature, Geometry } from '../geo/types';
import { DATEN, downloads } from '../daten/paket';
import { bestand } from '../daten/bestand';
import { datensatzText } from '../daten/datensatztext';
import { katalog } from '../daten/katalog';
import { neu, revisionen, type Neu } from '../daten/neu';
import { kennzahlen } from '../indicators';
import { fortschreiben, neueStichtage, versionVon, type Versionen } from '../daten/versionen';
import { zipArchiv } from '../daten/zip';
import { Packer } from '../daten/packer';
import { ablegen, gezaehlt, type Ablage, type Pruefsumme } from './ablage';
import { illustrativPruefer } from '../provenienz';
import type { Praesentation } from '../praesentation/schema';
import type { Konzepte } from '../konzept/schema';
import { formatProblem, type Problem } from '../problems';
import type { DatensatzDatei, Kennzahlen, Manifest, QuelleOut, WertZeile } from '../published';
import type { Quelle } from '../quellen';
import type { Vergleich } from '../vergleich/regionen';

export interface OutputInput {
  kommune: Kommune;
  quellen: Quelle[];
  gebiete: Gebiet[];
  features: AreaFeature[];
  outline: Geometry;
  geoMeta: Record<string, unknown>;
  /** The cells as published, as tables (see tabellen). */
  tabellen: Tabellen;
  /** How many cells disclosure control withheld. */
  geheim: number;
  /** Breaks in series from reihenbrueche.csv. */
  brueche: Bruch[];
  /** Footnotes of GENESIS exports, by source id. */
  fussnoten: Map<string, string>;
  /** The municipality beside its peers, when the exports hold other regions. */
  vergleich: Vergleich | null;
  /** Slides of presentation mode, checked against the data; and the file they came from. */
  praesentation: Praesentation;
  praesentationQuelle?: string;
  /** The integration concepts (empty without data/integrationskonzept.json). */
  konzepte: Konzepte;
  konzepteQuelle?: string;
  hashes: { pfad: string; sha256: string }[];
  /** What was published before (for revisions in the release notes), if anything. */
  vorher?: Vorher;
  warnings: Problem[];
  /** Today (ISO): the date of a new release. */
  heute: string;
}

const json = (x: unknown) => JSON.stringify(x) + '\n';

/** The previously published datasets, release notes and releases, read before they are replaced. */
export interface Vorher {
  datensaetze: DatensatzDatei[];
  neu?: Neu;
  versionen?: Versionen;
  /** Archives of earlier releases by file name (carried forward: they never vanish). */
  archiv?: Map<string, Uint8Array>;
}

const EU2_LABELS: Record<string, string> = {
  eu2_insgesamt: 'Bulgarische und rumänische Staatsangehörige (EU-2)',
};

/** Where the published artefacts of each kind live, relative to data/published/. */
export const PUBLISHED = {
  manifest: 'manifest.json',
  kommune: 'kommune.json',
  quellen: 'quellen.json',
  gebiete: 'gebiete.json',
  kennzahlen: 'kennzahlen.json',
  warnungen: 'warnungen.txt',
  praesentation: 'praesentation.json',
  konzepte: 'integrationskonzept.json',
  datensatz: (ds: DatasetId) => `datensaetze/${ds}.json`,
  /** `stadt` (the outline) or a configured level id. */
  geo: (ebene: string) => `geo/${ebene}.geojson`,
  /** Downloads served under /daten/ (paths as in lib/daten/paket.ts DATEN). */
  daten: (pfad: string) => `daten/${pfad}`,
  vergleich: 'vergleich.json',
  /** The list of releases, and each release's archive (served under /daten/ by its file name). */
  versionen: 'versionen.json',
  archiv: (name: string) => `archiv/${name}`,
} as const;

/** The cells as published tables: what every published file is built from. */
export interface Tabellen {
  /** One file per dataset (every dataset, also those without values), its rows in publishing order. */
  dateien: DatensatzDatei[];
  /** The inputs each dataset comes from: all of them, and those of each Stichtag. */
  eingaben: Map<DatasetId, { alle: string[]; jeStichtag: Map<string, string[]> }>;
  /** The municipality's own cells, for its headline figures. */
  stadt: Cell[];
}

/**
 * The published tables of the checked cells (withheld ones applied) and the derived ones. Built
 * before the files, so that the cells themselves need not be held while the files are written.
 */
export function tabellen(cells: Cell[], derived: DerivedCell[], kommune: Kommune, gebiete: Gebiet[], brueche: Bruch[]): Tabellen {
  const order = new Map(gebiete.map((g, i) => [g.id, i]));
  const all: Cell[] = [...cells, ...derived];
  const dateien: DatensatzDatei[] = [];
  const eingaben: Tabellen['eingaben'] = new Map();
  for (const ds of DATASET_IDS) {
    const def = DATASETS[ds];
    const mine = all.filter((c) => c.datensatz === ds);
    const gruppen = kommune.gruppen[ds] ?? [];
    const abgeleiteteLabels: Record<string, string> = { ...EU2_LABELS, ...Object.fromEntries(gruppen.map((g) => [g.id, gruppenBezeichnung(g, ds)])) };
    const merkmalOrder = [...def.merkmale.map((m) => m.id), ...Object.keys(abgeleiteteLabels)];
    const platz = new Map<string, number>();
    merkmalOrder.forEach((m, i) => platz.has(m) || platz.set(m, i));
    const rank = (m: string) => platz.get(m) ?? merkmalOrder.length + Number(m);
    // By Stichtag, area, merkmal: each cell's three places looked up once, not at each comparison.
    const stichtagPlatz = new Map([...new Set(mine.map((c) => c.stichtag))].sort().map((s, i) => [s, i]));
    const st = mine.map((c) => stichtagPlatz.get(c.stichtag) as number);
    const ge = mine.map((c) => order.get(c.gebiet) ?? 0);
    const me = mine.map((c) => rank(c.merkmal));
    const folge = mine.map((_, i) => i).sort((a, b) => (st[a] as number) - (st[b] as number) || (ge[a] as number) - (ge[b] as number) || (me[a] as number) - (me[b] as number));
    const ungeordnet = mine.slice();
    folge.forEach((i, n) => (mine[n] = ungeordnet[i] as Cell));
    // Each code's name and each derived merkmal's formula: those of its first cell, in one pass.
    const codes = new Map<string, string>();
    const formeln = new Map<string, string>();
    for (const c of mine) {
      if (c.bezeichnung && !codes.has(c.merkmal)) codes.set(c.merkmal, c.bezeichnung);
      if ('formel' in c && !formeln.has(c.merkmal)) formeln.set(c.merkmal, (c as DerivedCell).formel);
    }
    const derivedHere = [...formeln.keys()];
    const file: DatensatzDatei = {
      datensatz: ds,
      titel: def.titel,
      beschreibung: def.beschreibung,
      merkmale: [
        ...def.merkmale.map(({ id, label, art }) => ({ id, label, art, ...(formeln.get(id) ? { abgeleitet: formeln.get(id) } : {}) })),
        ...derivedHere.filter((id) => !def.merkmale.some((m) => m.id === id)).map((id) => ({ id, label: abgeleiteteLabels[id] ?? id, art: 'anzahl' as const, abgeleitet: formeln.get(id) })),
        ...[...codes].sort((a, b) => rank(a[0]) - rank(b[0])).map(([id, label]) => ({ id, label, art: 'anzahl' as const })),
      ],
      stichtage: [...stichtagPlatz.keys()],
      brueche: brueche.filter((b) => b.datensatz === ds).map(({ merkmale, stichtag, art, beschreibung }) => ({ merkmale, stichtag, art, beschreibung })),
      werte: mine.map((c): WertZeile => [c.stichtag, c.gebiet, c.merkmal, c.wert, c.zeichen ?? null, c.quelle]),
    };
    dateien.push(file);
    eingaben.set(ds, {
      alle: [...new Set(mine.map((c) => c.ort.path))].sort(),
      jeStichtag: new Map([...gruppieren(mine, (c) => c.stichtag)].map(([s, cs]) => [s, [...new Set(cs.map((c) => c.ort.path))].sort()])),
    });
  }

  return { dateien, eingaben, stadt: all.filter((c) => c.gebiet === kommune.ags) };
}

/**
 * Builds every published file, small per use so that a page reads only what it shows, and puts
 * each into `ablage` as soon as it is built: the texts of all files are never in memory at once.
 */
export function buildOutputs(input: OutputInput, ablage: Ablage): void {
  // Every download is packed for the release archive while the next is built.
  const packer = new Packer();
  try {
    dateienBauen(input, ablage, packer);
  } finally {
    packer.beenden();
  }
}

function dateienBauen(input: OutputInput, ablage: Ablage, packer: Packer): void {
  const { kommune, quellen, gebiete, features } = input;
  const { dateien, eingaben, stadt } = input.tabellen;
  const ausgaben: Manifest['ausgaben'] = [];
  const register = `data/raw/${kommune.gebiete.register}`;
  for (const d of dateien) {
    const datei = ablage.oeffnen(PUBLISHED.datensatz(d.datensatz));
    for (const teil of datensatzText(d)) datei.schreiben(teil);
    datei.schliessen();
    ausgaben.push({ pfad: PUBLISHED.datensatz(d.datensatz), aus: eingaben.get(d.datensatz)?.alle ?? [] });
  }

  const flaeche = new Map(features.map((f) => [f.properties.id, Math.round(areaKm2(f.geometry) * 100) / 100]));
  ablegen(ablage, PUBLISHED.gebiete, json(gebiete.map((g) => ({ ...g, flaeche_km2: flaeche.get(g.id) ?? null }))));
  const quellenOut: QuelleOut[] = quellen.map((q) => ({ ...q, fussnoten: input.fussnoten.get(q.id) ?? '' }));
  ablegen(ablage, PUBLISHED.quellen, json(quellenOut));
  ablegen(ablage, PUBLISHED.kommune, json(kommune));

  const schematisch = input.geoMeta.schematisch === true;
  const geoMeta = {
    schematisch,
    namensnennung: String(input.geoMeta.namensnennung ?? ''),
    beschreibung: String(input.geoMeta.beschreibung ?? ''),
  };
  const geoEbenen = [STADT, ...kommune.ebenen.map((e) => e.id)];
  const geo: Record<string, string> = {
    [STADT]: json({ type: 'FeatureCollection', metadata: geoMeta, features: [{ type: 'Feature', properties: { id: kommune.ags, name: kommune.name, ebene: STADT }, geometry: input.outline }] }),
  };
  for (const { id: ebene } of kommune.ebenen) geo[ebene] = json({ type: 'FeatureCollection', metadata: geoMeta, features: features.filter((f) => f.properties.ebene === ebene) });
  for (const [ebene, text] of Object.entries(geo)) ablegen(ablage, PUBLISHED.geo(ebene), text);
  const geoInputs = [register, `data/raw/${kommune.gebiete.geometrie}`, `data/raw/${kommune.gebiete.stadtgrenze}`];
  for (const ebene of geoEbenen) ausgaben.push({ pfad: PUBLISHED.geo(ebene), aus: geoInputs });

  const gebieteOut = gebiete.map((g) => ({ ...g, flaeche_km2: flaeche.get(g.id) ?? null }));
  const revidiert = revisionen(input.vorher?.datensaetze ?? [], dateien);
  const notes = neu(dateien, gebiete, kommune.ags, illustrativPruefer(quellen), revidiert, input.vorher?.neu);
  // Datasets without any value are not offered: no empty downloads, no catalogue entry.
  const mitWerten = dateien.filter((d) => d.werte.length > 0);
  const download = (pfad: string) => packer.mit(pfad, ablage.oeffnen(PUBLISHED.daten(pfad)));
  const daten = downloads(
    { kommune, quellen: quellenOut, gebiete: gebieteOut, datensaetze: mitWerten, geo, neu: json(notes), vergleich: input.vergleich, konzepte: input.konzepte.konzepte },
    download,
  );
  if (input.vergleich) {
    ablegen(ablage, PUBLISHED.vergleich, json(input.vergleich));
    ausgaben.push({ pfad: PUBLISHED.vergleich, aus: input.hashes.map((h) => h.pfad).filter((p) => p.includes('/genesis/')) });
  }
  const katalogText = katalog({ kommune, datensaetze: mitWerten, quellen: quellenOut, dateien: daten.verzeichnis, geoNamensnennung: geoMeta.namensnennung, geoSchematisch: geoMeta.schematisch });
  const katalogDatei = download(DATEN.katalog);
  katalogDatei.schreiben(katalogText);
  katalogDatei.schliessen();
  const downloadPfade = [...daten.verzeichnis.keys(), DATEN.katalog];
  const alleEingaben = input.hashes.map((h) => h.pfad).filter((p) => p.startsWith('data/'));
  for (const pfad of downloadPfade) {
    const ds = DATASET_IDS.find((d) => pfad === `${d}.csv` || pfad === `${d}.json` || pfad.startsWith(`${d}-`) || pfad.startsWith(`${d}/`) || pfad === `schemas/${d}.json`);
    const stichtag = ds ? /^[^/]+\/(\d{4}-\d{2}-\d{2})(-excel)?\.csv$/.exec(pfad)?.[1] : undefined;
    const aus = ds
      ? ((stichtag ? eingaben.get(ds)?.jeStichtag.get(stichtag) : undefined) ?? eingaben.get(ds)?.alle ?? [])
      : pfad.startsWith('geo/')
        ? geoInputs
        : pfad === DATEN.massnahmen || pfad === DATEN.konzepte
          ? input.konzepteQuelle ? [input.konzepteQuelle] : []
          : alleEingaben;
    ausgaben.push({ pfad: PUBLISHED.daten(pfad), aus });
  }

  const k = kennzahlen(stadt, quellen, kommune.ags, input.brueche);
  const kz: Kennzahlen = { stand: k.map((x) => x.stichtag).sort().at(-1) ?? '', kennzahlen: k };
  ablegen(ablage, PUBLISHED.kennzahlen, json(kz));
  ausgaben.push({ pfad: PUBLISHED.kennzahlen, aus: [...new Set(stadt.map((c) => c.ort.path))].sort() });
  ablegen(ablage, PUBLISHED.praesentation, json(input.praesentation));
  ausgaben.push({ pfad: PUBLISHED.praesentation, aus: input.praesentationQuelle ? [input.praesentationQuelle] : [] });
  ablegen(ablage, PUBLISHED.konzepte, json(input.konzepte));
  ausgaben.push({ pfad: PUBLISHED.konzepte, aus: input.konzepteQuelle ? [input.konzepteQuelle] : [] });
  ablegen(ablage, PUBLISHED.warnungen, input.warnings.map(formatProblem).join('\n') + (input.warnings.length ? '\n' : ''));

  // The release: a new one when the data package changed, with the archive of all its downloads.
  const version = versionVon(daten.paket);
  const zipName = DATEN.zipVersion(version);
  const archiv = input.vorher?.archiv ?? new Map<string, Uint8Array>();
  const frueher = archiv.get(zipName);
  let zip: Pruefsumme;
  if (frueher) zip = { bytes: frueher.length, sha256: createHash('sha256').update(frueher).digest('hex') };
  else {
    const gepackt = packer.eintraege();
    const s = gezaehlt(ablage.oeffnen(PUBLISHED.archiv(zipName)));
    zipArchiv([...downloadPfade].sort().map((pfad) => gepackt.get(pfad) ?? zipFehlt(pfad)), s.schreiben);
    zip = s.schliessen();
  }
  const versionen = fortschreiben(input.vorher?.versionen, {
    version,
    veroeffentlicht: input.heute,
    stand: kz.stand,
    neueStichtage: neueStichtage(input.vorher?.datensaetze ?? [], mitWerten),
    revisionen: revidiert.length,
    zip: { pfad: zipName, ...zip },
  });
  ablegen(ablage, PUBLISHED.versionen, json(versionen));
  ausgaben.push({ pfad: PUBLISHED.versionen, aus: alleEingaben }, { pfad: PUBLISHED.archiv(zipName), aus: alleEingaben });

  const manifest: Manifest = {
    kommune: { ags: kommune.ags, name: kommune.name, bezeichnung: kommune.bezeichnung },
    eingaben: input.hashes,
    ausgaben: ausgaben.sort((a, b) => a.pfad.localeCompare(b.pfad)),
    stichtage: Object.fromEntries(dateien.map((d) => [d.datensatz, d.stichtage])) as Manifest['stichtage'],
    warnungen: input.warnings.length,
    geheimhaltung: { schwellenwert: kommune.geheimhaltung.schwellenwert, gesperrt: input.geheim },
    bestand: Object.fromEntries(dateien.map((d) => [d.datensatz, bestand(d, illustrativPruefer(quellen))])) as Manifest['bestand'],
    geometrie: geoMeta,
  };
  ablegen(ablage, PUBLISHED.manifest, json(manifest));
  // Earlier releases are carried forward (they never vanish).
  for (const [name, b] of archiv) ablegen(ablage, PUBLISHED.archiv(name), b);
}

function zipFehlt(pfad: string): never {
  throw new Error(`ZIP: ${pfad} wurde nicht gepackt`);
}
