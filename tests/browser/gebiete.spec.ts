import { expect, test } from '@playwright/test';
import { beobachten, csvWerte, sorted, tabellenWerte } from './helpers';

test('Profil eines Sozialraums: Kennzahlen neben der Stadt, Rang, Wohnbereiche, Trends', async ({ page }) => {
  await page.goto('/gebiete/SR2/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hamm-Westen');
  const tabelle = page.getByTestId('profil-tabelle');
  await expect(tabelle.locator('thead th')).toHaveText(['Kennzahl', 'Hamm-Westen', 'Hamm', 'Rang unter den Sozialräumen']);
  // A rank among illustrative values is illustrative itself.
  const rangZelle = tabelle.locator('tr[data-indikator="anteil_mh"] td').last();
  await expect(rangZelle).toContainText('1 von 9');
  await expect(rangZelle).toHaveClass(/\bill\b/);
  // No official city share at this Stichtag: the city's column says so instead of showing a sum of invented values.
  await expect(tabelle.locator('tr[data-indikator="anteil_mh"] td').nth(1)).toHaveText('.');
  await expect(tabelle.locator('tr[data-indikator="einwohner"] td').nth(1)).toHaveText('179.968');
  await expect(page.getByTestId('hinweis-beispieldaten')).toBeVisible();
  await expect(page.locator('.gebiet-liste a')).toHaveCount(3);
  const trend = page.getByTestId('chart-trend-anteil_mh');
  expect(sorted(await tabellenWerte(trend))).toEqual(sorted(await csvWerte(trend)));
});

test('Profil eines Wohnbereichs: neben Sozialraum und Stadt, ohne JavaScript lesbar', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/gebiete/WB21/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Westen nördlich Lange Straße');
  const tabelle = page.getByTestId('profil-tabelle');
  await expect(tabelle.locator('thead th')).toHaveText(['Kennzahl', 'Westen nördlich Lange Straße', 'Hamm-Westen', 'Hamm', 'Rang unter den Wohnbereichen']);
  await expect(tabelle.locator('tr[data-indikator="dichte"] td').nth(2)).not.toHaveText('x');
  await expect(tabelle.locator('td').filter({ hasText: /von 27/ })).toHaveCount(6);
  await expect(page.locator('.trends svg.linien-svg').first()).toBeVisible();
  await context.close();
});

test('Trend-Zeichnungen stehen einmal im HTML und bleiben nach dem Hydrieren stehen', async ({ page, request }) => {
  const html = await (await request.get('/gebiete/WB21/')).text();
  // Set in after the build: the markup is in the box, not once more in the page's payload.
  const kaesten = [...html.matchAll(/<div(?: class="[^"]*")? data-zeichnung="[0-9a-f]+">(<svg[^]*?<\/svg>)<\/div>/g)];
  expect(kaesten.length).toBeGreaterThanOrEqual(5);
  expect(html.split("class='linien-svg").length - 1).toBe(kaesten.length);
  const fehler: string[] = [];
  page.on('pageerror', (e) => fehler.push(e.message));
  page.on('console', (m) => m.type() === 'error' && fehler.push(m.text()));
  await page.goto('/gebiete/WB21/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.trends [data-zeichnung]')).toHaveCount(kaesten.length);
  await expect(page.locator('.trends [data-zeichnung]:empty')).toHaveCount(0);
  await expect(page.locator('.trends [data-zeichnung] svg.linien-svg circle title').first()).toContainText('31.12.');
  expect(fehler).toEqual([]);
});

test('Gebietsübersicht verlinkt alle 36 Profile', async ({ page }) => {
  await page.goto('/gebiete/');
  await expect(page.locator('.gebiete-index a')).toHaveCount(36);
  await page.getByRole('link', { name: 'Nordenfeldmark-Ost' }).click();
  await expect(page).toHaveURL(/\/gebiete\/WB33\/$/);
});

test('Methodik: Begriffe, Zeichen, Quellen', async ({ page }) => {
  await page.goto('/methodik/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Methodik und Glossar');
  for (const b of ['Migrationshintergrund', 'Ausländerinnen und Ausländer', 'Flüchtlinge (Zählung der Kommune)', 'anerkannt', 'Bleibeperspektive', 'vollziehbar ausreisepflichtig', 'geduldet (Duldung)', 'Schutzsuchende', 'EU-2', 'Reihenbruch', 'Beispieldaten'])
    await expect(page.locator('dt', { hasText: b }).first()).toBeVisible();
  // One definition per term.
  const begriffe = await page.getByTestId('begriffe').locator('dt').allTextContents();
  expect(new Set(begriffe).size).toBe(begriffe.length);
  await expect(page.getByTestId('anteil-angegeben')).toContainText('29,7 %');
  await expect(page.getByTestId('zeichen-legende').locator('tbody tr')).toHaveCount(4);
  await expect(page.getByTestId('zeichen-legende')).toContainText('aus Datenschutzgründen nicht ausgewiesen (geheim gehalten): weniger als 3 Personen');
  await expect(page.locator('#geheimhaltung')).toBeVisible();
  await expect(page.getByTestId('quellen-tabelle')).toContainText('Tabelle 12521-03i');
  await expect(page.getByTestId('quellen-tabelle')).toContainText('Beispieldaten');
});

test('Profil ohne Framework: Tabelle sortierbar nach Rang, die Reihenfolge in der Adresse; der Code der Downloads erst beim Klick', async ({ page }) => {
  const { skripte, fehler } = beobachten(page);
  await page.goto('/gebiete/SR2/');
  await page.waitForLoadState('networkidle');
  // Only the frame script: the profile's table, chart tools and downloads need no runtime.
  expect(skripte).toEqual([expect.stringMatching(/^\/_next\/static\/chunks\/rahmen-[0-9A-Za-z]+\.js$/)]);
  expect(await page.content()).not.toContain('__next_f');
  const tabelle = page.getByTestId('profil-tabelle');
  const rang = tabelle.locator('thead th').last();
  await rang.getByRole('button').click();
  await expect(rang).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/\?profil\.sort=rang%3Aauf$/);
  const raenge = (await tabelle.locator('tbody tr td:last-child').allInnerTexts()).map((t) => Number(/^(\d+)/.exec(t)?.[1] ?? Infinity));
  expect(raenge).toEqual([...raenge].sort((a, b) => a - b));
  await page.reload();
  await expect(tabelle.locator('thead th').last()).toHaveAttribute('aria-sort', 'ascending');
  expect((await tabelle.locator('tbody tr td:last-child').allInnerTexts()).map((t) => Number(/^(\d+)/.exec(t)?.[1] ?? Infinity))).toEqual(raenge);
  // The code that makes the files is loaded with the first download, once.
  const trend = page.locator('figure.chart').first();
  const [svg] = await Promise.all([page.waitForEvent('download'), trend.getByTestId('bild-svg').click()]);
  expect(svg.suggestedFilename()).toMatch(/^SR2-.+\.svg$/);
  const [png] = await Promise.all([page.waitForEvent('download'), trend.getByTestId('bild-png').click()]);
  expect(png.suggestedFilename()).toMatch(/^SR2-.+\.png$/);
  expect(skripte.filter((s) => s.includes('/rahmen-dateien-'))).toHaveLength(1);
  expect(fehler).toEqual([]);
  // Data the page could not read: said beside the buttons, in the page's language, nothing saved.
  await trend.locator('[data-auftrag]').evaluate((e) => e.setAttribute('data-auftrag', '{kaputt'));
  await trend.getByTestId('csv-download').click();
  await expect(trend.getByRole('alert')).toHaveText('Die Daten zum Herunterladen ließen sich nicht lesen.');
});

