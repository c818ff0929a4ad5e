import { expect, test } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fremdeAnfragen, csvText } from './helpers';

test('„Einbetten“ zeigt den iframe-Code; eingebettet meldet das Diagramm seine Höhe, Download und Namensnennung funktionieren', async ({ page, baseURL }) => {
  await page.goto('/themen/fluechtlinge/');
  const chart = page.getByTestId('chart-vergleich');
  await chart.getByTestId('einbetten').click();
  const dialog = chart.getByTestId('einbetten-dialog');
  await expect(dialog).toBeVisible();
  const code = await dialog.getByTestId('einbetten-code').inputValue();
  expect(code).toContain('<iframe src="https://integrationsatlas.hamm.de/einbetten/fluechtlinge/vergleich/"');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The same code on a foreign test page (a blank page of its own, without the atlas's CSP), pointed at this server.
  const gast = await page.context().newPage();

  const fremd = `<iframe id="fremd" height="200" srcdoc="<script>parent.postMessage({typ:'integrationsatlas:hoehe',hoehe:99999},'*')</script>"></iframe>`;
  const html = `<!doctype html><h1>Testseite</h1>${code.replaceAll('https://integrationsatlas.hamm.de', `${baseURL}`)}${fremd}`;
  // A real page of another origin on this machine (Chrome blocks loopback frames in pages from elsewhere).
  const gastServer = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((r) => gastServer.listen(0, '127.0.0.1', () => r()));
  const GAST = `http://127.0.0.1:${(gastServer.address() as AddressInfo).port}/`;
  const foreign = fremdeAnfragen(gast);
  await gast.goto(GAST);
  const iframe = gast.locator('iframe').first();
  await expect(iframe).toHaveAttribute('height', '640');
  const frame = gast.frameLocator('iframe').first();
  await expect(frame.getByTestId('chart-vergleich')).toBeVisible();
  const inhalt = await frame.locator('html').evaluate((h) => h.scrollHeight);
  await expect.poll(async () => Math.round((await iframe.boundingBox())?.height ?? 0)).toBe(inhalt);
  await expect(frame.locator('.chart-fuss')).toContainText('Datenlizenz Deutschland – Namensnennung');
  expect(await csvText(gast, frame.getByTestId('chart-vergleich'))).toContain('stichtag,kategorie_id');
  // Opening the table makes the content taller: the reported height follows.
  await frame.locator('summary').click();
  await expect.poll(async () => Math.round((await iframe.boundingBox())?.height ?? 0)).toBeGreaterThan(inhalt);
  // A foreign frame cannot resize anything with the atlas's message.
  expect(Math.round((await gast.locator('#fremd').boundingBox())?.height ?? 0)).toBeLessThan(300);
  expect(foreign).toEqual([]);
  gastServer.close();
});

test('Karte eingebettet: statische Flächen, Legende, Tabelle und CSV', async ({ page }) => {
  await page.goto('/einbetten/karte/anteil_mh/');
  await expect(page.locator('svg.karten-bild path[data-gebiet]')).toHaveCount(27);
  // Illustrative areas striped, as on the map page.
  await expect(page.locator('svg.karten-bild path[data-kennzeichnung="Beispieldaten"]').first()).toBeVisible();
  await expect(page.locator('header')).toHaveCount(0);
  await page.locator('summary').click();
  await expect(page.getByTestId('datentabelle').locator('tbody tr')).toHaveCount(27);
  await expect(page.getByTestId('csv-download')).toBeVisible();
  await expect(page.locator('.chart-fuss')).toContainText('Namensnennung');
});

test('Einbetten gibt es auch für die Entwicklung im Gebietsprofil und für die Karte', async ({ page }) => {
  await page.goto('/gebiete/SR2/');
  const trend = page.getByTestId('chart-trend-anteil_mh');
  await trend.getByTestId('einbetten').click();
  const code = await trend.getByTestId('einbetten-code').inputValue();
  // One embed page per chart serves every area; the area is in the address.
  expect(code).toContain('/einbetten/gebiete/trend-anteil_mh/?gebiet=SR2');
  await page.goto('/einbetten/gebiete/trend-anteil_mh/?gebiet=SR2');
  await expect(page.getByTestId('chart-trend-anteil_mh')).toBeVisible();
  await expect(page.locator('.chart')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/: Hamm-Westen$/);
  // The same numbers as on the profile.
  const zahlen = (l: import('@playwright/test').Locator) => l.locator('circle.punkt').evaluateAll((cs) => cs.map((c) => c.querySelector('title')?.textContent));
  const eingebettet = await zahlen(page.getByTestId('chart-trend-anteil_mh'));
  await page.goto('/gebiete/SR2/');
  expect(await zahlen(page.getByTestId('chart-trend-anteil_mh'))).toEqual(eingebettet);
  // The address once published for each area forwards to it.
  await page.goto('/gebiete/WB21/');
  const name = (await page.getByRole('heading', { level: 1 }).evaluate((h) => h.firstChild?.textContent ?? '')).trim();
  await page.goto('/einbetten/gebiete/WB21/trend-anteil_mh/');
  await expect(page).toHaveURL(/\/einbetten\/gebiete\/trend-anteil_mh\/\?gebiet=WB21$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Anteil mit Migrationshintergrund: ${name}`);
  await page.goto('/karte/?indikator=eu2_je_1000');
  await page.getByTestId('einbetten').click();
  expect(await page.getByTestId('einbetten-code').inputValue()).toContain('/einbetten/karte/eu2_je_1000/');
});
