import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { csvText, gezeigt } from './helpers';
import { hatEnglisch, NUR_DEUTSCH } from '../../lib/i18n/seiten';
import { inSprache, ohneSprache } from '../../lib/i18n/sprache';

/** German interface words that must not appear on an English page (German terms given on purpose stand in parentheses). */
const DEUTSCHE_WOERTER = ['Kurz gesagt', 'Kennzahlen', 'Hinweis:', 'Zum Inhalt springen', 'Farbschema', 'Herausgeber:', 'Zeichen in Tabellen', 'Quelle:', 'lebten in', 'Hoher Kontrast', 'Für Sitzungen'];

test('Englische Startseite: lang="en" im statischen HTML, englische Texte und Formate, Zahlen wie veröffentlicht', async ({ page, request }) => {
  const html = await (await request.get('/en/')).text();
  expect(html).toMatch(/^<!DOCTYPE html><html lang="en"/);
  expect(html).toContain('hrefLang="de" href="https://integrationsatlas.hamm.de/"');
  const { kennzahlen, stand } = JSON.parse(readFileSync(path.resolve(__dirname, '../../data/published/kennzahlen.json'), 'utf8')) as { stand: string; kennzahlen: { id: string; wert: number }[] };
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Integration in Hamm in figures');
  const einwohner = kennzahlen.find((k) => k.id === 'einwohner')?.wert ?? 0;
  await expect(page.getByTestId('kennzahl-einwohner').getByTestId('wert')).toHaveText(new Intl.NumberFormat('en-GB').format(einwohner));
  await expect(page.getByTestId('kennzahl-einwohner').getByTestId('stand')).toHaveText(/^As of \d{1,2} [A-Z][a-z]{2} \d{4}$/);
  await expect(page.getByTestId('kennzahl-einwohner').getByTestId('badge-amtlich')).toHaveText('official');
  await expect(page.getByTestId('zusammenfassung')).toContainText(`people lived in Hamm`);
  await expect(page.locator('.lead strong')).toHaveText(new RegExp(`^\\d{1,2} [A-Z][a-z]{2} ${stand.slice(0, 4)}$`));
  const text = (await page.locator('body').innerText()).replace(/\([^)]*\)/g, '');
  for (const wort of DEUTSCHE_WOERTER) expect(text, wort).not.toContain(wort);
  // The page in easy German is linked as German.
  await expect(page.getByRole('contentinfo').getByRole('link', { name: /Leichte Sprache/ })).toHaveAttribute('hreflang', 'de');
});

test('Sprachwechsel: Start auf Deutsch ↔ Englisch, als vollständiger Seitenwechsel', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByTestId('sprachwechsel').click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('sprachwechsel')).toHaveText('Deutsch');
  await page.getByTestId('sprachwechsel').click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Integration in Hamm in Zahlen');
  // Pages without an English twin offer no switch.
  await page.goto('/leichte-sprache/');
  await expect(page.getByTestId('sprachwechsel')).toHaveCount(0);
});

/** Every page of the export: its path, from out/…/index.html. */
function exportSeiten(wurzel = path.resolve(__dirname, '../../out')): string[] {
  const out: string[] = [];
  const walk = (dir: string, pfad: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      // 404 and _not-found: the one error document of both languages, no route.
      if (e.isDirectory() && !e.name.startsWith('_') && !(pfad === '/' && e.name === '404')) walk(path.join(dir, e.name), `${pfad}${e.name}/`);
      else if (e.name === 'index.html') out.push(pfad);
    }
  };
  walk(wurzel, '/');
  return out;
}

test('jede übersetzte Seite des Exports: englischer Zwilling mit lang="en", hreflang auf beide Fassungen, ohne deutsche Bedienwörter', async ({ request, page }) => {
  const alle = exportSeiten();
  const deutsch = alle.filter((p) => !p.startsWith('/en/'));
  const englisch = new Set(alle.filter((p) => p.startsWith('/en/') || p === '/en/'));
  const uebersetzt = deutsch.filter((p) => hatEnglisch(p));
  // Every German page has its English twin, except those German by nature; no English page is without its German one.
  expect(deutsch.filter((p) => !hatEnglisch(p))).toEqual([...NUR_DEUTSCH]);
  for (const p of uebersetzt) expect(englisch.has(inSprache(p, 'en')), p).toBe(true);
  for (const p of englisch) expect(deutsch.includes(ohneSprache(p)), p).toBe(true);
  // Read one page of each kind in full (a topic, an embed, each single page).
  const art = (p: string) => p.split('/').slice(0, 2).join('/') + (p.split('/').length > 3 ? '/*' : '');
  const je = [...new Map(uebersetzt.map((p) => [art(p), p])).values()];
  for (const p of je) {
    const de = await request.get(p);
    const en = await request.get(inSprache(p, 'en'));
    expect(de.status(), p).toBe(200);
    expect(en.status(), p).toBe(200);
    const html = await en.text();
    expect(html, p).toMatch(/^<!DOCTYPE html><html lang="en"/);
    if (!p.startsWith('/einbetten/')) for (const sprache of ['de', 'en']) expect(await de.text(), p).toContain(`hrefLang="${sprache}"`);
    // The text in English: German stands only where marked lang="de" or given in parentheses.
    await page.goto(inSprache(p, 'en'));
    const text = await page.evaluate(() => {
      const kopie = document.body.cloneNode(true) as HTMLElement;
      kopie.querySelectorAll('[lang="de"], script, style').forEach((e) => e.remove());
      return (kopie.innerText || kopie.textContent || '').replace(/\([^)]*\)/g, '');
    });
    for (const wort of DEUTSCHE_WOERTER) expect(text, `${p}: ${wort}`).not.toContain(wort);
  }
});

