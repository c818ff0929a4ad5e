/**
 * npm run bench:ingest — how the ingest grows with the data: the bundled inputs with their own
 * snapshots copied to earlier Stichtage (1×, 10×, 100× and 150× ≈ 1 million rows;
 * BENCH_FAKTOREN=1,3,10 to choose), full ingest (parse, check, suppress, write) against a bare
 * papaparse parse of the same snapshot files, each factor in its own process. Prints rows,
 * seconds (wall and CPU), rows/s, the ratio to the bare parse, the growth per factor (against 1×,
 * and as the exponent k in time ∝ factorᵏ of each step: scripts/wachstum.ts) and the
 * process's peak RSS, with the budget (≥ 0.5 × the parse, ≤ 1 GB) from about a million rows on;
 * beside them the floor of the outputs (the same published files only written, counted and
 * packed as the ingest does it) and the ingest as a multiple of it, and the same files only
 * written, each with one writeFileSync (what any ingest publishing them pays on this disk), with
 * the best ratio an ingest that only parsed and then wrote could reach. Writes bench/ingest.json.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { Packer } from '../lib/daten/packer';
import { gezaehlt, OrdnerAblage } from '../lib/ingest/ablage';
import { runIngest } from '../lib/ingest/cli';
import { PUBLISHED } from '../lib/ingest/outputs';
import { DATA, ROOT } from './io';
import { exponent, jeEinheit, type Messung } from './wachstum';

const FAKTOREN = (process.env.BENCH_FAKTOREN ?? '1,10,100,150').split(',').map(Number);
const BUDGET = { verhaeltnis: 0.5, rss_mb: 1024, ab_zeilen: 900_000 };
const STILL = { out: () => undefined, err: () => undefined };

/**
 * The Stichtag of copy k (1 ≤ k < 200) of a snapshot at `jahr` and `-MM-TT`: 10·k years earlier (the
 * bundled Stichtage span less than 10 years, so copies never collide), from k = 100 on one day
 * earlier again, so that years stay four-digit.
 */
export function kopieStichtag(jahr: number, monatTag: string, k: number): string {
  const tag = k >= 100 ? `${monatTag.slice(0, 4)}${String(Number(monatTag.slice(4)) - 1).padStart(2, '0')}` : monatTag;
  return `${jahr - 10 * (k % 100)}${tag}`;
}

/** A data folder with every own snapshot also at earlier Stichtage (kopieStichtag), k < faktor. */
function skaliert(faktor: number): { root: string; data: string; dateien: string[] } {
  const root = mkdtempSync(path.join(os.tmpdir(), `atlas-bench-${faktor}-`));
  const data = path.join(root, 'data');
  cpSync(DATA, data, { recursive: true, filter: (s) => !s.includes(`${path.sep}published`) });
  const dateien: string[] = [];
  const raw = path.join(data, 'raw');
  for (const ordner of readdirSync(raw, { withFileTypes: true })) {
    if (!ordner.isDirectory() || ordner.name === 'genesis') continue;
    for (const f of readdirSync(path.join(raw, ordner.name))) {
      const m = /^(\d{4})(-\d{2}-\d{2})\.csv$/.exec(f);
      if (!m) continue;
      const quelle = path.join(raw, ordner.name, f);
      dateien.push(quelle);
      for (let k = 1; k < faktor; k++) {
        const ziel = path.join(raw, ordner.name, `${kopieStichtag(Number(m[1]), m[2] as string, k)}.csv`);
        writeFileSync(ziel, readFileSync(quelle));
        dateien.push(ziel);
      }
    }
  }
  // Breaks in series name the bundled Stichtage only; the copies are plain earlier values.
  return { root, data, dateien };
}

function messen<T>(f: () => T): { wert: T; sekunden: number; cpu: number } {
  const t = process.hrtime.bigint();
  const c = process.cpuUsage();
  const wert = f();
  const cpu = process.cpuUsage(c);
  return { wert, sekunden: Number(process.hrtime.bigint() - t) / 1e9, cpu: (cpu.user + cpu.system) / 1e6 };
}

