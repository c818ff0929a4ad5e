import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gezeigt } from './helpers';

const BASIS = 'https://integrationsatlas.hamm.de';
type Locator = import('@playwright/test').Locator;
const tabelle = async (chart: Locator) => {
  await chart.locator('.chart-tabelle summary').click();
  return chart.locator('.chart-tabelle table').innerText();
};
/**
 * The chart of a page just opened shows the same table as `vorher`: once the view from the
 * address is on screen (the page restores it after loading), retried until it matches.
 */
const gleicheTabelle = async (chart: Locator, vorher: string) => {
  await expect(chart.getByTestId('vergleich-stichtag')).toHaveValue('2021-12-31');
  await chart.locator('.chart-tabelle summary').click();
  await expect(chart.locator('.chart-tabelle table')).toHaveText(vorher, { useInnerText: true });
};

test('Jede Ansicht ist eine Adresse: Auswahl in der URL, nach dem Neuladen dieselbe; Link kopieren und Einbetten zeigen dieselben Zahlen', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/themen/fluechtlinge/');
  const chart = page.getByTestId('chart-vergleich');
  await chart.getByTestId('vergleich-ebene').selectOption('wohnbereich');
  await gezeigt(page);
  await chart.getByTestId('vergleich-mass').selectOption('anzahl');
  await chart.getByTestId('vergleich-stichtag').selectOption('2021-12-31');
  await expect(page).toHaveURL(/\?vergleich\.ebene=wohnbereich&vergleich\.mass=anzahl&vergleich\.stichtag=2021-12-31$/);
  await expect(chart.getByTestId('chart-beschreibung')).toContainText('31.12.2021');
  const vorher = await tabelle(chart);

  await page.reload();
  await expect(chart.getByTestId('vergleich-ebene')).toHaveValue('wohnbereich');
  await expect(chart.getByTestId('vergleich-mass')).toHaveValue('anzahl');
  await gleicheTabelle(chart, vorher);

  // Copy link: this view and this chart.
  await chart.getByTestId('link-kopieren').click();
  await expect(chart.getByTestId('link-kopieren')).toHaveText('Link kopiert');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${baseURL}/themen/fluechtlinge/?vergleich.ebene=wohnbereich&vergleich.mass=anzahl&vergleich.stichtag=2021-12-31#vergleich`);
  const zweite = await context.newPage();
  await zweite.goto(link);
  await gleicheTabelle(zweite.getByTestId('chart-vergleich'), vorher);

  // The embed code carries the view on screen, and the embed shows the same numbers.
  await chart.getByTestId('einbetten').click();
  const code = await chart.getByTestId('einbetten-code').inputValue();
  const src = /src="([^"]+)"/.exec(code)?.[1] ?? '';
  expect(src).toBe(`${BASIS}/einbetten/fluechtlinge/vergleich/?vergleich.ebene=wohnbereich&amp;vergleich.mass=anzahl&amp;vergleich.stichtag=2021-12-31`);
  await zweite.goto(src.replace(BASIS, baseURL ?? '').replaceAll('&amp;', '&'));
  await gleicheTabelle(zweite.getByTestId('chart-vergleich'), vorher);

  // Back to the default: the address is plain again.
  await page.keyboard.press('Escape');
  await chart.getByTestId('vergleich-ebene').selectOption('sozialraum');
  await chart.getByTestId('vergleich-mass').selectOption({ index: 0 });
  await chart.getByTestId('vergleich-stichtag').selectOption({ index: (await chart.getByTestId('vergleich-stichtag').locator('option').count()) - 1 });
  await expect(page).toHaveURL(/\/themen\/fluechtlinge\/$/);
});

test('Unbekannte Werte im Link: Hinweis und Standardansicht, keine Fehlerseite; andere Karten behalten ihre Auswahl', async ({ page }) => {
  await page.goto('/themen/fluechtlinge/?vergleich.ebene=%3Cscript%3Ealert(1)%3C%2Fscript%3E&zusammensetzung.gebiet=SR2');
  const chart = page.getByTestId('chart-vergleich');
  await expect(chart.getByTestId('ansicht-falsch')).toHaveText('Die Auswahl „<script>alert(1)</script>“ aus dem Link gibt es hier nicht; gezeigt wird die Standardansicht.');
  await expect(chart.getByTestId('vergleich-ebene')).toHaveValue('sozialraum');
  const status = page.getByTestId('chart-zusammensetzung');
  await expect(status.getByTestId('zusammensetzung-gebiet')).toHaveValue('SR2');
  await expect(status.getByTestId('ansicht-falsch')).toHaveCount(0);
  // Choosing a valid value clears the wrong one from the address and the notice.
  await chart.getByTestId('vergleich-ebene').selectOption('wohnbereich');
  await expect(chart.getByTestId('ansicht-falsch')).toHaveCount(0);
  await expect(page).toHaveURL(/\?vergleich\.ebene=wohnbereich&zusammensetzung\.gebiet=SR2$/);
});

test('Ohne JavaScript zeigt die Seite die Standardansicht', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto('/themen/fluechtlinge/?vergleich.ebene=wohnbereich');
  await expect(page.getByTestId('vergleich-ebene')).toHaveValue('sozialraum');
  await ctx.close();
});

test('Karte: unbekannte Werte im Link zeigen einen Hinweis und die Standardansicht', async ({ page }) => {
  await page.goto('/karte/?indikator=gibtsnicht&stichtag=1900-01-01');
  await expect(page.getByTestId('ansicht-falsch')).toContainText('Die Auswahl „gibtsnicht“ aus dem Link gibt es hier nicht');
  await expect(page.getByTestId('ansicht-falsch')).toContainText('„1900-01-01“');
  await expect(page.getByTestId('karte-indikator')).toHaveValue(/.+/);
});

