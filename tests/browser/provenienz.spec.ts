import { expect, test } from '@playwright/test';
import { absicht, csvText, parseCsvLine } from './helpers';

/** Rows of a chart's CSV download, as objects by column. */
async function chartCsv(chart: import('@playwright/test').Locator) {
  const [kopf, ...zeilen] = (await csvText(chart.page(), chart)).trim().split('\r\n');
  const spalten = parseCsvLine(kopf ?? '');
  return zeilen.map((z) => Object.fromEntries(parseCsvLine(z).map((v, i) => [spalten[i], v])));
}

test('Stapel: Beispieldaten sind gestreift (auch mit Reihenfarbe), amtliche nicht', async ({ page }) => {
  await page.goto('/themen/fluechtlinge/');
  const chart = page.getByTestId('chart-zusammensetzung');
  await expect(chart.locator('.stapel-teil.ill')).toHaveCount(0);
  const gebiet = chart.getByTestId('zusammensetzung-gebiet');
  const zweite = await gebiet.locator('option').nth(1).getAttribute('value');
  await gebiet.selectOption(zweite ?? '');
  const teil = chart.locator('.stapel-teil.ill').first();
  await expect(teil).toBeVisible();
  const stil = await teil.evaluate((e) => ({ bild: getComputedStyle(e).backgroundImage, farbe: getComputedStyle(e).backgroundColor }));
  expect(stil.bild).toContain('repeating-linear-gradient');
  expect(stil.farbe).not.toBe('rgba(0, 0, 0, 0)');
  await expect(chart.locator('.legende')).toContainText('gestreift: Beispieldaten');
});

test('Flüchtlinge: Begriffe je einmal definiert, die Zählung der Kommune aus ihren Daten, Schutzsuchende daneben', async ({ page }) => {
  await page.goto('/themen/fluechtlinge/');
  const begriffe = page.getByTestId('begriffe');
  await expect(begriffe.locator('#begriff-geduldet')).toContainText('§ 60a AufenthG');
  await expect(begriffe.locator('#begriff-geduldet')).toContainText('Teilgruppe der vollziehbar Ausreisepflichtigen');
  await expect(begriffe.locator('#begriff-fluechtlinge .begriff-lokal')).toContainText('ohne die Bewohnerinnen und Bewohner von Landeseinrichtungen');
  const daneben = page.getByTestId('daneben');
  await expect(daneben).toContainText('3.875');
  await expect(daneben).toContainText('31.12.2018');
  await expect(daneben.getByTestId('badge-amtlich')).toBeVisible();
});

test('Migrationshintergrund: der genannte Anteil (34 %) wird neben dem berechneten (29,7 %) erklärt', async ({ page }) => {
  await page.goto('/themen/migrationshintergrund/');
  await expect(page.getByTestId('anteil-angegeben')).toContainText('Die Quelle nennt „ca. 34,0 %“');
  await expect(page.getByTestId('anteil-angegeben')).toContainText('29,7 %');
});

test('Bevölkerung: Reihenbrüche als Marke im Diagramm, Hinweis in der Tabelle, Spalte im CSV; keine Linie über den Bruch', async ({ page }) => {
  await page.goto('/themen/bevoelkerung/');
  const chart = page.getByTestId('chart-zeitreihe');
  await expect(chart.locator('.nur-breit [data-testid="reihenbruch"]')).toHaveCount(2);
  await chart.locator('summary').click();
  await expect(chart.getByTestId('bruch-hinweis').first()).toContainText('Reihenbruch ab 31.12.2018');
  await expect(chart.getByTestId('bruch-hinweis').nth(1)).toContainText('Zensus');
  const zeilen = await chartCsv(chart);
  const z2023 = zeilen.find((z) => z.stichtag === '2023-12-31' && z.reihe_id === 'einwohner');
  expect(z2023?.reihenbruch).toContain('Zensus-Umstellung');
  expect(zeilen.find((z) => z.stichtag === '2024-12-31' && z.reihe_id === 'einwohner')?.reihenbruch).toBe('');
  // The city line shows only official values; the areas' sum is a series of its own, marked.
  expect(zeilen.filter((z) => z.reihe_id === 'einwohner').every((z) => z.kennzeichnung === 'amtlich')).toBe(true);
  const summe = zeilen.filter((z) => z.reihe_id === 'einwohner:gebiete');
  expect(summe.length).toBeGreaterThan(0);
  expect(summe.every((z) => z.kennzeichnung === 'Beispieldaten' && z.reihe === 'Einwohnerinnen und Einwohner: Summe der Gebiete')).toBe(true);
});