/** Every regular file below `ordner`, relative to it, with `/`. */
function dateienUnter(ordner: string): string[] {
  return readdirSync(ordner, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(ordner, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Seconds spent in `schreiben` for every published file (its bytes read beforehand, not timed). */
function jedeDateiGeschrieben(published: string, schreiben: (rel: string, daten: Buffer) => void): number {
  let zeit = 0n;
  for (const rel of dateienUnter(published)) {
    const daten = readFileSync(path.join(published, rel));
    const t = process.hrtime.bigint();
    schreiben(rel, daten);
    zeit += process.hrtime.bigint() - t;
  }
  return Number(zeit) / 1e9;
}

/**
 * The floor of any ingest with these outputs: every published file written once more as the
 * ingest writes it (created, written, counted with SHA-256) and the downloads packed for the
 * release archive as the ingest packs them (beside, in the Packer's thread). Only that work is
 * timed, not reading the files back for it. Returns seconds and bytes written.
 */
function ausgabeBoden(published: string): { sekunden: number; bytes: number } {
  const ziel = mkdtempSync(path.join(os.tmpdir(), 'atlas-boden-'));
  const ablage = new OrdnerAblage(ziel);
  const packer = new Packer();
  const download = PUBLISHED.daten('');
  let bytes = 0;
  try {
    let sekunden = jedeDateiGeschrieben(published, (rel, daten) => {
      const s = gezaehlt(rel.startsWith(download) ? packer.mit(rel.slice(download.length), ablage.oeffnen(rel)) : ablage.oeffnen(rel));
      s.schreiben(daten);
      bytes += s.schliessen().bytes;
    });
    const t = process.hrtime.bigint();
    packer.eintraege();
    ablage.fertig();
    sekunden += Number(process.hrtime.bigint() - t) / 1e9;
    return { sekunden, bytes };
  } finally {
    packer.beenden();
    ablage.beenden();
    rmSync(ziel, { recursive: true, force: true });
  }
}

/**
 * The same published files only written: each with one writeFileSync into a fresh folder (its
 * folders made first), nothing counted or packed. Only the writing is timed. Returns seconds.
 */
function nurSchreiben(published: string): number {
  const ziel = mkdtempSync(path.join(os.tmpdir(), 'atlas-schreiben-'));
  const ordner = new Set<string>();
  try {
    return jedeDateiGeschrieben(published, (rel, daten) => {
      const p = path.join(ziel, rel);
      const o = path.dirname(p);
      if (!ordner.has(o)) mkdirSync(o, { recursive: true });
      ordner.add(o);
      writeFileSync(p, daten);
    });
  } finally {
    rmSync(ziel, { recursive: true, force: true });
  }
}

/** One factor, in this process (a child of the bench): its figures as one JSON line on stdout. */
function einFaktor(faktor: number) {
  const { root, data, dateien } = skaliert(faktor);
  const roh = messen(() => dateien.reduce((n, f) => n + Papa.parse(readFileSync(f, 'utf8'), { header: true, skipEmptyLines: true }).data.length, 0));
  const ingest = messen(() => runIngest(root, data, STILL, { entfernen: true }));
  if (ingest.wert !== 0) console.warn(`Faktor ${faktor}: Ingest endete mit ${ingest.wert}`);
  const zeilen = roh.wert;
  // Peak RSS is the ingest's: taken before the floor reads its outputs back.
  const spitze = Math.round(process.resourceUsage().maxRSS / 1024);
  const boden = ausgabeBoden(path.join(data, 'published'));
  const schreiben = nurSchreiben(path.join(data, 'published'));
  rmSync(root, { recursive: true, force: true });
  process.stdout.write(
    JSON.stringify({
      faktor,
      zeilen,
      ingest_s: Number(ingest.sekunden.toFixed(2)),
      ingest_cpu_s: Number(ingest.cpu.toFixed(2)),
      ingest_zeilen_je_s: Math.round(zeilen / ingest.sekunden),
      parse_s: Number(roh.sekunden.toFixed(3)),
      parse_zeilen_je_s: Math.round(zeilen / roh.sekunden),
      verhaeltnis: Number((roh.sekunden / ingest.sekunden).toFixed(3)),
      ausgabe_mb: Math.round(boden.bytes / 1e6),
      boden_s: Number(boden.sekunden.toFixed(2)),
      ingest_je_boden: Number((ingest.sekunden / boden.sekunden).toFixed(2)),
      nur_schreiben_s: Number(schreiben.toFixed(2)),
      hoechstens: Number((roh.sekunden / (roh.sekunden + schreiben)).toFixed(3)),
      spitze_rss_mb: spitze,
    }) + '\n',
  );
}

const i = process.argv.indexOf('--faktor');
if (i > 0) einFaktor(Number(process.argv[i + 1]));
else {
  const ergebnisse: Record<string, number | string>[] = [];
  for (const faktor of FAKTOREN) {
    const r = spawnSync('npx', ['--no-install', 'tsx', 'scripts/bench-ingest.ts', '--faktor', String(faktor)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
    const zeile = r.stdout.trim().split('\n').at(-1);
    if (r.status !== 0 || !zeile) {
      console.log(`Faktor ${faktor}: abgebrochen (Exit ${r.status ?? r.signal})`);
      ergebnisse.push({ faktor, abgebrochen: String(r.status ?? r.signal) });
      continue;
    }
    const e = JSON.parse(zeile) as Record<string, number | string>;
    if ((e.zeilen as number) >= BUDGET.ab_zeilen)
      e.im_budget = (e.verhaeltnis as number) >= BUDGET.verhaeltnis && (e.spitze_rss_mb as number) <= BUDGET.rss_mb ? 'ja' : `nein (≥ ${BUDGET.verhaeltnis}×, ≤ ${BUDGET.rss_mb} MB)`;
    ergebnisse.push(e);
  }
  // Growth: time per factor against the first (1.0 = linear), and the exponent k in time ∝ factorᵏ of each step.
  const messung = (e: Record<string, number | string> | undefined): Messung => ({ n: Number(e?.faktor), t: Number(e?.ingest_s) });
  ergebnisse.forEach((e, i) => {
    if (!e.ingest_s) return;
    e.wachstum = jeEinheit(messung(ergebnisse[0]), messung(e)) ?? '–';
    if (i > 0) e.exponent = exponent(messung(ergebnisse[i - 1]), messung(e)) ?? '–';
  });
  console.log(
    'Ingest gegen bloßes Parsen (papaparse); wachstum = Zeit/Faktor relativ zu 1× (1,0 = linear); exponent = k in Zeit ∝ Faktorᵏ gegen die Zeile davor (1 = linear); boden = dieselben veröffentlichten Dateien nur schreiben, zählen und packen (ausgabe_mb), ingest_je_boden = Ingest / Boden; nur_schreiben = dieselben Dateien nur geschrieben (writeFileSync); hoechstens = Parsen / (Parsen + nur_schreiben), das beste Verhältnis eines Ingests, der nur parst und dann schreibt; Spitzen-RSS je Prozess (Ingest)',
  );
  console.table(ergebnisse);
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench', 'ingest.json'), JSON.stringify({ gemessen: new Date().toISOString(), cpus: os.cpus().length, budget: BUDGET, ergebnisse }, null, 1) + '\n');
}