test('Themenseite auf Englisch: Diagramme, Tabellen, Auswahl, Kurzfassung und CSV in Englisch, Zahlen wie auf Deutsch', async ({ page }) => {
  await page.goto('/en/themen/staatsangehoerigkeiten/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nationalities');
  const karte = page.getByTestId('chart-zusammensetzung');
  await expect(karte.getByRole('heading')).toHaveText('Foreign nationals by nationality');
  await expect(karte.getByTestId('chart-kurz')).toContainText(/^In short: \d+ values\. Highest value: .+ with [\d,]+/);
  // Nationalities by their English names; numbers in English format.
  await expect(karte.locator('.balken-label').first()).toHaveText('Türkiye');
  await expect(karte.getByTestId('zusammensetzung-modus').locator('option')).toHaveText(['Countries', 'Continents']);
  await karte.getByTestId('zusammensetzung-modus').selectOption('kontinent');
  await expect(karte.locator('.balken-label').first()).toHaveText('Europe');
  await karte.locator('summary').click();
  await expect(karte.getByTestId('datentabelle').locator('thead th').first()).toHaveText('Continent');
  // The same number as on the German page, in each language's format.
  await page.goto('/themen/staatsangehoerigkeiten/');
  const de = page.getByTestId('chart-zusammensetzung');
  await de.getByTestId('zusammensetzung-modus').selectOption('kontinent');
  await gezeigt(page);
  const wertDe = await de.locator('.balken-zeile').first().locator('.balken-wert').innerText();
  await page.goto('/en/themen/staatsangehoerigkeiten/');
  await karte.getByTestId('zusammensetzung-modus').selectOption('kontinent');
  await expect(karte.locator('.balken-zeile').first().locator('.balken-wert')).toHaveText(wertDe.replace(/\./g, ','));
  // The chart's CSV: English column titles, marks and units; values as published.
  const csv = await csvText(page, page.getByTestId('chart-zeitreihe'));
  expect(csv.split(/\r?\n/)[0]).toBe('reference_date,category_id,category,series_id,series,value,sign,unit,mark,source,attribution,status,break_in_series');
  expect(csv).toMatch(/,Number,(official|example data),/);
  // Selectors and the embed code lead to the English embed.
  await page.getByTestId('chart-vergleich').getByTestId('einbetten').click();
  await expect(page.getByTestId('chart-vergleich').getByTestId('einbetten-code')).toHaveValue(/\/en\/einbetten\/staatsangehoerigkeiten\/vergleich\//);
  // The language switch keeps the view on screen (the selectors are in the address), once pointed at.
  await page.keyboard.press('Escape');
  await page.getByTestId('sprachwechsel').hover();
  await expect(page.getByTestId('sprachwechsel')).toHaveAttribute('href', '/themen/staatsangehoerigkeiten/?zusammensetzung.modus=kontinent');
});

test('Glossar auf Englisch: der deutsche Begriff steht neben dem englischen', async ({ page }) => {
  await page.goto('/en/methodik/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#begriff-migrationshintergrund dt')).toHaveText('migration background (Migrationshintergrund)');
  await expect(page.locator('#begriff-geduldet dt')).toContainText('(geduldet');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Methods and glossary');
  // The municipality's own addition is German and marked as such.
  await expect(page.locator('#begriff-fluechtlinge [lang="de"]')).not.toHaveCount(0);
  await page.goto('/methodik/');
  await expect(page.getByTestId('sprachwechsel')).toHaveAttribute('href', '/en/methodik/');
});

test('englische Seiten drucken ihren Fuß auf Englisch', async ({ page }) => {
  await page.goto('/en/');
  await page.emulateMedia({ media: 'print' });
  const fuss = await page.getByTestId('druck-fuss').evaluate((s) => s.textContent ?? '');
  expect(fuss).toMatch(/Atlas data as of \d{1,2} [A-Z][a-z]{2} \d{4}/);
  expect(fuss).toContain('"Page "');
});

