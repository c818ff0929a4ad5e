import { expect, test } from '@playwright/test';
import { beobachten, csvWerte, fremdeAnfragen, gezeigt, laufzeitZurueckhalten, sorted, tabellenWerte } from './helpers';

const THEMEN = [
  ['bevoelkerung', 'Bevölkerung'],
  ['migrationshintergrund', 'Migrationshintergrund'],
  ['staatsangehoerigkeiten', 'Staatsangehörigkeiten'],
  ['fluechtlinge', 'Flüchtlinge'],
  ['zuwanderung-suedosteuropa', 'Zuwanderung Südosteuropa'],
] as const;

for (const [id, titel] of THEMEN) {
  test.describe(`Themenseite ${titel}`, () => {
    test('Zeitreihe und Vergleich: Tabelle zeigt dieselben Zahlen wie der CSV-Download', async ({ page }) => {
      const foreign = fremdeAnfragen(page);
      await page.goto(`/themen/${id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(titel);
      for (const chartId of ['zeitreihe', 'vergleich']) {
        const chart = page.getByTestId(`chart-${chartId}`);
        await expect(chart.getByRole('heading', { level: 2 })).toBeVisible();
        await expect(chart.locator('.chart-fuss')).toContainText('Stand:');
        await expect(chart.locator('.chart-fuss')).toContainText('Datenlizenz Deutschland – Namensnennung');
        const csv = await csvWerte(chart);
        expect(csv.length).toBeGreaterThan(0);
        expect(sorted(await tabellenWerte(chart))).toEqual(sorted(csv));
      }
      await expect(page.getByTestId('chart-zeitreihe').locator('svg.linien-svg circle').first()).toBeVisible();
      expect(foreign).toEqual([]);
    });

    test('Auswahl von Ebene und Stichtag ändert Diagramm, Tabelle und Download', async ({ page }) => {
      await page.goto(`/themen/${id}/`);
      const chart = page.getByTestId('chart-vergleich');
      await expect(chart.locator('.balken-zeile')).toHaveCount(9);
      const vorher = await csvWerte(chart);
      await chart.getByTestId('vergleich-ebene').selectOption('wohnbereich');
      await gezeigt(page);
      await expect(chart.locator('.balken-zeile')).toHaveCount(27);
      const stichtage = await chart.getByTestId('vergleich-stichtag').locator('option').allTextContents();
      expect(stichtage).toContain('31.12.2016');
      await chart.getByTestId('vergleich-stichtag').selectOption({ label: '31.12.2016' });
      await expect(chart.locator('.chart-beschreibung')).toContainText('31.12.2016');
      const nachher = await csvWerte(chart);
      // 27 areas and the dashed reference line (the city's value or the areas' sum) as its own row.
      expect(nachher).toHaveLength(28);
      expect(nachher).not.toEqual(vorher);
      expect(sorted(await tabellenWerte(chart))).toEqual(sorted(nachher));
      await chart.getByTestId('vergleich-mass').selectOption({ index: 1 });
      expect(await csvWerte(chart)).not.toEqual(nachher);
    });

    test('ist ohne JavaScript lesbar: Diagramme stehen im HTML', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/themen/${id}/`);
      await expect(page.getByTestId('chart-zeitreihe').locator('svg.linien-svg').first()).toBeVisible();
      await expect(page.getByTestId('chart-vergleich').locator('.balken-zeile')).toHaveCount(9);
      await page.getByTestId('chart-vergleich').locator('summary').click();
      await expect(page.getByTestId('chart-vergleich').getByTestId('datentabelle')).toBeVisible();
      await context.close();
    });
  });
}

test('Eine Wahl vor dem Start des Frameworks bleibt, auch wenn es beim Hydrieren die Adresse zurücksetzt, mit der es begann', async ({ page }) => {
  const { fehler } = beobachten(page);
  await page.goto('/themen/bevoelkerung/');
  const chart = page.getByTestId('chart-vergleich');
  await expect(chart.locator('.balken-zeile')).toHaveCount(9);
  const freigeben = await laufzeitZurueckhalten(page);
  await chart.getByTestId('vergleich-ebene').selectOption('wohnbereich');
  await expect(page).toHaveURL(/wohnbereich/);
  // What Next's router does while React hydrates (HistoryUpdater): it puts back the address it
  // started with. Here before it starts, so that the order is certain, not a race.
  await page.evaluate(() => window.history.replaceState(window.history.state, '', window.location.pathname));
  freigeben();
  await expect(page.locator('html')).toHaveAttribute('data-hydriert');
  await expect(chart.locator('.balken-zeile')).toHaveCount(27);
  await expect(chart.getByTestId('vergleich-ebene')).toHaveValue('wohnbereich');
  await expect(page).toHaveURL(/wohnbereich/);
  expect(fehler).toEqual([]);
});

test('Flüchtlinge nach Status: Stapel mit vorrangiger Integration und Rückführung, Stichtag 31.05.2017 amtlich', async ({ page }) => {
  await page.goto('/themen/fluechtlinge/');
  const chart = page.getByTestId('chart-zusammensetzung');
  await expect(chart.locator('.stapel-zeile')).toHaveCount(2);
  await chart.getByTestId('zusammensetzung-stichtag').selectOption({ label: '31.05.2017' });
  await expect(chart.locator('.stapel-zeile').first()).toContainText('1.416');
  await expect(chart.locator('.stapel-zeile').nth(1)).toContainText('725');
  expect(sorted(await csvWerte(chart))).toEqual([180, 196, 529, 1236]);
  await expect(chart.getByTestId('chart-beispieldaten')).toHaveCount(0);
});

test('Staatsangehörigkeiten: Länder oder Kontinente, nie doppelt gezählt', async ({ page }) => {
  await page.goto('/themen/staatsangehoerigkeiten/');
  const chart = page.getByTestId('chart-zusammensetzung');
  await expect(chart.locator('.balken-zeile').first()).toContainText('Türkei');
  // IT.NRW rounds every count to 5: the countries add up to 35.785, not 35.810 — said, not invented as a category.
  const laender = await csvWerte(chart);
  expect(laender.reduce((a, b) => a + b, 0)).toBe(35785);
  await expect(chart).toContainText('Die Länder ergeben zusammen 35.785, alle Ausländerinnen und Ausländer 35.810');
  await expect(chart.locator('.balken-zeile', { hasText: 'nicht nach Land' })).toHaveCount(0);
  await chart.getByTestId('zusammensetzung-modus').selectOption('kontinent');
  await expect(chart.locator('.balken-zeile').first()).toContainText('Europa');
  const kontinente = await csvWerte(chart);
  expect(kontinente.reduce((a, b) => a + b, 0)).toBe(35810);
});
