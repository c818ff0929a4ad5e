import { expect, test, type Page } from '@playwright/test';
import { absicht, beobachten, fremdeAnfragen, laufzeitZurueckhalten } from './helpers';

/** The areas of the interactive map (Leaflet). */
const flaechen = (page: Page) => page.locator('.karte-leaflet path.gebiet');
/** The areas of the static view in the page's HTML, each a link to its profile. */
const statisch = (page: Page) => page.getByTestId('karte-statisch').locator('a[data-gebiet]');
const fuellungen = (page: Page) => flaechen(page).evaluateAll((ps) => ps.map((p) => `${p.getAttribute('data-gebiet')}=${p.getAttribute('fill')}`).sort());
const legendenSumme = (page: Page) => page.getByTestId('legende').locator('li').evaluateAll((lis) => lis.reduce((s, li) => s + Number(li.getAttribute('data-anzahl')), 0));

test('Karte: die Standardansicht steht ohne Framework im HTML (9 Sozialräume als Links zum Profil); eine Wahl lädt es, dann zeigt Leaflet 27 Wohnbereiche; keine fremden Anfragen, keine Fehler', async ({ page }) => {
  const foreign = fremdeAnfragen(page);
  const { skripte, fehler } = beobachten(page);
  await page.goto('/karte/');
  await expect(page.getByTestId('hinweis-schematisch')).toBeVisible();
  await expect(statisch(page)).toHaveCount(9);
  await expect(statisch(page).first()).toHaveAttribute('href', /^\/gebiete\/SR\d+\/$/);
  await expect(statisch(page).first()).toHaveAttribute('aria-label', /: .+; Rang \d von 9 \(Beispieldaten\).*Enter öffnet das Profil/);
  expect(await legendenSumme(page)).toBe(9);
  await page.waitForLoadState('networkidle');
  expect(skripte.filter((s) => !s.includes('/rahmen-'))).toEqual([]);
  await expect(flaechen(page)).toHaveCount(0);

  await page.getByTestId('karte-ebene').selectOption('wohnbereich');
  await expect(page).toHaveURL(/[?&]ebene=wohnbereich/);
  await expect(flaechen(page)).toHaveCount(27);
  await expect(page.getByTestId('karte-statisch')).toHaveCount(0);
  expect(await legendenSumme(page)).toBe(27);
  await expect(page.getByTestId('karte-tabelle').locator('tbody tr')).toHaveCount(27);
  expect(foreign).toEqual([]);
  expect(fehler).toEqual([]);
});

for (const breite of [1280, 390])
  test(`Leaflet ersetzt die statische Ansicht an derselben Stelle (${breite} px)`, async ({ page }) => {
    await page.setViewportSize({ width: breite, height: 900 });
    await page.goto('/karte/');
    const vorher = await Promise.all(['SR1', 'SR5', 'SR9'].map((id) => page.locator(`[data-testid="karte-statisch"] a[data-gebiet="${id}"] path.flaeche`).boundingBox()));
    await absicht(page);
    const nachher = await Promise.all(['SR1', 'SR5', 'SR9'].map((id) => flaechen(page).and(page.locator(`[data-gebiet="${id}"]`)).boundingBox()));
    for (const [i, v] of vorher.entries()) {
      const n = nachher[i];
      expect(v && n).toBeTruthy();
      // The same place within a pixel (Leaflet rounds its origin to whole pixels); the stroke is in the box.
      for (const k of ['x', 'y', 'width', 'height'] as const) expect(Math.abs((v?.[k] ?? 0) - (n?.[k] ?? 99)), `${i} ${k}`).toBeLessThan(2);
    }
  });

