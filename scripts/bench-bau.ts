/**
 * npm run bench (part „bau“) — the build as the number of areas grows: the bundled data as they
 * are, and with 10× the areas (BENCH_BAU_FAKTOR: 9·k coarsest areas of 3 finest each, centres
 * on a grid inside the real outline, schematic geometry, example data from gen:beispieldaten).
 * Each is ingested and built like `npm run build` into its own folder, BENCH_BAU_LAEUFE times
 * (default 3, alternating between the sizes); prints the median time of each step, pages, and the
 * size of the export (files as served, without the .br/.gz copies) against the default, and the
 * budget (≤ 2 × the default build time); writes bench/bau.json.
 * Both builds run with the disclosure threshold BENCH_BAU_SCHWELLE (default 1: nothing withheld),
 * so that the ratio is the site's; then the 10× data are ingested once more with the bundled
 * threshold (every dataset and Stichtag through disclosure control, checked by the attack).
 * Disclosure control alone by number of areas is the part „geheimhaltung“ of npm run bench.
 * BENCH_BAU_BEHALTEN=1 keeps each data folder and export (printed) to look into afterwards.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median } from 'simple-statistics';
import { parseCsv } from '../lib/csv';
import { readRegister } from '../lib/gebiete';
import { partition } from '../lib/geo/partition';
import { punktIn } from '../lib/geo/punkt';
import { bboxOf, type Geometry } from '../lib/geo/types';
import { kommuneSchema, type Kommune } from '../lib/config';
import { DATASET_IDS } from '../lib/datasets';
import type { Gebiet } from '../lib/gebiete';
import { rueckrechenbar, veroeffentlichteZellen } from '../lib/geheimhaltung/nachpruefen';
import { PUBLISHED } from '../lib/ingest/outputs';
import type { DatensatzDatei } from '../lib/published';
import { dateienUnter, DATA, ROOT } from './io';

const FAKTOR = Number(process.env.BENCH_BAU_FAKTOR ?? 10);
const JE_GROB = 3;
const BUDGET = 2;
const SCHWELLE = Number(process.env.BENCH_BAU_SCHWELLE ?? 1);
const BEHALTEN = process.env.BENCH_BAU_BEHALTEN === '1';
/** Builds of each size; the figures are their medians (one run swings by a third on a shared machine). */
const LAEUFE = Math.max(1, Number(process.env.BENCH_BAU_LAEUFE ?? 3));
/** Seconds (or MB) to one decimal. */
const s1 = (x: number) => Math.round(x * 10) / 10;

/** Sets the disclosure threshold in a data folder's kommune.json; returns the configuration as written. */
function schwelleSetzen(data: string, schwellenwert: number): Kommune {
  const datei = path.join(data, 'kommune.json');
  const konfig = JSON.parse(readFileSync(datei, 'utf8')) as Kommune;
  const neu = { ...konfig, geheimhaltung: { ...konfig.geheimhaltung, schwellenwert } };
  writeFileSync(datei, JSON.stringify(neu, null, 2) + '\n');
  return neu;
}

