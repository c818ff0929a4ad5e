import { createHash } from 'node:crypto';
import { rechtlichesFehlt } from '../rechtliches';
import type { Bruch } from '../brueche';
import { readBrueche } from './brueche';
import { anhaengen } from '../listen';
import { jeStichtag, Orte, type Cell } from '../cells';
import { mergeCells } from '../checks/conflicts';
import { checkHierarchy, checkRules } from '../checks/consistency';
import { hinweise } from '../checks/hinweise';
import { checkJumps, checkStatedShares } from '../checks/warnings';
import { kommuneSchema, type Kommune } from '../config';
import { parseCsv } from '../csv';
import { DATASET_IDS, isDatasetId, type DatasetId } from '../datasets';
import { deriveCells, type DerivedCell } from '../derive';
import { anwenden, sperren } from '../geheimhaltung/sperren';
import { KENNZAHLEN } from '../indicators';
import { praesentationPruefen } from '../praesentation/pruefen';
import { konzepteLesen, konzepteMitKosten } from '../konzept/pruefen';
import type { Konzepte } from '../konzept/schema';
import { standardPraesentation } from '../praesentation/standard';
import { readRegister, type Gebiet } from '../gebiete';
import { parseGenesis, type GenesisTable } from '../genesis/parse';
import { vergleichAus } from '../vergleich/regionen';
import { dekodieren } from '../text/dekodieren';
import { genesisCells } from '../genesis/tables';
import { validateGeometry } from '../geo/validate';
import { bboxOf, grow, type AreaFeature, type Geometry } from '../geo/types';
import { error, hasErrors, sortProblems, warning, type Problem } from '../problems';
import { illustrativPruefer } from '../provenienz';
import { readQuellen, type Quelle } from '../quellen';
import { readSnapshot, stichtagFromName } from './snapshot';
import { buildOutputs, PUBLISHED, tabellen, type OutputInput, type Vorher } from './outputs';
import { SpeicherAblage, type Ablage } from './ablage';
import { verluste, type Bestand } from './verlust';

/** Input files keyed by their path relative to the project (e.g. `data/raw/quellen.csv`). */
export type Inputs = Map<string, Uint8Array>;

export interface IngestResult {
  problems: Problem[];
  /** Every file was built and put into the Ablage (false when there are errors, or when only checking). */
  fertig: boolean;
  /** Without an Ablage of the caller's: the files to publish, relative to the published folder. */
  outputs?: Map<string, string>;
  /** … and the release archives beside them (binary). */
  archiv?: Map<string, Uint8Array>;
}

function add(b: Bestand, c: Cell) {
  const st = b.get(c.datensatz) ?? b.set(c.datensatz, new Map()).get(c.datensatz);
  const keys = st?.get(c.stichtag) ?? st?.set(c.stichtag, new Set()).get(c.stichtag);
  keys?.add(`${c.gebiet}|${c.merkmal}`);
}

const ohneZeichen = (c: Cell): Cell => {
  const { zeichen: _z, ...rest } = c;
  void _z;
  return rest;
};

/** How far official geometry may reach beyond the outline's box (VG5000 is coarse), in degrees. */
const BBOX_MARGIN = 0.02;
/** How far (degrees) an approximate centre may lie beyond the outline's box. */
const MITTELPUNKT_SPIELRAUM = 0.05;

export interface IngestOptions {
  /** Folder holding kommune.json and raw/, as the paths in Inputs name it. */
  dataDir: string;
  /** What is published now, so that the release notes can name revised values and nothing vanishes. */
  vorher?: Vorher;
  /** The office removes datasets, Stichtage or values on purpose (CLI `--entfernen`). */
  entfernenErlaubt?: boolean;
  /** Problems found while reading the folder (links, devices, sizes). */
  lesefehler?: Problem[];
  /** Today (ISO): Stichtage after it are refused. */
  heute?: string;
  /** Where each published file goes as soon as it is built (CLI: the staging folder); else returned in memory. */
  ablage?: Ablage;
  /** Check only (`npm run pruefen`): stop before building the published files. */
  nurPruefen?: boolean;
}

