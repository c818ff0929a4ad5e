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
});

test('Integrationskonzept auf Englisch: Texte der Stadt als Deutsch ausgezeichnet, Beträge im englischen Format', async ({ page }) => {
  await page.goto('/en/konzept/ik-2016/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'de');
  await expect(page.getByTestId('kosten-jahr')).toHaveText('€1,499,000');
  await expect(page.getByTestId('konzept-hinweis')).toContainText('not spending');
  await page.goto('/en/konzept/ik-2018/');
  await expect(page.getByTestId('konzept-ziele').locator('li')).toHaveCount(6);
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