test('Was ist neu: jeder Wert mit eigener Kennzeichnung, der Zensus-Bruch als Bruch, nicht als Veränderung', async ({ page }) => {
  await page.goto('/daten/neu/');
  const e23 = page.getByTestId('neu-2023-12-31');
  await expect(e23.getByTestId('brueche')).toContainText('Zensus-Umstellung');
  await expect(e23.getByTestId('aenderungen')).not.toContainText('Einwohnerinnen und Einwohner');
  const e24 = page.getByTestId('neu-2024-12-31');
  // City totals come first: official, unmarked; area values after them, each value marked.
  const stadt = e24.getByTestId('aenderungen').locator('tbody tr').first();
  await expect(stadt.locator('td.num')).toHaveCount(3);
  await expect(stadt.locator('td.ill')).toHaveCount(0);
  const gebiet = e24.getByTestId('aenderungen').locator('tbody tr').filter({ has: page.locator('td.ill') }).first();
  await expect(gebiet.locator('td.ill')).toHaveCount(3);
});

test('Offene Daten: jeder Datensatz sagt, wie viele Werte Beispieldaten sind; der Zitiervorschlag warnt', async ({ page, request }) => {
  await page.goto('/daten/');
  const fl = page.getByTestId('datensatz-fluechtlinge');
  await expect(fl.getByTestId('bestand')).toContainText(/Von [\d.]+ Werten sind [\d.]+ Beispieldaten/);
  await expect(fl.getByTestId('zitat')).toContainText('zitieren Sie nur Werte mit der Kennzeichnung „amtlich“');
  const ttl = await (await request.get('/daten/katalog.ttl')).text();
  expect(ttl).toMatch(/Beispieldaten – erfundene, illustrative Werte, keine amtliche Statistik/);
  const paket = (await (await request.get('/daten/datapackage.json')).json()) as { description: string; resources: { name: string; description?: string }[] };
  expect(paket.description).toContain('Beispieldaten');
  expect(paket.resources.find((r) => r.name === 'fluechtlinge')?.description).toMatch(/Von [\d.]+ Werten sind [\d.]+ Beispieldaten/);
});

test('Karte: Legende sagt, dass Werte und Klassengrenzen Beispieldaten sind; Profil nennt keinen Stadtwert, den es nicht gibt', async ({ page }) => {
  await page.goto('/karte/');
  await expect(page.getByTestId('legende-beispieldaten')).toContainText('Werte und Klassengrenzen sind illustrativ');
  await expect(page.getByTestId('karte-referenz')).toContainText('Summe der Gebiete (Beispieldaten)');
  // Illustrative areas are striped over their class colour, as bars are: in the static view and on the map.
  await expect(page.getByTestId('karte-statisch').locator('path.flaeche-ill')).toHaveCount(9);
  await expect(page.getByTestId('karte-statisch').locator('path.flaeche-ill').first()).toHaveAttribute('fill', 'url(#karte-statisch-beispiel)');
  await absicht(page);
  await expect(page.locator('.karte-leaflet path.gebiet-ill')).toHaveCount(9);
  await expect(page.locator('.karte-leaflet path.gebiet-ill').first()).toHaveAttribute('fill', 'url(#karte-beispiel)');
  await page.goto('/gebiete/SR2/');
  await expect(page.getByTestId('hinweis-beispieldaten')).toContainText('Werte mit * sind Beispieldaten');
});

test('Vergleich: die Kommune unter Land, Kreisen und kreisfreien Städten und den Vergleichskommunen, hervorgehoben, amtlich, mit CSV', async ({ page, request }) => {
  await page.goto('/vergleich/');
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Vergleich' })).toBeVisible();
  const chart = page.getByTestId('chart-vergleich-regionen');
  await expect(chart.locator('.balken-zeile')).toHaveCount(10);
  await expect(chart.locator('.balken-zeile.hervor')).toHaveCount(1);
  await expect(chart.getByTestId('chart-beispieldaten')).toHaveCount(0);
  await chart.getByTestId('vergleich-gruppe').selectOption('typ');
  await expect(chart.locator('.balken-zeile')).toHaveCount(22);
  await chart.getByTestId('vergleich-gruppe').selectOption('alle');
  await expect(chart.locator('.balken-zeile')).toHaveCount(53);
  await chart.getByTestId('vergleich-kennzahl').selectOption('eu2_je_1000');
  await expect(chart.locator('.balken-zeile.hervor')).toHaveCount(1);
  const csv = await (await request.get('/daten/vergleich.csv')).text();
  expect(csv.split('\r\n')[0]).toBe('stichtag,ags,name,typ,einwohner,auslaender,anteil_auslaender,eu2,eu2_je_1000,groesste_staatsangehoerigkeit,quelle,kennzeichnung');
  expect(csv).not.toContain('Beispieldaten');
  const ttl = await (await request.get('/daten/katalog.ttl')).text();
  expect(ttl).toContain('daten/vergleich.csv');
});
