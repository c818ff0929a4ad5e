import { expect, test } from '@playwright/test';
import { csvText } from './helpers';

test('Integrationskonzept: Maßnahmen mit Kosten gegen die Obergrenze, Diagramm mit Tabelle und CSV, Zahlen des Atlas daneben', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Integrationskonzept' }).click();
  await expect(page).toHaveURL(/\/konzept\/$/);
  await expect(page.getByTestId('konzepte').locator('li')).toHaveCount(2);
  await page.getByRole('link', { name: 'Kommunales Integrationskonzept 2016 ff.' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kommunales Integrationskonzept 2016 ff.');
  // Planned amounts of the decision, said to be no spending; items 1–11 within the cap, item 12 one-off apart.
  await expect(page.getByTestId('konzept-hinweis')).toContainText('keine Ausgaben');
  await expect(page.getByTestId('kosten-jahr')).toHaveText('1.499.000 €');
  await expect(page.getByTestId('obergrenze')).toHaveText('1.500.000 €');
  await expect(page.getByTestId('massnahmen').locator('tbody tr')).toHaveCount(12);
  await expect(page.getByTestId('massnahmen').locator('tr[data-nr="12"]')).toContainText('(1.900.000 €)');
  // Chart: eleven annual amounts, largest first, the same numbers in its CSV.
  const chart = page.getByTestId('chart-kosten');
  await expect(chart.locator('.balken-zeile')).toHaveCount(11);
  await expect(chart.locator('.balken-zeile').first()).toContainText('Schulsozialarbeit');
  await expect(chart.locator('.balken-zeile').first().locator('.balken-wert')).toHaveText('650.000 €');
  const csv = await csvText(page, chart);
  expect(csv).toContain(',650000,');
  expect(csv.trim().split('\r\n')).toHaveLength(12);
  // The figure a measure addresses: the atlas's latest official value with its own Stand and mark.
  const zahl = page.getByTestId('massnahmen').locator('tr[data-nr="1"]').getByTestId('konzept-kennzahl');
  await expect(zahl).toContainText(/Stand \d{2}\.\d{2}\.\d{4}/);
  await expect(zahl.getByTestId('badge-amtlich')).toBeVisible();
  // By funding: all twelve are municipal, so one sentence instead of a chart of one bar.
  await expect(page.getByTestId('chart-finanzierung')).toHaveCount(0);
  await expect(page.getByTestId('finanzierung-eine')).toHaveText('Finanzierung: alle Maßnahmen mit jährlichem Ansatz kommunal finanziert (1.499.000 € im Jahr).');
  // The measures as open data: the CSV link serves one row per measure of every concept.
  const link = page.getByTestId('konzept-downloads').getByRole('link', { name: /Alle Maßnahmen als Tabelle/ });
  const res = await page.request.get((await link.getAttribute('href')) ?? '');
  expect(res.ok()).toBe(true);
  const zeilen = (await res.text()).trim().split('\r\n');
  expect(zeilen[0]).toMatch(/^konzept_id,konzept_titel,position,nr,titel,/);
  expect(zeilen).toHaveLength(1 + 12 + 1);
  expect(zeilen[1]).toContain('ik-2016,Kommunales Integrationskonzept 2016 ff.,1,1,Ausbau der Schulsozialarbeit,');
});

test('Maßnahmen in Datenkatalog, Datenpaket, Präsentation und Handout', async ({ page }) => {
  await page.goto('/daten/');
  const eintrag = page.getByTestId('daten-konzept');
  await expect(eintrag.getByRole('heading')).toHaveText('Integrationskonzept');
  await expect(eintrag.getByTestId('massnahmen-csv')).toHaveAttribute('href', '/daten/massnahmen.csv');
  const paket = (await (await page.request.get('/daten/datapackage.json')).json()) as { resources: { name: string; schema?: { primaryKey: string[] } }[] };
  expect(paket.resources.find((r) => r.name === 'massnahmen')?.schema?.primaryKey).toEqual(['konzept_id', 'position']);
  expect(await (await page.request.get('/daten/katalog.ttl')).text()).toContain('/daten/massnahmen.csv#distribution');
  // The slide: measures by annual amount, the total against the cap, planned not spent.
  await page.goto('/praesentation/');
  const folie = page.locator('.folie').filter({ hasText: 'Maßnahmen und Kosten: Kommunales Integrationskonzept 2016 ff.' });
  await expect(folie.locator('.balken-zeile')).toHaveCount(7);
  await expect(folie.locator('.balken-zeile').last()).toContainText('übrige 5 Maßnahmen zusammen');
  await expect(folie.locator('.balken-zeile').last().locator('.balken-wert')).toHaveText('200.000 €');
  await expect(folie.getByTestId('folie-hinweis')).toContainText('1.499.000 € jährlich geplant, Obergrenze 1.500.000 €; Finanzierung: kommunal 1.499.000 €.');
  await expect(folie.getByTestId('folie-hinweis')).toContainText('keine Ausgaben');
  await expect(folie.locator('.folie-fuss')).toContainText('0700/16');
  // On paper: one line on the handout, which still fits one A4 page (druck.spec).
  await page.goto('/handout/');
  await expect(page.getByTestId('handout-konzept')).toContainText('Kommunales Integrationskonzept 2016 ff.: 12 Maßnahmen, 1.499.000 € jährlich geplant');
  await expect(page.getByTestId('handout-konzept')).toContainText('1. Ausbau der Schulsozialarbeit 650.000 €');
});

test('Integrationskonzept auf Englisch: Texte der Stadt als Deutsch ausgezeichnet, Beträge im englischen Format', async ({ page }) => {
  await page.goto('/en/konzept/ik-2016/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'de');
  await expect(page.getByTestId('kosten-jahr')).toHaveText('€1,499,000');
  await expect(page.getByTestId('konzept-hinweis')).toContainText('not spending');
  await page.goto('/en/konzept/ik-2018/');
  await expect(page.getByTestId('konzept-ziele').locator('li')).toHaveCount(6);
  // No measure of the 2018 sources names a goal: it stands after the goals, not under one of them.
  await expect(page.getByRole('heading', { level: 2, name: 'Further measures' })).toBeVisible();
  await expect(page.getByTestId('massnahmen').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('konzept-eckdaten')).toContainText('about 2,600');
});

test('Themenseiten zeigen die Maßnahmen dazu, mit Kosten und Link zum Konzept', async ({ page }) => {
  await page.goto('/themen/migrationshintergrund/');
  const dazu = page.getByTestId('massnahmen-dazu');
  await expect(dazu.getByRole('heading')).toHaveText('Maßnahmen dazu');
  await expect(dazu.locator('li')).toHaveCount(2);
  await expect(dazu).toContainText('Ausbau der Schulsozialarbeit – 650.000 € im Jahr geplant');
  await dazu.getByRole('link', { name: 'Kommunales Integrationskonzept 2016 ff.' }).click();
  await expect(page).toHaveURL(/\/konzept\/ik-2016\/$/);
  await page.goto('/themen/bevoelkerung/');
  await expect(page.getByTestId('massnahmen-dazu')).toHaveCount(0);
});

test('Maßnahmentabelle am Desktop: alle Spalten ohne seitliches Scrollen, die Nummer schmal, der Name der Maßnahme breit', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/konzept/ik-2016/');
  const tabelle = page.getByTestId('massnahmen').first();
  const box = tabelle.locator('xpath=ancestor::div[contains(@class, "tabelle-scroll")][1]');
  expect(await box.evaluate((b) => b.scrollWidth - b.clientWidth)).toBeLessThanOrEqual(0);
  const [nr, name] = await tabelle.locator('thead th').evaluateAll((ths) => ths.slice(0, 2).map((th) => th.getBoundingClientRect().width));
  expect(nr ?? 0).toBeLessThan(80);
  expect(name ?? 0).toBeGreaterThan(3 * (nr ?? 0));
});
