/**
 * npm run bench — every performance figure in one table, each beside its reference, measured in
 * the same run (ratios count on a shared machine), written to bench/results.json. Run after
 * `npm run build`. Parts (BENCH_TEILE, comma-separated; default all): ingest (growth against a
 * bare parse up to ~1 million rows, bench:ingest), geheimhaltung (disclosure control by number of
 * areas), bau (the build with 10× the areas against the default), seiten (what
 * the browser fetches per page kind, before and after load), lighthouse (mobile preset, median
 * of 3; fetched with npx on first use).
 */
import { chromium, type Page } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './io';

const TEILE = new Set((process.env.BENCH_TEILE ?? 'ingest,geheimhaltung,bau,seiten,lighthouse').split(','));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.BENCH_PORT ?? 3190);
const BASIS = `http://127.0.0.1:${PORT}`;
/** References from the issue: an Observable Framework page with the same content, and the city's PDF. */
const FRAMEWORK_KB = 208;
const PDF_KB = 760;
/** One page of each kind. */
const SEITEN = ['/', '/themen/fluechtlinge/', '/gebiete/SR1/', '/gebiete/WB11/', '/karte/', '/daten/', '/methodik/', '/en/', '/en/themen/fluechtlinge/', '/einbetten/fluechtlinge/vergleich/'];
/** Pages that load the framework on request, measured once more with the reader's first action (what it fetches counts too). */
const BEDIENT = ['/themen/fluechtlinge/', '/karte/'];
const BUDGET_KB: Record<string, number> = { '/': 160, '/karte/': 300 };
const budget = (p: string) => BUDGET_KB[p] ?? (p.includes('/themen/') || p.includes('/gebiete/') ? 250 : undefined);

const ergebnis: Record<string, unknown> = { gemessen: new Date().toISOString(), cpus: os.cpus().length, referenzen: { framework_kb: FRAMEWORK_KB, pdf_kb: PDF_KB } };
const kb = (b: number) => Math.round((b / 1024) * 10) / 10;

function teil(name: string, skript: string, env: Record<string, string> = {}) {
  console.log(`\n== ${name} ==`);
  const r = spawnSync('npx', ['tsx', skript], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) console.log(`(${name}: Exit ${r.status})`);
  return JSON.parse(readFileSync(path.join(ROOT, 'bench', `${name}.json`), 'utf8')) as Record<string, unknown>;
}

type Art = 'html' | 'js' | 'css' | 'font' | 'daten' | 'bild' | 'sonst';
const artVon = (url: string, typ: string): Art =>
  typ.includes('html') ? 'html' : typ.includes('javascript') ? 'js' : typ.includes('css') ? 'css' : typ.includes('font') || /\.woff2?$/.test(url) ? 'font' : /json|csv|geo|text\/plain/.test(typ) ? 'daten' : typ.startsWith('image/') ? 'bild' : 'sonst';

/**
 * Bytes on the wire per kind of resource, before load and after (what the page fetches by itself);
 * `bedienen`: then the reader's first action (a press on the heading) and what it loads — the
 * framework and, on the map, Leaflet — as its own column.
 */
