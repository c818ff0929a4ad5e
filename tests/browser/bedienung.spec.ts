import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

test('nur mit der Tastatur: Stichtag und Ebene wählen, Tabelle öffnen, CSV laden, Diagramm Wert für Wert erkunden', async ({ page }) => {
  await page.goto('/themen/bevoelkerung/');
  const vergleich = page.getByTestId('chart-vergleich');
  // Selectors: focus, change with the arrow keys; the description (a live region) follows.
  const ebene = vergleich.getByTestId('vergleich-ebene');
  await ebene.focus();
  await page.keyboard.press('ArrowDown');
  await expect(ebene).toHaveValue('wohnbereich');
  await expect(vergleich.getByTestId('chart-beschreibung')).toContainText('Wohnbereiche im Vergleich');
  await expect(vergleich.getByTestId('chart-kurz')).toContainText('27 Werte');
  // The table: Enter on its summary opens it.
  await vergleich.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(vergleich.locator('details.chart-tabelle')).toHaveAttribute('open', '');
  // The CSV: Enter on the link downloads exactly the shown numbers.
  await vergleich.getByTestId('csv-download').focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(readFileSync((await download.path()) ?? '', 'utf8').split('\n').length).toBeGreaterThan(27);

  // The line chart is one tab stop; arrows move from value to value and read it out.
  const zeitreihe = page.getByTestId('chart-zeitreihe');
  await expect(zeitreihe.locator('circle[tabindex]')).toHaveCount(0);
  const nav = zeitreihe.getByTestId('punkt-navigation');
  await nav.focus();
  const ansage = zeitreihe.getByTestId('punkt-ansage');
  await expect(ansage).toContainText('31.12.2024');
  await expect(zeitreihe.locator('circle.aktiv')).toHaveCount(1);
  await page.keyboard.press('Home');
  await expect(ansage).toContainText('31.05.2017: 179.921');
  await page.keyboard.press('ArrowRight');
  await expect(ansage).toContainText('31.12.2018: 179.111; Reihenbruch ab 31.12.2018');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(ansage).toContainText('31.05.2017');
  await page.keyboard.press('End');
  await expect(ansage).toContainText('31.12.2024');
  // Tab leaves the chart at once (no stop per point).
  await page.keyboard.press('Tab');
  await expect(nav).not.toBeFocused();
});

test('jedes Diagramm sagt in Worten, was es zeigt', async ({ page }) => {
  await page.goto('/themen/migrationshintergrund/');
  const charts = page.locator('figure.chart');
  const n = await charts.count();
  expect(n).toBeGreaterThan(1);
  for (let i = 0; i < n; i++) {
    const c = charts.nth(i);
    const kurz = c.getByTestId('chart-kurz');
    await expect(kurz).toContainText(/Kurz gesagt: \S+/);
    expect(await c.getAttribute('aria-describedby')).toBe(await kurz.getAttribute('id'));
  }
  await expect(page.getByTestId('chart-zeitreihe').getByTestId('chart-kurz')).toContainText('29,7 % (31.05.2017)');
});

test('Darstellung: dunkel nach System, hell oder dunkel wählbar, hoher Kontrast bleibt gespeichert; Bilder bleiben weiß', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ colorScheme: 'dark', baseURL });
  const page = await context.newPage();
  const hintergrund = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.goto('/themen/bevoelkerung/');
  expect(await hintergrund()).toBe('rgb(18, 22, 25)');
  await page.getByTestId('farbschema').selectOption('hell');
  expect(await hintergrund()).toBe('rgb(255, 255, 255)');
  await page.getByTestId('farbschema').selectOption('system');
  await page.getByTestId('kontrast').check();
  await expect(page.locator('html')).toHaveAttribute('data-kontrast', 'hoch');
  expect(await hintergrund()).toBe('rgb(0, 0, 0)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-kontrast', 'hoch');
  await expect(page.getByTestId('kontrast')).toBeChecked();
  // Exported images are for documents: white, whatever the screen shows.
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('chart-zeitreihe').getByTestId('bild-svg').click()]);
  expect(readFileSync((await svg.path()) ?? '', 'utf8')).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
  await context.close();
});

