import { expect, test } from '@playwright/test';
import { fremdeAnfragen, gezeigt, parseCsvLine, tabellenWerte, sorted } from './helpers';

const VERGLEICH = {
  bevoelkerung: 'einwohner',
  migrationshintergrund: 'mit_mh',
  staatsangehoerigkeiten: 'auslaender_insgesamt',
  fluechtlinge: 'insgesamt',
  'zuwanderung-suedosteuropa': 'eu2_insgesamt',
} as const;

/** Rows of a CSV file served by the site, as objects by column. */
async function csvZeilen(request: import('@playwright/test').APIRequestContext, url: string, sep = ',') {
  const res = await request.get(url);
  expect(res.ok(), url).toBe(true);
  const text = (await res.text()).replace(/^\uFEFF/, '');
  const [kopf, ...zeilen] = text.trim().split('\r\n');
  const spalten = sep === ',' ? parseCsvLine(kopf ?? '') : (kopf ?? '').split(sep);
  return zeilen.map((z) => Object.fromEntries((sep === ',' ? parseCsvLine(z) : z.split(sep)).map((v, i) => [spalten[i], v])));
}

test('Katalogseite: jeder Datensatz mit Stand, Stichtagen, Quellen, Lizenz, Zitiervorschlag und Downloads', async ({ page }) => {
  const foreign = fremdeAnfragen(page);
  await page.goto('/daten/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offene Daten');
  for (const ds of Object.keys(VERGLEICH)) {
    const eintrag = page.getByTestId(`datensatz-${ds}`);
    await expect(eintrag.getByText('Stand', { exact: true })).toBeVisible();
    await expect(eintrag.getByTestId('stichtage')).toContainText('31.12.2024');
    await expect(eintrag.getByTestId('zitat')).toContainText(`daten/${ds}.csv – Datenlizenz Deutschland – Namensnennung – 2.0`);
    await expect(eintrag.getByTestId(`csv-${ds}`)).toHaveAttribute('href', `/daten/${ds}.csv`);
    await expect(eintrag.getByTestId(`excel-${ds}`)).toHaveAttribute('href', `/daten/${ds}-excel.csv`);
    await eintrag.getByText('Spalten').click();
    await expect(eintrag.getByTestId('spalten')).toContainText('status');
  }
  await expect(page.getByTestId('geometrien')).toContainText('GeoBasis-DE / BKG');
  for (const t of ['geo-stadt', 'geo-sozialraum', 'geo-wohnbereich', 'datapackage', 'katalog']) {
    const href = (await page.getByTestId(t).getAttribute('href')) ?? '';
    expect((await page.request.get(href)).ok(), href).toBe(true);
  }
  expect(foreign).toEqual([]);
});

for (const [ds, merkmal] of Object.entries(VERGLEICH)) {
  test(`${ds}: die CSV-Downloads enthalten genau die Zahlen, die die Themenseite zeigt`, async ({ page, request }) => {
    await page.goto(`/themen/${ds}/`);
    const chart = page.getByTestId('chart-vergleich');
    await chart.getByTestId('vergleich-mass').selectOption('anzahl');
    await gezeigt(page);
    const stichtag = await chart.getByTestId('vergleich-stichtag').inputValue();
    const seite = sorted(await tabellenWerte(chart, { ohneReferenz: true }));
    const alle = await csvZeilen(request, `/daten/${ds}.csv`);
    const auswahl = (rows: Record<string, string>[]) => sorted(rows.filter((r) => r.stichtag === stichtag && r.ebene === 'sozialraum' && r.merkmal === merkmal && r.wert !== '.').map((r) => Number(r.wert)));
    expect(auswahl(alle)).toEqual(seite);
    expect(auswahl(await csvZeilen(request, `/daten/${ds}/${stichtag}.csv`))).toEqual(seite);
    const excel = await csvZeilen(request, `/daten/${ds}-excel.csv`, ';');
    const [j, m, t] = stichtag.split('-');
    const ex = excel.filter((r) => r.Stichtag === `${t}.${m}.${j}` && r.Ebene === 'Sozialraum' && r.Merkmal === merkmal).map((r) => Number((r.Wert ?? '').replace(',', '.')));
    expect(sorted(ex)).toEqual(seite);
  });
}

test('Was ist neu: je Stichtag Datensätze und größte Veränderungen', async ({ page }) => {
  await page.goto('/daten/neu/');
  const e = page.getByTestId('neu-2024-12-31');
  await expect(e).toContainText('Bevölkerung');
  await expect(e.getByTestId('aenderungen').locator('tbody tr').first()).toBeVisible();
  await expect(e).toContainText('Keine Korrekturen');
});