/**
 * The whole pipeline: validates every input, merges and checks the cells and returns either all
 * problems (nothing to publish) or the published files — put into `optionen.ablage` as they are
 * built (its only I/O), or, without one, returned in memory.
 */
export function ingest(files: Inputs, optionen: IngestOptions): IngestResult {
  if (optionen.ablage) {
    const r = pruefenUndBauen(files, optionen, optionen.ablage);
    return { problems: r.problems, fertig: r.fertig ?? false };
  }
  const speicher = new SpeicherAblage();
  const r = pruefenUndBauen(files, optionen, speicher);
  if (!r.fertig) return { problems: r.problems, fertig: false };
  const outputs = new Map<string, string>();
  const archiv = new Map<string, Uint8Array>();
  for (const [pfad, b] of speicher.dateien) {
    if (pfad.startsWith(PUBLISHED.archiv(''))) archiv.set(pfad, b);
    else outputs.set(pfad, b.toString('utf8'));
  }
  return { problems: r.problems, fertig: true, outputs, archiv };
}

function pruefenUndBauen(files: Inputs, optionen: IngestOptions, ablage: Ablage): { problems: Problem[]; fertig?: true } {
  // Checked first: once the cells are tables, only the tables stay in memory while the files are written.
  const { problems, eingabe } = pruefen(files, optionen);
  if (!eingabe) return { problems };
  buildOutputs(eingabe, ablage);
  return { problems, fertig: true };
}

