import { expect, test, type Page } from '@playwright/test';
import { fremdeAnfragen } from './helpers';

const flaechen = (page: Page) => page.locator('.karte-leaflet path.gebiet');
const fuellungen = (page: Page) => flaechen(page).evaluateAll((ps) => ps.map((p) => `${p.getAttribute('data-gebiet')}=${p.getAttribute('fill')}`).sort());
const legendenSumme = (page: Page) => page.getByTestId('legende').locator('li').evaluateAll((lis) => lis.reduce((s, li) => s + Number(li.getAttribute('data-anzahl')), 0));

test('Karte: 9 Sozialräume, 27 Wohnbereiche, Legende zählt alle Gebiete, keine fremden Anfragen', async ({ page }) => {
  const foreign = fremdeAnfragen(page);
  await page.goto('/karte/');
  await expect(page.getByTestId('hinweis-schematisch')).toBeVisible();
  await expect(flaechen(page)).toHaveCount(9);
  expect(await legendenSumme(page)).toBe(9);
  await page.getByTestId('karte-ebene').selectOption('wohnbereich');
  await expect(flaechen(page)).toHaveCount(27);
  expect(await legendenSumme(page)).toBe(27);
  await expect(page.getByTestId('karte-tabelle').locator('tbody tr')).toHaveCount(27);
  expect(foreign).toEqual([]);
});

test('Kennzahl und Stichtag färben neu und stehen in der URL; die URL stellt die Ansicht wieder her', async ({ page }) => {
  await page.goto('/karte/');
  await expect(flaechen(page)).toHaveCount(9);
  const vorher = await fuellungen(page);
  await page.getByTestId('karte-indikator').selectOption('eu2_je_1000');
  await expect(page).toHaveURL(/indikator=eu2_je_1000/);
  await expect.poll(() => fuellungen(page)).not.toEqual(vorher);
  const mitIndikator = await fuellungen(page);
  await page.getByTestId('karte-stichtag').fill('0');
  await expect(page.getByTestId('karte-stichtag-text')).toHaveText('31.12.2016');
  await expect(page).toHaveURL(/stichtag=2016-12-31/);
  await expect.poll(() => fuellungen(page)).not.toEqual(mitIndikator);
  await page.getByTestId('karte-klassen').selectOption('quantil');
  const url = page.url();
  const ansicht = await fuellungen(page);
  const tabelle = await page.getByTestId('karte-tabelle').innerText();

  const zweite = await page.context().newPage();
  await zweite.goto(url);
  await expect(zweite.getByTestId('karte-indikator')).toHaveValue('eu2_je_1000');
  await expect(zweite.getByTestId('karte-stichtag-text')).toHaveText('31.12.2016');
  await expect(zweite.getByTestId('karte-klassen')).toHaveValue('quantil');
  await expect.poll(() => fuellungen(zweite)).toEqual(ansicht);
  expect(await zweite.getByTestId('karte-tabelle').innerText()).toBe(tabelle);
});

test('Abspielen schaltet die Stichtage weiter', async ({ page }) => {
  await page.goto('/karte/?stichtag=2016-12-31');
  await expect(page.getByTestId('karte-stichtag-text')).toHaveText('31.12.2016');
  await page.getByTestId('karte-abspielen').click();
  await expect(page.getByTestId('karte-stichtag-text')).toHaveText('31.05.2017', { timeout: 4000 });
  await page.getByTestId('karte-abspielen').click();
  await expect(page.getByTestId('karte-abspielen')).toHaveText('Abspielen');
});

test('nur mit der Tastatur: Gebiet fokussieren zeigt Tooltip und markiert die Tabelle, Enter öffnet das Profil', async ({ page }) => {
  await page.goto('/karte/');
  await expect(flaechen(page)).toHaveCount(9);
  const ziel = page.locator('.karte-leaflet path.gebiet[data-gebiet="SR2"]');
  // Tab until the area has focus: every area is in the tab order.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await ziel.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(ziel).toBeFocused();
  await expect(page.locator('.leaflet-tooltip')).toContainText('Hamm-Westen');
  // The reference is the areas' sum, named as such and marked — never the city's name on invented values.
  await expect(page.locator('.leaflet-tooltip')).toContainText(/Rang \d von 9 \(Beispieldaten\); Summe der Gebiete \(Beispieldaten\): /);
  await expect(page.locator('.leaflet-tooltip')).not.toContainText('Hamm:');
  await expect(page.getByTestId('karte-tabelle').locator('tr.markiert')).toHaveAttribute('data-gebiet', 'SR2');
  await expect(page).toHaveURL(/gebiet=SR2/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/gebiete\/SR2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hamm-Westen');
});

test('passt auf ein Telefon (390 px) ohne waagerechtes Scrollen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/karte/?ebene=wohnbereich');
  await expect(flaechen(page)).toHaveCount(27);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