test('Kennzahl und Stichtag färben neu und stehen in der URL; die URL stellt die Ansicht wieder her', async ({ page }) => {
  await page.goto('/karte/');
  await absicht(page);
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

test('Regler und Abspielen, bevor das Framework läuft, wirken, sobald es läuft', async ({ page }) => {
  const { fehler } = beobachten(page);
  // The framework's scripts are held back until both are used: the frame alone takes them.
  const freigeben = await laufzeitZurueckhalten(page);
  await page.goto('/karte/');
  await page.getByTestId('karte-stichtag').fill('0');
  await page.getByTestId('karte-abspielen').click();
  await expect(page).toHaveURL(/stichtag=2016-12-31/);
  await expect(page.locator('html')).not.toHaveAttribute('data-hydriert');
  freigeben();
  await expect(page.getByTestId('karte-stichtag-text')).toHaveText('31.12.2016');
  await expect(page.getByTestId('karte-abspielen')).toHaveText('Pause');
  await expect(page.getByTestId('karte-stichtag-text')).toHaveText('31.05.2017', { timeout: 6000 });
  await page.getByTestId('karte-abspielen').click();
  await expect(page.getByTestId('karte-abspielen')).toHaveText('Abspielen');
  expect(fehler).toEqual([]);
});

test('Abspielen schaltet die Stichtage weiter', async ({ page }) => {
  await page.goto('/karte/?stichtag=2016-12-31');
  await expect(page.getByTestId('karte-stichtag-text')).toHaveText('31.12.2016');
  await page.getByTestId('karte-abspielen').click();
  await expect(page.getByTestId('karte-stichtag-text')).toHaveText('31.05.2017', { timeout: 4000 });
  await page.getByTestId('karte-abspielen').click();
  await expect(page.getByTestId('karte-abspielen')).toHaveText('Abspielen');
});

test('nur mit der Tastatur: ein Gebiet fokussieren (erst in der statischen Ansicht, dann auf der Karte) zeigt Tooltip und markiert die Tabelle, Enter öffnet das Profil', async ({ page }) => {
  await page.goto('/karte/');
  // Tab until an element of area SR2 has focus: every area is in the tab order, in the static view and on the map.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('data-gebiet') === 'SR2')) break;
  }
  // Once Leaflet has replaced the static view, the focus is on the same area of the map.
  const ziel = flaechen(page).and(page.locator('[data-gebiet="SR2"]'));
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

/** The names on a map that are shown, and any two of them that overlap. */
const namen = (page: Page, karte: string) =>
  page.locator(`${karte} .karte-label > span`).evaluateAll((es) => {
    const sichtbar = es.filter((e) => getComputedStyle(e).visibility !== 'hidden');
    const r = sichtbar.map((e) => e.getBoundingClientRect());
    const ueber: string[] = [];
    for (let i = 0; i < r.length; i++)
      for (let j = i + 1; j < r.length; j++) {
        const [a, b] = [r[i] as DOMRect, r[j] as DOMRect];
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) ueber.push(`${sichtbar[i]?.textContent} × ${sichtbar[j]?.textContent}`);
      }
    return { gezeigt: sichtbar.map((e) => e.textContent ?? '').sort(), alle: es.length, ueber };
  });

test('Namen auf der Karte überdecken sich nie: auf dem Telefon weicht der Name des kleineren Gebiets, statisch wie in Leaflet, und kommt beim Vergrößern zurück', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/karte/');
  const breit = await namen(page, '.karte-statisch');
  expect(breit.alle).toBe(9);
  expect(breit.ueber).toEqual([]);
  expect(breit.gezeigt).toHaveLength(9);
  await page.setViewportSize({ width: 320, height: 800 });
  // The frame script orders them again on resize (in the next frame).
  await expect.poll(async () => (await namen(page, '.karte-statisch')).gezeigt.length).toBeLessThan(9);
  const schmal = await namen(page, '.karte-statisch');
  expect(schmal.ueber).toEqual([]);
  await absicht(page);
  const leaflet = await namen(page, '.karte-leaflet');
  expect(leaflet.ueber).toEqual([]);
  // The interactive map keeps the names the static view kept: swapping them changes nothing under the reader's eyes.
  expect(leaflet.gezeigt).toEqual(schmal.gezeigt);
  await page.locator('.leaflet-control-zoom-in').click();
  await expect.poll(async () => (await namen(page, '.karte-leaflet')).gezeigt.length).toBeGreaterThan(leaflet.gezeigt.length);
  expect((await namen(page, '.karte-leaflet')).ueber).toEqual([]);
});