/** A data folder like the bundled one with 9·faktor coarsest areas of three finest areas each. */
function mitMehrGebieten(faktor: number): string {
  const data = path.join(mkdtempSync(path.join(os.tmpdir(), `atlas-bau-${faktor}-`)), 'data');
  cpSync(DATA, data, { recursive: true, filter: (s) => !s.includes(`${path.sep}published`) });
  const konfig = schwelleSetzen(data, SCHWELLE);
  if (faktor === 1) return data;
  const kommune = kommuneSchema.parse(konfig);
  const [grob, fein] = kommune.ebenen;
  if (!grob || !fein || kommune.ebenen.length !== 2) throw new Error('bench-bau: erwartet zwei Gebietsebenen');
  const raw = (rel: string) => path.join(data, 'raw', rel);
  const outlineDatei = JSON.parse(readFileSync(raw(kommune.gebiete.stadtgrenze), 'utf8'));
  const outline = outlineDatei.features[0].geometry as Geometry;
  const zahl = 9 * faktor * JE_GROB;
  // Centres on a grid inside the outline, as fine as needed for `zahl` of them.
  const [x0, y0, x1, y1] = bboxOf([outline]);
  let punkte: [number, number][] = [];
  for (let n = Math.ceil(Math.sqrt(zahl)); punkte.length < zahl; n++) {
    punkte = [];
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      const p: [number, number] = [x0 + ((j + 0.5) * (x1 - x0)) / n, y1 - ((i + 0.5) * (y1 - y0)) / n];
      if (punktIn(p, outline)) punkte.push(p);
    }
  }
  const zeilen = [`${grob.id}_id,${grob.id}_name,${fein.id}_id,${fein.id}_name,lat_ca,lon_ca`];
  punkte.slice(0, zahl).forEach(([lon, lat], i) => {
    const g = Math.floor(i / JE_GROB) + 1;
    zeilen.push(`G${g},${grob.singular} ${g},F${g}_${(i % JE_GROB) + 1},${fein.singular} ${g}.${(i % JE_GROB) + 1},${lat.toFixed(5)},${lon.toFixed(5)}`);
  });
  writeFileSync(raw(kommune.gebiete.register), zeilen.join('\n') + '\n');
  // The saved slides name the bundled areas; without the file the default sequence applies.
  rmSync(path.join(data, 'praesentation.json'), { force: true });
  const { gebiete, problems } = readRegister(parseCsv(zeilen.join('\n')), kommune.gebiete.register, kommune);
  if (problems.length) throw new Error(`bench-bau: Register ${problems.length} Probleme`);
  const alt = JSON.parse(readFileSync(raw(kommune.gebiete.geometrie), 'utf8'));
  writeFileSync(raw(kommune.gebiete.geometrie), JSON.stringify({ type: 'FeatureCollection', metadata: alt.metadata, features: partition(outline, gebiete) }) + '\n');
  schritt('beispieldaten', ['tsx', 'scripts/beispieldaten.ts'], { INTEGRATIONSATLAS_DATA: data });
  return data;
}