test('Impressum, Datenschutz und Erklärung zur Barrierefreiheit: aus kommune.json, von jeder Seite verlinkt, fehlende Angaben als fehlend', async ({ page }) => {
  for (const seite of ['/themen/fluechtlinge/', '/gibt-es-nicht/']) {
    await page.goto(seite);
    const recht = page.getByRole('navigation', { name: 'Rechtliches' });
    for (const link of ['Impressum', 'Datenschutz', 'Barrierefreiheit', 'Barriere melden']) await expect(recht.getByRole('link', { name: link, exact: true })).toBeVisible();
  }
  await page.goto('/impressum/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Impressum');
  await expect(page.getByTestId('impressum-anschrift').getByTestId('angabe-fehlt')).toHaveText('noch nicht eingetragen');
  await page.goto('/datenschutz/');
  await expect(page.locator('main')).toContainText('keine Cookies');
  await expect(page.getByRole('link', { name: /Landesbeauftragte für Datenschutz/ })).toHaveAttribute('href', 'https://www.ldi.nrw.de/');
  await page.goto('/barrierefreiheit/');
  await expect(page.getByTestId('maengel').locator('li')).not.toHaveCount(0);
  await expect(page.getByTestId('schlichtung').getByRole('link', { name: /Ombudsstelle/ })).toHaveAttribute('href', /^https:\/\//);
  await expect(page.getByTestId('feedback')).toBeVisible();
});

test('Achsenbeschriftungen bleiben auf einem 320-px-Schirm lesbar (mindestens 11 px)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const seite of ['/themen/bevoelkerung/', '/gebiete/WB21/']) {
    await page.goto(seite);
    const groesse = await page
      .locator('svg.linien-svg text.achse')
      .filter({ visible: true })
      .first()
      .evaluate((t) => {
        const svg = (t as SVGTextElement).ownerSVGElement as SVGSVGElement;
        return parseFloat(getComputedStyle(t).fontSize) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
      });
    expect(groesse, seite).toBeGreaterThanOrEqual(11);
  }
});

test('Leichte Sprache: von Start und Fuß verlinkt, die Zahlen aus den veröffentlichten Kennzahlen, amtlich oder Beispiel in Worten', async ({ page }) => {
  const { kennzahlen } = JSON.parse(readFileSync(path.resolve(__dirname, '../../data/published/kennzahlen.json'), 'utf8')) as { kennzahlen: { id: string; wert: number | null; illustrativ: boolean; art: string }[] };
  await page.goto('/');
  await page.getByTestId('link-leichte-sprache').click();
  await expect(page).toHaveURL(/\/leichte-sprache\/$/);
  await expect(page.getByRole('navigation', { name: 'Rechtliches' }).getByRole('link', { name: 'Leichte Sprache' })).toBeVisible();
  const einwohner = kennzahlen.find((k) => k.id === 'einwohner');
  expect(einwohner?.wert).toBeTruthy();
  await expect(page.getByTestId('leicht-einwohner')).toContainText(`wohnen ${new Intl.NumberFormat('de-DE').format(einwohner?.wert ?? 0)} Menschen`);
  for (const k of kennzahlen.filter((x) => x.art === 'anzahl' && x.wert !== null)) {
    const abschnitt = page.getByTestId(`leicht-${k.id}`);
    if (!(await abschnitt.count())) continue;
    await expect(abschnitt).toContainText(new Intl.NumberFormat('de-DE').format(k.wert ?? 0));
    await expect(abschnitt).toContainText(k.illustrativ ? 'nur ein Beispiel' : 'Diese Zahl ist amtlich.');
  }
  // Large type: at least 20 px.
  expect(parseFloat(await page.getByTestId('leichte-sprache').evaluate((e) => getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(20);
});