/** Every check; without errors (and unless only checking) the cells as tables and all else the published files are built from. */
function pruefen(
  files: Inputs,
  { dataDir, vorher, entfernenErlaubt = false, lesefehler = [], heute = new Date().toISOString().slice(0, 10), nurPruefen = false }: IngestOptions,
): { problems: Problem[]; eingabe?: OutputInput } {
  const problems: Problem[] = [...lesefehler];
  const raw = `${dataDir}/raw`;
  /** The text of an input: encoding detected from the whole file; undecodable files are problems. */
  const text = (rel: string, b: Uint8Array): string | undefined => {
    const d = dekodieren(b);
    if (d.ok) return d.text;
    problems.push(error({ path: rel, line: d.line }, d.message));
    return undefined;
  };
  const read = (rel: string): string | undefined => {
    const b = files.get(rel);
    if (!b) problems.push(error({ path: rel }, 'Datei fehlt'));
    return b ? text(rel, b) : undefined;
  };
  const optional = (rel: string): string | undefined => {
    const b = files.get(rel);
    return b ? text(rel, b) : undefined;
  };
  const hashes = [...files].map(([pfad, b]) => ({ pfad, sha256: createHash('sha256').update(b).digest('hex') })).sort((a, b) => a.pfad.localeCompare(b.pfad));

  // Municipality
  const konfigPath = `${dataDir}/kommune.json`;
  const konfigText = read(konfigPath);
  if (konfigText === undefined) return { problems };
  let kommune: Kommune;
  try {
    const parsed = kommuneSchema.safeParse(JSON.parse(konfigText));
    if (!parsed.success)
      return { problems: parsed.error.issues.map((i) => error({ path: konfigPath }, `Feld ${i.path.join('.') || '(Wurzel)'}: ${i.message}`)) };
    kommune = parsed.data;
  } catch (e) {
    return { problems: [error({ path: konfigPath }, `kein gültiges JSON: ${(e as Error).message}`)] };
  }

  // Sources
  const quellenPath = `${raw}/quellen.csv`;
  const quellenText = read(quellenPath);
  const { quellen, problems: qp, zeilen: quellenZeilen } = quellenText !== undefined ? readQuellen(parseCsv(quellenText), quellenPath) : { quellen: [] as Quelle[], problems: [], zeilen: new Map<string, number>() };
  anhaengen(problems, qp);
  const quellenIds = new Set(quellen.map((q) => q.id));
  if (quellenText !== undefined && !quellenIds.has(kommune.gebiete.quelle))
    problems.push(error({ path: konfigPath }, `Feld gebiete.quelle: „${kommune.gebiete.quelle}“ steht nicht in ${quellenPath}`));

  // Areas and geometry
  const registerPath = `${raw}/${kommune.gebiete.register}`;
  const registerText = read(registerPath);
  const { gebiete, problems: rp, zeilen: registerZeilen } = registerText !== undefined ? readRegister(parseCsv(registerText), registerPath, kommune) : { gebiete: [] as Gebiet[], problems: [], zeilen: new Map<string, number>() };
  anhaengen(problems, rp);
  const outlinePath = `${raw}/${kommune.gebiete.stadtgrenze}`;
  const outlineText = read(outlinePath);
  let outline: Geometry | undefined;
  if (outlineText !== undefined) {
    try {
      const fc = JSON.parse(outlineText);
      const g = (fc.type === 'FeatureCollection' ? fc.features?.[0]?.geometry : fc.type === 'Feature' ? fc.geometry : fc) as Geometry | undefined;
      if (g && (g.type === 'Polygon' || g.type === 'MultiPolygon')) outline = g;
      else problems.push(error({ path: outlinePath, line: 1 }, 'keine Polygon-Geometrie der Stadtgrenze gefunden'));
    } catch (e) {
      problems.push(error({ path: outlinePath, line: 1 }, `kein gültiges JSON: ${(e as Error).message}`));
    }
  }
  // Approximate centres must lie in the municipality: swapped latitude and longitude are a common slip.
  if (outline) {
    const box = grow(bboxOf([outline]), MITTELPUNKT_SPIELRAUM);
    for (const g of gebiete)
      if (g.lat !== null && g.lon !== null && (g.lon < box[0] || g.lon > box[2] || g.lat < box[1] || g.lat > box[3]))
        problems.push(
          error(
            { path: registerPath, line: registerZeilen.get(g.id) },
            `${g.id}: Mittelpunkt (lat ${g.lat}, lon ${g.lon}) liegt außerhalb der Stadtgrenze${g.lat >= box[0] && g.lat <= box[2] && g.lon >= box[1] && g.lon <= box[3] ? ' – Breite und Länge vertauscht?' : ''}`,
          ),
        );
  }
  const geoPath = `${raw}/${kommune.gebiete.geometrie}`;
  const geoText = read(geoPath);
  let features: AreaFeature[] = [];
  let geoMeta: Record<string, unknown> = {};
  if (geoText !== undefined && outline && gebiete.length && !hasErrors(rp)) {
    const v = validateGeometry(geoText, geoPath, gebiete, grow(bboxOf([outline]), BBOX_MARGIN), kommune.ebenen);
    anhaengen(problems, v.problems);
    features = v.features;
    geoMeta = v.meta;
  }

  // Breaks in series (optional)
  const bruechePath = `${raw}/reihenbrueche.csv`;
  const bruecheText = optional(bruechePath);
  const { brueche, problems: bp } = bruecheText !== undefined ? readBrueche(parseCsv(bruecheText), bruechePath) : { brueche: [] as Bruch[], problems: [] };
  anhaengen(problems, bp);

  // Own snapshots and GENESIS exports
  const known = { gebiete: new Set(gebiete.map((g) => g.id)), quellen: quellenIds, namen: new Map<string, string>() };
  const cells: Cell[] = [];
  const fussnoten = new Map<string, string>();
  const genesisTabellen: { table: GenesisTable; path: string }[] = [];
  const zukunft = (stichtag: string, place: { path: string; line?: number }) => error(place, `Stichtag ${stichtag} liegt in der Zukunft (heute ist ${heute})`);
  const used = new Set([konfigPath, quellenPath, registerPath, outlinePath, geoPath, bruechePath, `${dataDir}/praesentation.json`, `${dataDir}/integrationskonzept.json`]);
  for (const [path, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (used.has(path) || !path.startsWith(`${raw}/`)) continue;
    const rel = path.slice(raw.length + 1);
    const [folder, name, ...deeper] = rel.split('/');
    if (!name || deeper.length) {
      problems.push(error({ path }, `unerwartete Datei: erwartet ${raw}/<datensatz>/<JJJJ-MM-TT>.csv oder ${raw}/genesis/<datei>.csv`));
      continue;
    }
    if (folder === 'genesis') {
      const t = text(path, bytes);
      if (t === undefined) continue;
      const { table, error: e } = parseGenesis(t);
      if (!table) {
        problems.push(error({ path, line: e?.line }, e?.message ?? 'unlesbar'));
        continue;
      }
      genesisTabellen.push({ table, path });
      const r = genesisCells(table, path, kommune);
      anhaengen(problems, r.problems);
      if (r.cells.length && !quellenIds.has(r.quelle)) problems.push(error({ path, line: 1 }, `Quelle „${r.quelle}“ fehlt in ${quellenPath} (eine Zeile je GENESIS-Tabelle)`));
      if (table.fussnoten) fussnoten.set(r.quelle, table.fussnoten);
      // In a table that rounds every count, „–“ means "nothing, or less than rounding shows": a rounded 0, not exactly 0.
      const rundung = quellen.find((q) => q.id === r.quelle)?.rundung ?? 0;
      for (const c of r.cells) {
        if (c.stichtag > heute) {
          problems.push(zukunft(c.stichtag, { path: c.ort.path, line: c.ort.line }));
          continue;
        }
        cells.push(rundung > 0 && c.zeichen === '–' ? ohneZeichen(c) : c);
      }
      continue;
    }
    if (!folder || !isDatasetId(folder)) {
      problems.push(error({ path }, `unbekannter Datensatz-Ordner „${folder}“ (bekannt: ${DATASET_IDS.join(', ')}, genesis)`));
      continue;
    }
    const stichtag = stichtagFromName(name);
    if (!stichtag) {
      problems.push(error({ path }, `Dateiname „${name}“: erwartet <JJJJ-MM-TT>.csv mit einem gültigen Stichtag`));
      continue;
    }
    if (stichtag > heute) {
      problems.push(zukunft(stichtag, { path }));
      continue;
    }
    const t = text(path, bytes);
    if (t === undefined) continue;
    const r = readSnapshot(parseCsv(t), path, folder, stichtag, known);
    anhaengen(problems, r.problems);
    anhaengen(cells, r.cells);
  }

  const merged = mergeCells(cells, quellen);
  anhaengen(problems, merged.problems);
  // The city level holds official figures only: an invented city total would pass for the city's own.
  const istIll = illustrativPruefer(quellen);
  for (const c of merged.cells)
    if (c.gebiet === kommune.ags && istIll(c.quelle))
      problems.push(error({ path: c.ort.path, line: c.ort.line }, `Gebiet ${kommune.ags} (Stadt), Merkmal ${c.merkmal}: Quelle „${c.quelle}“ ist illustrativ – auf Ebene der Stadt nur amtliche Werte`));
  if (!hasErrors(problems)) {
    // Sums, rules and stated shares compare cells of one Stichtag: checked one Stichtag at a time, so only its index is held.
    for (const mine of jeStichtag(merged.cells)) {
      // One index of the Stichtag's cells by place for both sum checks.
      const orte = new Orte(mine);
      anhaengen(problems, checkHierarchy(mine, gebiete, quellen, orte));
      anhaengen(problems, checkRules(mine, quellen, orte));
      anhaengen(problems, checkStatedShares(mine));
    }
    anhaengen(problems, checkJumps(merged.cells));
  }
  if (!hasErrors(problems))
    anhaengen(
      problems,
      [...hinweise(merged.cells, quellen, kommune.ags, outline, { quellen: quellenPath, stadtgrenze: outlinePath, quellenZeilen }, [kommune.gebiete.quelle]), ...rechtlichesFehlt(kommune.rechtliches, konfigPath)],
    );
  // Peers from the same NRW-wide exports (every region read once), official values only.
  const vergleich = vergleichAus(genesisTabellen, kommune.ags, kommune.vergleich.regionen);
  for (const a of kommune.vergleich.regionen)
    if (vergleich && !vergleich.regionen.some((r) => r.ags === a)) problems.push(warning({ path: konfigPath }, `Feld vergleich.regionen: AGS ${a} steht in keinem GENESIS-Export`));
  const sorted = sortProblems(problems);
  if (hasErrors(sorted)) return { problems: sorted };

  // A derived cell sums cells of its own Stichtag and area.
  const derived: DerivedCell[] = [];
  for (const mine of jeStichtag(merged.cells)) anhaengen(derived, deriveCells(mine, quellen, kommune.gruppen));
  if (vorher) {
    const bestand: Bestand = new Map();
    for (const c of merged.cells) add(bestand, c);
    for (const c of derived) add(bestand, c);
    const v = verluste(vorher.datensaetze, bestand, raw, entfernenErlaubt);
    if (v.length) {
      const alle = sortProblems([...sorted, ...v]);
      if (hasErrors(v)) return { problems: alle };
      anhaengen(sorted, v);
    }
  }
  const konzeptPath = `${dataDir}/integrationskonzept.json`;
  const konzeptText = optional(konzeptPath);
  let konzepte: Konzepte = { konzepte: [] };
  if (konzeptText !== undefined) {
    const r = konzepteLesen(konzeptText, konzeptPath);
    if (r.problems.length) return { problems: sortProblems([...sorted, ...r.problems]) };
    konzepte = r.konzepte ?? konzepte;
  }
  const praesentationPath = `${dataDir}/praesentation.json`;
  const praesentationText = optional(praesentationPath);
  let praesentation = standardPraesentation(
    kommune,
    new Set(merged.cells.map((c) => c.datensatz)),
    new Set(merged.cells.filter((c) => c.gebiet !== kommune.ags && c.wert !== null).map((c) => c.datensatz)),
    konzepteMitKosten(konzepte.konzepte).length > 0,
  );
  if (praesentationText !== undefined) {
    // Each dataset's Stichtage, in one pass over the cells.
    const je = new Map<DatasetId, Set<string>>(DATASET_IDS.map((ds) => [ds, new Set()]));
    for (const liste of [merged.cells, derived]) for (const c of liste) je.get(c.datensatz)?.add(c.stichtag);
    const stichtage = Object.fromEntries(DATASET_IDS.map((ds) => [ds, [...(je.get(ds) ?? [])].sort()]));
    const r = praesentationPruefen(praesentationText, praesentationPath, { stichtage, gebiete: new Set(gebiete.map((g) => g.id)), ebenen: kommune.ebenen.map((e) => e.id), kennzahlen: new Set(KENNZAHLEN.map((k) => k.id)), konzepte: new Set(konzepteMitKosten(konzepte.konzepte).map((k) => k.id)) });
    if (r.problems.length) return { problems: sortProblems([...sorted, ...r.problems]) };
    praesentation = r.praesentation ?? praesentation;
  }
  const sperrung = sperren([...merged.cells, ...derived], gebiete, kommune.geheimhaltung.schwellenwert);
  if (sperrung.ungeschuetzt.length)
    return {
      problems: sortProblems([
        ...sorted,
        error({ path: konfigPath }, `Geheimhaltung: ${sperrung.ungeschuetzt.length} gesperrte Werte ließen sich trotz Sperrung weiterer Zellen errechnen (${sperrung.ungeschuetzt.slice(0, 3).join('; ')})`),
      ]),
    };
  if (nurPruefen) return { problems: sorted };
  return {
    problems: sorted,
    eingabe: {
      kommune,
      quellen,
      gebiete,
      features,
      outline: outline as Geometry,
      geoMeta,
      tabellen: tabellen(anwenden(merged.cells, sperrung.geheim), anwenden(derived, sperrung.geheim), kommune, gebiete, brueche),
      geheim: sperrung.geheim.size,
      brueche,
      fussnoten,
      vergleich,
      praesentation,
      praesentationQuelle: praesentationText !== undefined ? praesentationPath : undefined,
      konzepte,
      konzepteQuelle: konzeptText !== undefined ? konzeptPath : undefined,
      hashes,
      warnings: sorted,
      vorher,
      heute,
    },
  };
}
