import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** The text of a chart's CSV download: the button makes the file in the browser. */
export async function csvText(page: Page, chart: Locator): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), chart.getByTestId('csv-download').click()]);
  return readFileSync((await download.path()) ?? '', 'utf8');
}

/** The numbers of a chart's CSV download, rounded to 3 decimals. */
export async function csvWerte(chart: Locator): Promise<number[]> {
  const csv = await csvText(chart.page(), chart);
  const [head, ...rows] = csv.trim().split('\r\n');
  const i = (head ?? '').split(',').indexOf('wert');
  expect(i).toBeGreaterThan(-1);
  return rows.map((r) => parseCsvLine(r)[i] ?? '').filter((v) => v !== '').map((v) => Math.round(Number(v) * 1000) / 1000);
}

export function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q && c === '"' && line[i + 1] === '"') {
      cur += '"';
      i++;
    } else if (c === '"') q = !q;
    else if (c === ',' && !q) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** The numbers of a chart's table alternative, after opening it. */
export async function tabellenWerte(chart: Locator, { ohneReferenz = false } = {}): Promise<number[]> {
  await chart.locator('summary').click();
  const table = chart.getByTestId('datentabelle');
  await expect(table).toBeVisible();
  // The comparison's reference (the city, or the areas' sum) is a row of its own: left out when only the areas count.
  const zellen = table.locator(ohneReferenz ? 'tr:not(.referenz-zeile) td[data-wert]' : 'td[data-wert]');
  const raw = await zellen.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-wert') ?? ''));
  return raw.filter((v) => v !== '').map((v) => Math.round(Number(v) * 1000) / 1000);
}

export const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

/** Collects requests to hosts other than this server. */
export function fremdeAnfragen(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const host = new URL(r.url()).hostname;
    if (host !== '127.0.0.1' && host !== 'localhost' && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  return foreign;
}

/**
 * Once a choice is made on a page that loads the framework on request (its chart cards): the
 * runtime has started, hydrated and shows the chosen view (lib/laufzeit, components/rahmen/laufzeit.ts).
 */
export async function gezeigt(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-hydriert', '');
}

/**
 * The reader's first intent on a page that loads the framework on request (a press on its
 * heading): the runtime loads and hydrates; on the map, Leaflet then takes the static view's place.
 */
export async function absicht(page: Page): Promise<void> {
  await page.locator('h1').click();
  await gezeigt(page);
  if (await page.locator('.karte-box').count()) await expect(page.locator('.karte-box[data-bereit]')).toBeAttached();
}

/**
 * Holds back the framework's scripts (every chunk but the frame script) until the returned
 * function is called: what a reader does meanwhile is the frame's alone to take.
 */
export async function laufzeitZurueckhalten(page: Page): Promise<() => void> {
  let freigeben = () => {};
  const gesperrt = new Promise<void>((r) => (freigeben = r));
  await page.route(/\/_next\/static\/chunks\/(?!rahmen-)[^/]+\.js$/, async (route) => {
    await gesperrt;
    await route.continue();
  });
  return freigeben;
}

/** What a page loads and reports while a test runs: the paths of its scripts, its errors (console and uncaught). */
export function beobachten(page: Page): { skripte: string[]; fehler: string[] } {
  const skripte: string[] = [];
  const fehler: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && skripte.push(new URL(r.url()).pathname));
  page.on('console', (m) => m.type() === 'error' && fehler.push(m.text()));
  page.on('pageerror', (e) => fehler.push(e.message));
  return { skripte, fehler };
}