function schritt(name: string, args: string[], env: Record<string, string>): number {
  const t = process.hrtime.bigint();
  const r = spawnSync('npx', ['--no-install', ...args], { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`bench-bau: ${name} endete mit ${r.status}\n${r.stderr.toString().slice(-2000)}`);
  return Number(process.hrtime.bigint() - t) / 1e9;
}

/**
 * The same data ingested again with the bundled data's disclosure threshold: every dataset,
 * every Stichtag, all areas. Time, cells withheld, and what the attack recomputes (must be 0).
 */
function geheimhaltung(data: string, env: Record<string, string>) {
  const schwellenwert = (JSON.parse(readFileSync(path.join(DATA, 'kommune.json'), 'utf8')) as Kommune).geheimhaltung.schwellenwert;
  schwelleSetzen(data, schwellenwert);
  const s = schritt('ingest (Geheimhaltung)', ['tsx', 'scripts/ingest.ts'], env);
  const pub = (rel: string) => JSON.parse(readFileSync(path.join(data, 'published', rel), 'utf8'));
  const cells = DATASET_IDS.flatMap((ds) => veroeffentlichteZellen(pub(PUBLISHED.datensatz(ds)) as DatensatzDatei));
  return {
    schwelle_voll: schwellenwert,
    ingest_voll_s: s1(s),
    gesperrt_voll: cells.filter((c) => c.zeichen === 'geheim').length,
    rueckrechenbar_voll: rueckrechenbar(cells, pub(PUBLISHED.gebiete) as Gebiet[]).length,
  };
}

/** One build like `npm run build` into `out`: the time of each step in seconds. */
function bauen(env: { INTEGRATIONSATLAS_DATA: string; INTEGRATIONSATLAS_OUT: string }): { ingest: number; next: number; nach: number } {
  rmSync(path.join(ROOT, env.INTEGRATIONSATLAS_OUT), { recursive: true, force: true });
  return {
    ingest: schritt('ingest', ['tsx', 'scripts/ingest.ts'], env),
    next: schritt('next build', ['next', 'build'], env),
    nach: schritt('nachbearbeiten', ['tsx', 'scripts/nachbearbeiten.ts'], env),
  };
}

const faelle = [1, FAKTOR].map((faktor) => {
  const data = mitMehrGebieten(faktor);
  return { faktor, data, env: { INTEGRATIONSATLAS_DATA: data, INTEGRATIONSATLAS_OUT: `out-bench-${faktor}` }, zeiten: [] as ReturnType<typeof bauen>[] };
});
// Runs alternate between the two sizes, so that a busy spell of a shared machine falls on both.
for (let lauf = 0; lauf < LAEUFE; lauf++) for (const f of faelle) f.zeiten.push(bauen(f.env));
const ergebnisse: Record<string, number | string>[] = [];
for (const { faktor, data, env, zeiten } of faelle) {
  const out = env.INTEGRATIONSATLAS_OUT;
  const dateien = dateienUnter(path.join(ROOT, out));
  const roh = dateien.filter((d) => !/\.(br|gz)$/.test(d.name));
  const gebiete = readFileSync(path.join(data, 'raw', 'gebiete.csv'), 'utf8').trim().split('\n').length - 1;
  const gesamt = zeiten.map((z) => z.ingest + z.next + z.nach);
  ergebnisse.push({
    faktor,
    gebiete_fein: gebiete,
    seiten: roh.filter((d) => d.name === 'index.html').length,
    ingest_s: s1(median(zeiten.map((z) => z.ingest))),
    next_build_s: s1(median(zeiten.map((z) => z.next))),
    nachbearbeiten_s: s1(median(zeiten.map((z) => z.nach))),
    gesamt_s: s1(median(gesamt)),
    gesamt_laeufe_s: gesamt.map(s1).join(' / '),
    out_mb: s1(roh.reduce((s, d) => s + d.groesse, 0) / 1024 / 1024),
    out_mit_kopien_mb: s1(dateien.reduce((s, d) => s + d.groesse, 0) / 1024 / 1024),
  });
  if (!BEHALTEN) rmSync(path.join(ROOT, out), { recursive: true, force: true });
  if (faktor !== 1) Object.assign(ergebnisse.at(-1) as object, geheimhaltung(data, env));
  if (BEHALTEN) console.log(`Behalten: Daten ${data}, Export ${out}/`);
  else rmSync(path.dirname(data), { recursive: true, force: true });
}
const [a, b] = ergebnisse as [Record<string, number>, Record<string, number>];
const zeit = Math.round((b.gesamt_s! / a.gesamt_s!) * 100) / 100;
const groesse = Math.round((b.out_mb! / a.out_mb!) * 100) / 100;
// What each further area costs, apart from what every build costs (the ratio depends on both).
const jeGebiet = Math.round(((b.gesamt_s! - a.gesamt_s!) / (b.gebiete_fein! - a.gebiete_fein!)) * 1000);
console.log(`Build mit ${FAKTOR}× Gebieten gegen die gebündelten Daten, Geheimhaltungsschwelle ${SCHWELLE}, Median aus ${LAEUFE} Läufen je Größe (Budget: Zeit ≤ ${BUDGET}×)`);
console.table(ergebnisse);
console.log(`Zeit ${zeit}× (${zeit <= BUDGET ? 'im Budget' : 'über dem Budget'}), out/ ${groesse}×; je weiteres feinstes Gebiet (mit seinem Teil der gröberen Ebene) ${jeGebiet} ms`);
console.log(`Volle Daten mit ${FAKTOR}× Gebieten, Schwelle ${b.schwelle_voll}: Ingest ${b.ingest_voll_s} s, ${b.gesperrt_voll} Werte gesperrt, rückrechenbar ${b.rueckrechenbar_voll} (muss 0 sein)`);
if (b.rueckrechenbar_voll) process.exitCode = 1;
mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench', 'bau.json'), JSON.stringify({ gemessen: new Date().toISOString(), faktor: FAKTOR, schwelle: SCHWELLE, laeufe: LAEUFE, ergebnisse, zeit_verhaeltnis: zeit, groesse_verhaeltnis: groesse, je_gebiet_ms: jeGebiet, budget_zeit: BUDGET }, null, 1) + '\n');