test('Karte: CSV der gezeigten Ansicht mit dem Wert der Stadt', async ({ page }) => {
  await page.goto('/karte/?indikator=anteil_mh&ebene=wohnbereich&stichtag=2017-05-31');
  await expect(page.locator('.karte-leaflet path.gebiet')).toHaveCount(27);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-download').click()]);
  const zeilen = readFileSync((await download.path()) ?? '', 'utf8').trim().split('\r\n');
  expect(zeilen[0]).toMatch(/^stichtag,kategorie_id,kategorie,/);
  expect(zeilen).toHaveLength(1 + 27 + 1);
  expect(zeilen.at(-1)).toMatch(/^2017-05-31,stadt,Stadt insgesamt,/);
  const tabelle = await page.getByTestId('karte-tabelle').locator('tbody td.num[data-wert]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-wert')).filter((x) => x !== ''));
  for (const wert of tabelle.slice(0, 5)) expect(zeilen.some((z) => z.includes(`,${Math.round(Number(wert) * 1000) / 1000},`))).toBe(true);
});

test('Tabellen sortieren: per Tastatur, angesagt, aria-sort, die Reihenfolge in der Adresse; der Vergleichswert bleibt unten', async ({ page }) => {
  await page.goto('/themen/fluechtlinge/');
  const chart = page.getByTestId('chart-vergleich');
  await chart.locator('summary').click();
  const tabelle = chart.getByTestId('datentabelle');
  const werte = async () => (await tabelle.locator('tbody tr:not(.referenz-zeile) td[data-wert]').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-wert')))));
  const kopf = tabelle.locator('thead th').nth(1);
  await kopf.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(kopf).toHaveAttribute('aria-sort', 'ascending');
  const auf = await werte();
  expect(auf).toEqual([...auf].sort((a, b) => a - b));
  await expect(chart.getByTestId('sort-ansage')).toHaveText(/^Sortiert nach .+, aufsteigend$/);
  await expect(page).toHaveURL(/vergleich\.sort=[^&]+%3Aauf/);
  await page.keyboard.press('Space');
  await expect(kopf).toHaveAttribute('aria-sort', 'descending');
  const ab = await werte();
  expect(ab).toEqual([...ab].sort((a, b) => b - a));
  await expect(tabelle.locator('tbody tr').last()).toHaveClass(/referenz-zeile/);
  // Reload: the same order.
  await page.reload();
  await chart.locator('summary').click();
  await expect(kopf).toHaveAttribute('aria-sort', 'descending');
  expect(await werte()).toEqual(ab);
  // By name, then back to the table's own order.
  const name = tabelle.locator('thead th').first();
  await name.getByRole('button').click();
  const namen = await tabelle.locator('tbody tr:not(.referenz-zeile) th').allInnerTexts();
  expect(namen).toEqual([...namen].sort((a, b) => a.localeCompare(b, 'de')));
  await name.getByRole('button').click();
  await name.getByRole('button').click();
  await expect(name).not.toHaveAttribute('aria-sort', /.+/);
  await expect(page).not.toHaveURL(/sort=/);
});

test('Eine sortierte Tabelle bleibt sortiert, wenn die Karte eine andere Auswahl zeigt; eine falsche Reihenfolge im Link wird gemeldet', async ({ page }) => {
  const fehler: string[] = [];
  page.on('pageerror', (e) => fehler.push(e.message));
  page.on('console', (m) => m.type() === 'error' && fehler.push(m.text()));
  const chart = page.getByTestId('chart-vergleich');
  const tabelle = chart.getByTestId('datentabelle');
  const werte = async () => (await tabelle.locator('tbody tr:not(.referenz-zeile) td[data-wert]').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-wert')))));
  // The order from the address, applied once the page has hydrated (no mismatch, no error).
  await page.goto('/themen/fluechtlinge/?vergleich.sort=kategorie%3Aab');
  await chart.locator('summary').click();
  const name = tabelle.locator('thead th').first();
  await expect(name).toHaveAttribute('aria-sort', 'descending');
  const namen = await tabelle.locator('tbody tr:not(.referenz-zeile) th').allInnerTexts();
  expect(namen).toEqual([...namen].sort((a, b) => b.localeCompare(a, 'de')));
  // Sorted by value, then another level: React renders new rows, they are sorted again.
  await tabelle.locator('thead th').nth(1).getByRole('button').click();
  await tabelle.locator('thead th').nth(1).getByRole('button').click();
  const vorher = await werte();
  await chart.getByTestId('vergleich-ebene').selectOption('wohnbereich');
  await expect.poll(async () => (await werte()).length).not.toBe(vorher.length);
  const nachher = await werte();
  expect(nachher).toEqual([...nachher].sort((a, b) => b - a));
  await expect(tabelle.locator('tbody tr').last()).toHaveClass(/referenz-zeile/);
  await expect(tabelle.locator('thead th').nth(1)).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/vergleich\.ebene=wohnbereich/);
  await expect(page).toHaveURL(/vergleich\.sort=[^&]+%3Aab/);
  // A wrong order in the link: said, and the table in its own order.
  await page.goto('/themen/fluechtlinge/?vergleich.sort=%3Cb%3Ex%3C%2Fb%3E%3Aauf');
  await expect(chart.getByTestId('sort-falsch')).toHaveText('Die Auswahl „<b>x</b>:auf“ aus dem Link gibt es hier nicht; gezeigt wird die Standardansicht.');
  await chart.locator('summary').click();
  await expect(chart.getByTestId('sort-falsch')).toBeVisible();
  await expect(tabelle.locator('thead th[aria-sort]')).toHaveCount(0);
  expect(fehler).toEqual([]);
});
