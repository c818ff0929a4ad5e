import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

test.describe.configure({ mode: 'serial' });

const PORT = 3200;
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;
let ordner: string;

/** The built site copied to another folder, served by its own server.mjs, as on a laptop. */
test.beforeAll(async () => {
  ordner = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-offline-')), 'integrationsatlas');
  cpSync(path.resolve(__dirname, '../../out'), ordner, { recursive: true });
  server = spawn(process.execPath, ['server.mjs'], { cwd: ordner, env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server.mjs startet nicht');
});
test.afterAll(() => {
  server?.kill();
  if (ordner) rmSync(path.dirname(ordner), { recursive: true, force: true });
});

function dateien(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? dateien(path.join(dir, n)) : [path.join(dir, n)]));
}

test('die kopierte Website lädt nichts von außen: keine absoluten Adressen für Skripte, Styles, Bilder, Schriften', () => {
  const html = dateien(ordner).filter((f) => f.endsWith('.html'));
  expect(html.length).toBeGreaterThan(40);
  for (const f of html) expect(readFileSync(f, 'utf8'), f).not.toMatch(/<(script|link(?![^>]*rel="(alternate|canonical)")|img|source|iframe)\b[^>]*\b(src|href)="(https?:)?\/\//);
  for (const f of dateien(ordner).filter((x) => x.endsWith('.css'))) expect(readFileSync(f, 'utf8'), f).not.toMatch(/url\((["']?)(https?:)?\/\//);
});

test('ohne Netz: jede Seitenart funktioniert aus dem kopierten Ordner, keine Anfrage verlässt den Rechner', async ({ browser }) => {
  const context = await browser.newContext();
  const blockiert: string[] = [];
  await context.route('**/*', (route) => {
    const { hostname, protocol } = new URL(route.request().url());
    if (protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
    blockiert.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  const fehler: string[] = [];
  page.on('pageerror', (e) => fehler.push(e.message));
  for (const seite of ['/', '/themen/fluechtlinge/', '/gebiete/SR2/', '/methodik/', '/daten/', '/daten/neu/', '/handout/', '/einbetten/bevoelkerung/zeitreihe/']) {
    const res = await page.goto(`${BASE}${seite}`);
    expect(res?.status(), seite).toBe(200);
    await expect(page.locator('h1, h3').first(), seite).toBeVisible();
  }
  await page.goto(`${BASE}/karte/`);
  await expect(page.getByTestId('karte-statisch').locator('a[data-gebiet]')).toHaveCount(9);
  await page.locator('h1').click();
  await expect(page.locator('.karte-leaflet path.gebiet')).toHaveCount(9);
  await page.goto(`${BASE}/praesentation/`);
  await expect(page.locator('.folien.schritt')).toHaveCount(1);
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/#folie-\d+$/);
  const csv = await page.request.get(`${BASE}/daten/fluechtlinge.csv`);
  expect((await csv.text()).startsWith('stichtag,gebiet_id')).toBe(true);
  expect(fehler).toEqual([]);
  expect(blockiert).toEqual([]);
  await context.close();
});