async function gewicht(page: Page, pfad: string, bedienen = false) {
  type Phase = 'vor' | 'nach' | 'bedient';
  const geladen: { art: Art; bytes: number; phase: Phase }[] = [];
  // Before load, after it, or after the reader's action: by when the request began (its response may come later).
  let phase: Phase = 'vor';
  const begonnen = new WeakMap<object, Phase>();
  page.on('request', (req) => begonnen.set(req, phase));
  page.on('requestfinished', async (req) => {
    const res = await req.response();
    if (!res) return;
    const sizes = await req.sizes();
    geladen.push({ art: artVon(req.url(), res.headers()['content-type'] ?? ''), bytes: sizes.responseBodySize + sizes.responseHeadersSize, phase: begonnen.get(req) ?? phase });
  });
  await page.goto(`${BASIS}${pfad}`, { waitUntil: 'load' });
  phase = 'nach';
  await page.mouse.wheel(0, 5000);
  await page.waitForTimeout(1500);
  if (bedienen) {
    phase = 'bedient';
    await page.locator('h1').click();
    await page.locator('html[data-hydriert]').waitFor({ state: 'attached' });
    if (await page.locator('.karte-box').count()) await page.locator('.karte-box[data-bereit]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
  }
  const summe = (f: (g: (typeof geladen)[number]) => boolean) => geladen.filter(f).reduce((s, g) => s + g.bytes, 0);
  const arten: Art[] = ['html', 'js', 'css', 'font', 'daten', 'bild', 'sonst'];
  const zeile: Record<string, number | string> = { seite: bedienen ? `${pfad} (bedient)` : pfad };
  for (const a of arten) zeile[a] = kb(summe((g) => g.art === a && g.phase === 'vor'));
  zeile.nach_laden_kb = kb(summe((g) => g.phase === 'nach'));
  zeile.bedienung_kb = bedienen ? kb(summe((g) => g.phase === 'bedient')) : '–';
  zeile.gesamt_kb = kb(summe(() => true));
  zeile.anfragen = geladen.length;
  zeile.x_framework = Math.round(((zeile.gesamt_kb as number) / FRAMEWORK_KB) * 100) / 100;
  zeile.x_pdf = Math.round(((zeile.gesamt_kb as number) / PDF_KB) * 100) / 100;
  const b = budget(pfad);
  zeile.budget_kb = b ?? '–';
  zeile.im_budget = b === undefined ? '–' : (zeile.gesamt_kb as number) <= b ? 'ja' : 'nein';
  return zeile;
}

async function mitServer<T>(f: () => Promise<T>): Promise<T> {
  const server = spawn('node', ['out/server.mjs', String(PORT)], { cwd: ROOT, stdio: 'ignore' });
  try {
    for (let i = 0; i < 50; i++) {
      if (await fetch(`${BASIS}/`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    return await f();
  } finally {
    server.kill();
  }
}

/** The Lighthouse budget of every page measured (issue: mobile preset, served by the bundled server). */
const LIGHTHOUSE_BUDGET = { score: 99, lcp_s: 1.8, tbt_ms: 100, cls: 0 };

/**
 * Lighthouse three times (mobile preset, simulated throttling): the median of each metric, TBT of
 * each run, Lighthouse's CPU index of this machine (median; higher is faster: the simulation scales
 * what this CPU did, so a busy spell of a shared machine raises TBT) and whether the medians keep
 * the budget.
 */
function lighthouse(pfad: string): Record<string, number | string> | null {
  const laeufe: Record<string, number>[] = [];
  for (let i = 0; i < 3; i++) {
    const r = spawnSync('npx', ['--yes', 'lighthouse@13.5.0', `${BASIS}${pfad}`, '--only-categories=performance', '--output=json', '--quiet', `--chrome-path=${CHROMIUM}`, '--chrome-flags=--headless=new --no-sandbox --disable-background-networking'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) {
      console.log(`Lighthouse ${pfad}: nicht gemessen (${(r.stderr || '').trim().split('\n').at(-1) ?? r.status})`);
      return null;
    }
    const j = JSON.parse(r.stdout) as { categories: { performance: { score: number } }; audits: Record<string, { numericValue?: number }>; environment?: { benchmarkIndex?: number } };
    laeufe.push({
      score: Math.round(j.categories.performance.score * 100),
      lcp_s: Math.round((j.audits['largest-contentful-paint']?.numericValue ?? 0) / 10) / 100,
      tbt_ms: Math.round(j.audits['total-blocking-time']?.numericValue ?? 0),
      cls: Math.round((j.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
      cpu_index: Math.round(j.environment?.benchmarkIndex ?? 0),
    });
  }
  const median = (k: string) => laeufe.map((l) => l[k] as number).sort((a, b) => a - b)[1] as number;
  const m = { score: median('score'), lcp_s: median('lcp_s'), tbt_ms: median('tbt_ms'), cls: median('cls') };
  const b = LIGHTHOUSE_BUDGET;
  const gehalten = m.score >= b.score && m.lcp_s <= b.lcp_s && m.tbt_ms <= b.tbt_ms && m.cls <= b.cls;
  return { ...m, tbt_laeufe_ms: laeufe.map((l) => l.tbt_ms).join(' / '), cpu_index: median('cpu_index'), im_budget: gehalten ? 'ja' : 'nein' };
}

async function main() {
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  if (TEILE.has('ingest')) ergebnis.ingest = teil('ingest', 'scripts/bench-ingest.ts');
  if (TEILE.has('geheimhaltung')) ergebnis.geheimhaltung = teil('geheimhaltung', 'scripts/bench-geheimhaltung.ts', { BENCH_GEBIETE: process.env.BENCH_GEBIETE ?? '54,270,1080' });
  if (TEILE.has('bau')) ergebnis.bau = teil('bau', 'scripts/bench-bau.ts');
  if (TEILE.has('seiten') || TEILE.has('lighthouse'))
    await mitServer(async () => {
      if (TEILE.has('seiten')) {
        console.log('\n== seiten (Bytes über die Leitung, KB; nach_laden = was die Seite danach selbst holt; bedienung = was die erste Bedienung lädt) ==');
        const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking'] });
        const zeilen = [];
        for (const [p, bedienen] of [...SEITEN.map((p) => [p, false] as const), ...BEDIENT.map((p) => [p, true] as const)]) {
          const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
          zeilen.push(await gewicht(await ctx.newPage(), p, bedienen));
          await ctx.close();
        }
        await browser.close();
        console.table(zeilen);
        ergebnis.seiten = zeilen;
      }
      if (TEILE.has('lighthouse')) {
        const b = LIGHTHOUSE_BUDGET;
        console.log(`\n== lighthouse (mobil, Median aus 3; Ziel: ≥ ${b.score}, LCP ≤ ${String(b.lcp_s).replace('.', ',')} s, TBT ≤ ${b.tbt_ms} ms, CLS ${b.cls}; cpu_index = Lighthouses Maß für die CPU dieser Maschine, höher ist schneller) ==`);
        const zeilen = [];
        for (const p of ['/', '/themen/fluechtlinge/', '/gebiete/SR1/', '/karte/']) {
          const l = lighthouse(p);
          if (l) zeilen.push({ seite: p, ...l });
        }
        console.table(zeilen);
        ergebnis.lighthouse = zeilen;
      }
    });
  writeFileSync(path.join(ROOT, 'bench', 'results.json'), JSON.stringify(ergebnis, null, 1) + '\n');
  console.log('\n→ bench/results.json');
}

void main();
