import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { beobachten, laufzeitZurueckhalten } from './helpers';

const zeile = (tabelle: import('@playwright/test').Locator, indikator: string) => tabelle.locator(`tr[data-indikator="${indikator}"]`);

test('Zwei oder drei Gebiete nebeneinander mit dem Wert der Stadt; die Auswahl steht in der Adresse', async ({ page }) => {
  await page.goto('/gebiete/');
  await page.getByTestId('vergleichen-link').click();
  await expect(page).toHaveURL(/\/gebiete\/vergleich\/$/);
  const tabelle = page.getByTestId('nebeneinander-tabelle');
  await expect(tabelle.locator('thead th')).toHaveCount(1 + 2 + 1);
  await expect(tabelle.locator('thead th').last()).toHaveText('Hamm');
  await page.getByTestId('vergleich-gebiet-3').selectOption('WB11');
  await expect(page).toHaveURL(/\?gebiete=SR1%2CSR2%2CWB11$/);
  await expect(tabelle.locator('thead th')).toHaveCount(1 + 3 + 1);
  // The same numbers as on each area's own profile.
  const einwohner = await zeile(tabelle, 'einwohner').locator('td').allInnerTexts();
  const adresse = page.url();
  await page.goto('/gebiete/WB11/');
  const profil = await page.getByTestId('profil-tabelle').locator('tr[data-indikator="einwohner"] td').first().innerText();
  expect(einwohner[2]).toBe(profil);
  // The address alone brings the view back.
  await page.goto(adresse);
  await expect(page.getByTestId('vergleich-gebiet-3')).toHaveValue('WB11');
  // Marks: illustrative values carry their asterisk.
  await expect(tabelle.locator('td.ill').first()).toContainText('*');
});

test('Ohne Zutun nur HTML und Rahmenskript; Gebiet und Stichtag, gewählt bevor das Framework läuft, gelten, sobald es läuft', async ({ page }) => {
  const { skripte, fehler } = beobachten(page);
  await page.goto('/gebiete/vergleich/');
  await page.waitForLoadState('networkidle');
  expect(skripte).toEqual([expect.stringMatching(/\/rahmen-[0-9A-Za-z]+\.js$/)]);
  // The framework's scripts are held back until both choices are made: the frame alone takes them.
  const freigeben = await laufzeitZurueckhalten(page);
  await page.getByTestId('vergleich-gebiet-3').selectOption('WB11');
  await page.getByTestId('vergleich-stichtag').selectOption('2017-05-31');
  await expect(page).toHaveURL(/\?stichtag=2017-05-31$/);
  await expect(page.locator('html')).not.toHaveAttribute('data-hydriert');
  freigeben();
  const tabelle = page.getByTestId('nebeneinander-tabelle');
  await expect(tabelle.locator('thead th')).toHaveCount(1 + 3 + 1);
  await expect(page).toHaveURL(/stichtag=2017-05-31/);
  await expect(page).toHaveURL(/gebiete=SR1%2CSR2%2CWB11/);
  await expect(tabelle.locator('caption')).toContainText('31.05.2017');
  await expect(page.getByTestId('vergleich-gebiet-3')).toHaveValue('WB11');
  expect(fehler).toEqual([]);
});

test('Ein Gebiet an zwei Stichtagen: Veränderung, bei Anteilen in Prozentpunkten, nie über einen Reihenbruch', async ({ page }) => {
  await page.goto('/gebiete/SR2/');
  await page.getByTestId('vergleichen-link').click();
  await expect(page.getByTestId('zwei-gebiet')).toHaveValue('SR2');
  const t = page.getByTestId('zwei-tabelle');
  // Across the census rebasing (break at 31.12.2023) no change is computed.
  await page.getByTestId('zwei-von').selectOption('2022-12-31');
  await page.getByTestId('zwei-bis').selectOption('2024-12-31');
  await expect(page).toHaveURL(/von=2022-12-31/);
  await expect(zeile(t, 'einwohner').getByTestId('veraenderung')).toHaveText('nicht vergleichbar (Reihenbruch)');
  await expect(zeile(t, 'einwohner').getByTestId('veraenderung')).toHaveAttribute('title', /Zensus/);
  // Within one basis the change is bis − von (and in per cent for counts).
  await page.getByTestId('zwei-von').selectOption('2023-12-31');
  const [a, b, d] = await zeile(t, 'einwohner').locator('td').allInnerTexts();
  const zahl = (s?: string) => Number((s ?? '').replace(/\*/g, '').replace(/[^\d,−+-]/g, '').replace(',', '.').replace('−', '-'));
  expect(zahl(d?.split(' (')[0])).toBe(zahl(b) - zahl(a));
  expect(d).toMatch(/\(([+−]\d+,\d|±0) %\)/);
  await expect(zeile(t, 'anteil_mh').getByTestId('veraenderung')).toHaveText(/Prozentpunkte|kein Wert|nicht vergleichbar/);
});

test('Unbekannte Gebiete im Link: Hinweis und Standardansicht; axe ohne Verstöße', async ({ browser }) => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto('/gebiete/vergleich/?gebiete=XX9&stichtag=1999-01-01');
  await expect(page.getByTestId('ansicht-falsch')).toContainText('„XX9“');
  await expect(page.getByTestId('ansicht-falsch')).toContainText('„1999-01-01“');
  await expect(page.getByTestId('nebeneinander-tabelle').locator('thead th')).toHaveCount(4);
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(r.violations.map((v) => v.id)).toEqual([]);
  await ctx.close();
});

test('Gebiete vergleichen auf Englisch', async ({ page }) => {
  await page.goto('/en/gebiete/vergleich/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare areas');
  await expect(page.getByTestId('zwei-tabelle').locator('caption')).toContainText(' and ');
});