test('Karte auf Englisch: Auswahl, Legende, Tabelle und Tooltip in Englisch, Zustand in der URL, Enter öffnet das englische Profil', async ({ page }) => {
  await page.goto('/en/karte/?ebene=sozialraum');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map');
  const flaechen = page.locator('.karte-leaflet path.gebiet');
  await expect(flaechen).toHaveCount(9);
  await expect(page.getByText('Indicator', { exact: true })).toBeVisible();
  await expect(page.getByTestId('karte-klassen').locator('option').first()).toHaveText('natural breaks (Jenks/ckmeans)');
  await expect(page.getByTestId('karte-stichtag-text')).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
  await expect(page.getByTestId('legende').locator('.anzahl').first()).toHaveText(/^\d+ areas?$/);
  await expect(page.getByTestId('karte-tabelle').locator('thead th')).toHaveText(['Rank', 'Area', 'Value']);
  await page.getByTestId('karte-abspielen').click();
  await expect(page.getByTestId('karte-abspielen')).toHaveText('Pause');
  await page.getByTestId('karte-abspielen').click();
  const ziel = page.locator('.karte-leaflet path.gebiet[data-gebiet="SR2"]');
  await expect(ziel).toHaveAttribute('aria-label', /Enter opens the profile\.$/);
  await ziel.focus();
  await expect(page.locator('.leaflet-tooltip')).toContainText(/rank \d of 9 \(example data\); Sum of the areas \(example data\): /);
  await expect(page).toHaveURL(/gebiet=SR2/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/gebiete\/SR2\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('profil-tabelle').locator('thead th').first()).toHaveText('Indicator');
});

test('Daten und Was ist neu auf Englisch: dieselben Dateien, englische Spaltenbeschreibungen aus dem Tabellenschema', async ({ page, request }) => {
  await page.goto('/en/daten/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
  const ds = page.getByTestId('datensatz-bevoelkerung');
  await expect(ds.getByRole('heading', { level: 2 })).toHaveText('Population');
  // The files are the same as on the German page: stable German column names, English descriptions beside them.
  const href = await ds.getByTestId('csv-bevoelkerung').getAttribute('href');
  await page.goto('/daten/');
  await expect(page.getByTestId('datensatz-bevoelkerung').getByTestId('csv-bevoelkerung')).toHaveAttribute('href', href ?? '');
  await page.goto('/en/daten/');
  await ds.getByText('Columns').click();
  const schema = (await (await request.get('/daten/schemas/bevoelkerung.json')).json()) as { fields: { name: string; 'title@en': string }[] };
  const stichtag = schema.fields.find((f) => f.name === 'stichtag');
  expect(stichtag?.['title@en']).toBe('Reference date');
  await expect(ds.getByTestId('spalten').locator('tr', { has: page.locator('code', { hasText: /^stichtag$/ }) })).toContainText('Reference date');
  await expect(ds.getByTestId('zitat')).toContainText('Integration Atlas');
  await page.goto('/en/daten/neu/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("What's new");
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Releases');
  await expect(page.getByRole('heading', { level: 2 }).nth(1)).toHaveText(/^Reference date \d{1,2} [A-Z][a-z]{2} \d{4}$/);
});

test('Präsentation und Handout auf Englisch: Folien, Steuerung und Fuß in Englisch, eigene Titel des Amts übersetzt', async ({ page }) => {
  await page.goto('/en/praesentation/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.folien.schritt')).toHaveCount(1);
  await expect(page.getByTestId('folie-1').getByRole('heading')).toHaveText('Integration in Hamm');
  await expect(page.getByRole('button', { name: 'Next slide' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('folie-2').getByRole('heading')).toHaveText('Hamm at a glance');
  await expect(page.getByTestId('folie-2')).toHaveAttribute('aria-label', /^2 of \d+: Hamm at a glance$/);
  await expect(page.getByTestId('folie-2').locator('.folie-fuss')).toContainText(/As of: .*Source: /);
  await page.keyboard.press('ArrowRight');
  // A default title from the topic, in English.
  await expect(page.getByTestId('folie-3').getByRole('heading')).toHaveText('Inhabitants');
  await page.goto('/en/handout/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Integration in Hamm: figures at a glance');
  await expect(page.getByTestId('handout-tabelle').locator('caption')).toContainText(/^Social areas \(Sozialräume\), reference date/);
  await expect(page.getByTestId('drucken')).toHaveText('Print handout');
});

test('Sprachwechsel behält die Ansicht: Kartenzustand in der URL und Foliennummer', async ({ page }) => {
  await page.goto('/karte/?indikator=anteil_auslaender&ebene=wohnbereich');
  await expect(page.getByTestId('karte-indikator')).toHaveValue('anteil_auslaender');
  await page.getByTestId('sprachwechsel').click();
  await expect(page).toHaveURL(/\/en\/karte\/\?indikator=anteil_auslaender&ebene=wohnbereich/);
  await expect(page.getByTestId('karte-ebene')).toHaveValue('wohnbereich');
  await expect(page.getByTestId('karte-indikator')).toHaveValue('anteil_auslaender');
});