test('Werkzeuge eines Trends im Profil: Link kopieren (ohne Zwischenablage zum Abschreiben), Einbettcode kopieren und schließen, Punkte mit der Tastatur', async ({ browser, baseURL }) => {
  const ohne = await browser.newContext({ baseURL });
  // A browser without a clipboard for scripts: the link is shown to copy by hand, selected on focus.
  await ohne.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  const seite = await ohne.newPage();
  await seite.goto('/gebiete/SR2/?x=1');
  const feld = seite.getByTestId('chart-trend-einwohner').getByTestId('link-feld');
  await expect(feld).toBeHidden();
  await seite.getByTestId('chart-trend-einwohner').getByTestId('link-kopieren').click();
  const link = `${baseURL}/gebiete/SR2/?x=1#trend-einwohner`;
  await expect(feld).toHaveValue(link);
  await feld.focus();
  expect(await feld.evaluate((f: HTMLInputElement) => (f.selectionEnd ?? 0) - (f.selectionStart ?? 0))).toBe(link.length);
  await ohne.close();

  const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/gebiete/SR2/');
  const trend = page.getByTestId('chart-trend-einwohner');
  // The embed dialog opens, copies its code, and "Schließen" closes it.
  await trend.getByTestId('einbetten').click();
  const dialog = trend.getByTestId('einbetten-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleName(await dialog.getByRole('heading', { level: 2 }).innerText());
  await dialog.getByRole('button', { name: 'Code kopieren' }).click();
  await expect(dialog.getByRole('button', { name: 'Kopiert' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await dialog.getByTestId('einbetten-code').inputValue());
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expect(dialog).toBeHidden();
  // One tab stop for the points: focus chooses the latest point of the first series, arrows move.
  const nav = trend.getByTestId('punkt-navigation');
  await nav.focus();
  const ansage = trend.getByTestId('punkt-ansage');
  await expect(ansage).toContainText('2024');
  await page.keyboard.press('Home');
  await expect(ansage).toContainText('2016');
  await expect(nav.locator('circle.punkt.aktiv')).toHaveCount(1);
  await context.close();
});

test('Profile aus der Vorlage tragen ihre eigene Adresse und ihren Titel, wie die von Next gebauten', async ({ request }) => {
  // SR1, SR2, WB11 and WB12 are built by Next (the first two areas of each level), the others derived from SR1 (lib/vorlage.ts).
  for (const [pfad, name, en] of [
    ['/gebiete/SR3/', 'Hamm-Norden (Sozialraum)', '/en/gebiete/SR3/'],
    ['/en/gebiete/WB93/', '(residential area (Wohnbereich))', '/gebiete/WB93/'],
    ['/gebiete/WB11/', '(Wohnbereich)', '/en/gebiete/WB11/'],
  ] as const) {
    const html = await (await request.get(pfad)).text();
    expect(html).toMatch(new RegExp(`<title>[^<]*${name.replace(/[()]/g, '\\$&')} – Integrati`));
    expect(html).toContain(`<a class="sprachwechsel" href="${en}"`);
    expect(html).toContain(`<link rel="canonical" href="https://integrationsatlas.hamm.de${pfad}"/>`);
    expect(html).toMatch(new RegExp(`class="zitat">[^<]*https://integrationsatlas.hamm.de${pfad}`));
    const de = pfad.replace(/^\/en/, '');
    expect(html).toContain(`<link rel="alternate" hrefLang="de" href="https://integrationsatlas.hamm.de${de}"/>`);
    expect(html).toContain(`<link rel="alternate" hrefLang="en" href="https://integrationsatlas.hamm.de/en${de}"/>`);
    expect(html).toMatch(new RegExp(`data-testid="druck-fuss">[^<]*https://integrationsatlas.hamm.de${pfad}"`));
    expect(html).not.toContain('self.__next_f');
  }
});
