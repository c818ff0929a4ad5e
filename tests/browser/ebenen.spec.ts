import { expect, test } from '@playwright/test';
import { FIXTURE_PORT } from './fixture-port';

/**
 * A municipality with three area levels (the Dreistadt fixture, built into out-fixture/ by
 * `npm run build:fixture`): the levels named in its kommune.json everywhere, nothing of the
 * bundled municipality, no page for data it does not have.
 */
test.use({ baseURL: `http://127.0.0.1:${FIXTURE_PORT}` });

test('Gebiete: drei Ebenen verschachtelt, Profil mit Brotkrumen und übergeordnetem Gebiet', async ({ page }) => {
  await page.goto('/gebiete/');
  await expect(page.locator('.lead')).toContainText('2 Bezirke, 4 Stadtteile und 8 Blöcke');
  await expect(page.locator('.gebiete-index > li')).toHaveCount(2);
  await expect(page.locator('.gebiete-index > li > ul > li')).toHaveCount(4);
  await expect(page.locator('.gebiete-index > li > ul > li > ul > li')).toHaveCount(8);
  await page.getByRole('link', { name: 'West 1 Nord' }).click();
  await expect(page).toHaveURL(/\/gebiete\/W1n\/$/);
  await expect(page.getByRole('navigation', { name: 'Brotkrumen' })).toHaveText(/Start › Gebiete › West › West 1 › West 1 Nord/);
  await expect(page.locator('.lead')).toContainText('Block, gehört zu Stadtteil West 1');
  const kopf = await page.locator('table thead th').first().locator('xpath=ancestor::table').locator('thead th').allTextContents();
  expect(kopf).toEqual(['Kennzahl', 'West 1 Nord', 'West 1', 'Dreistadt', 'Rang unter den Blöcken']);
  await page.goto('/gebiete/W/');
  await expect(page.locator('.lead')).toContainText('darin 2 Stadtteile');
  await expect(page.getByRole('heading', { name: 'Stadtteile', level: 2 })).toBeVisible();
});

test('Karte und Vergleich: jede Ebene wählbar, die URL hält sie; geheime Werte bleiben geheim', async ({ page }) => {
  await page.goto('/karte/');
  const ebene = page.getByTestId('karte-ebene');
  expect(await ebene.locator('option').allTextContents()).toEqual(['Bezirke', 'Stadtteile', 'Blöcke']);
  await expect(page.getByTestId('karte-statisch').locator('a[data-gebiet]')).toHaveCount(2);
  await ebene.selectOption('block');
  await expect(page.locator('.karte-leaflet path.gebiet')).toHaveCount(8);
  await expect(page).toHaveURL(/ebene=block/);
  await page.reload();
  await expect(page.locator('.karte-leaflet path.gebiet')).toHaveCount(8);

  await page.goto('/themen/fluechtlinge/');
  const chart = page.getByTestId('chart-vergleich');
  await expect(chart.locator('.balken-zeile')).toHaveCount(2);
  await chart.getByTestId('vergleich-ebene').selectOption('stadtteil');
  await expect(chart.locator('.balken-zeile')).toHaveCount(4);
  await chart.getByTestId('vergleich-ebene').selectOption('block');
  await expect(chart.locator('.balken-zeile')).toHaveCount(8);
  await expect(chart.locator('.balken-zeile', { hasText: 'nicht ausgewiesen' })).toHaveCount(4);
});

test('Downloads und Katalog nennen die eigenen Ebenen; keine Seite ohne Daten, nichts von einer anderen Kommune', async ({ page, request }) => {
  await page.goto('/daten/');
  for (const e of ['stadt', 'bezirk', 'stadtteil', 'block']) await expect(page.getByTestId(`geo-${e}`)).toBeVisible();
  const paket = await (await request.get('/daten/datapackage.json')).json();
  const gebiete = paket.resources.find((r: { name: string }) => r.name === 'gebiete');
  expect(gebiete.schema.fields.find((f: { name: string }) => f.name === 'ebene').constraints.enum).toEqual(['stadt', 'bezirk', 'stadtteil', 'block']);
  expect((await request.get('/daten/katalog.ttl')).ok()).toBe(true);
  // No peer comparison without its IT.NRW exports: no page, no link.
  expect((await request.get('/vergleich/', { maxRedirects: 0 })).status()).toBe(404);
  // Without an integration concept there is no concept page, in no language, and no link to it.
  for (const p of ['/konzept/', '/en/konzept/', '/konzept/-/']) expect((await request.get(p, { maxRedirects: 0 })).status(), p).toBe(404);
  expect(await (await request.get('/')).text()).not.toContain('/konzept/');
  await page.goto('/');
  await expect(page.locator('a[href="/vergleich/"]')).toHaveCount(0);
  for (const seite of ['/', '/gebiete/', '/karte/', '/methodik/', '/daten/', '/handout/', '/themen/bevoelkerung/', '/daten/katalog.ttl', '/daten/datapackage.json']) {
    const text = await (await request.get(seite)).text();
    expect(text, seite).not.toMatch(/hamm|sozialr(au|äu)m|wohnbereich/i);
  }
});

test('Englisch ohne englische Ebenennamen: die deutschen Namen der Kommune stehen als Namen, alles andere englisch', async ({ page }) => {
  await page.goto('/en/gebiete/W1n/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toHaveText(/Home › Areas › West › West 1 › West 1 Nord/);
  await expect(page.locator('.lead')).toContainText('Block, part of the Stadtteil West 1');
  await expect(page.getByTestId('profil-tabelle').locator('thead th').last()).toHaveText('Rank among the Blöcke');
  await page.goto('/en/gebiete/');
  await expect(page.locator('.lead')).toContainText('2 Bezirke, 4 Stadtteile and 8 Blöcke');
});

test('Suche: findet Gebiete jeder Ebene mit dem Namen der Ebene und ihres übergeordneten Gebiets', async ({ page }) => {
  await page.goto('/');
  const feld = page.getByRole('combobox', { name: 'Suche' });
  await feld.fill('west 1 s');
  const option = page.getByTestId('suche-liste').getByRole('option').first();
  await expect(option).toContainText('West 1 Süd');
  await expect(option).toContainText('Block in West 1');
  await feld.press('ArrowDown');
  await feld.press('Enter');
  await expect(page).toHaveURL(/\/gebiete\/W1s\/$/);
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/gebiete/W1s/</loc>');
  expect(sitemap).not.toContain('hamm');
});
