import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test('Suche im Kopf: ein Gebiet nach einem Teil seines Namens finden, nur mit der Tastatur', async ({ page }) => {
  await page.goto('/daten/');
  const feld = page.getByRole('combobox', { name: 'Suche' });
  await feld.focus();
  await page.keyboard.type('hövel');
  const liste = page.getByRole('listbox', { name: 'Suche' });
  // Names starting with the words first, then names holding them.
  await expect(liste.getByRole('option').nth(0)).toContainText('Hövel-Mitte');
  await expect(liste.getByRole('option').filter({ hasText: /^Bockum-Hövel/ })).toHaveCount(1);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('bockum h');
  await expect(liste.getByRole('option').first()).toContainText('Bockum-Hövel');
  await expect(page.getByRole('status').filter({ hasText: /Treffer/ })).toHaveText(/\d+ Treffer/);
  await page.keyboard.press('ArrowDown');
  await expect(feld).toHaveAttribute('aria-activedescendant', /.+/);
  await expect(liste.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/gebiete\/SR4\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bockum-Hövel');
});

test('Suche findet Staatsangehörigkeiten mit ihrer Zahl, Kennzahlen und Maßnahmen; Escape schließt', async ({ page }) => {
  await page.goto('/');
  const feld = page.getByTestId('suche-feld');
  await feld.fill('türk');
  const option = page.getByTestId('suche-liste').getByRole('option').first();
  await expect(option).toContainText('Türkei');
  await expect(option).toContainText(/Staatsangehörigkeit · [\d.]+ am \d{2}\.\d{2}\.\d{4}/);
  await feld.fill('schulsozial');
  await expect(page.getByTestId('suche-liste')).toContainText('Ausbau der Schulsozialarbeit');
  await feld.press('Escape');
  await expect(page.getByTestId('suche-liste')).toBeHidden();
  await feld.fill('refugee');
  await expect(page.getByTestId('suche-liste')).toBeHidden();
});

test('Englische Suche: englische Namen, englische Seiten', async ({ page }) => {
  await page.goto('/en/');
  const feld = page.getByRole('combobox', { name: 'Search' });
  await feld.fill('turk');
  await expect(page.getByTestId('suche-liste').getByRole('option').first()).toContainText('Türkiye');
  await expect(page.getByTestId('suche-liste').getByRole('option').first()).toContainText(/Nationality · [\d,]+ on \d{1,2} \w{3} \d{4}/);
  await feld.fill('refugees per');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/karte\/\?indikator=/);
});

test('Suchseite: ohne Anfrage alles nach Art, mit ?q= die Treffer; Enter ohne Auswahl führt dorthin', async ({ page }) => {
  await page.goto('/suche/');
  await expect(page.getByRole('heading', { level: 2, name: 'Gebiet' })).toBeVisible();
  await page.getByTestId('suche-feld').fill('mitte');
  await page.getByTestId('suche-feld').press('Enter');
  await expect(page).toHaveURL(/\/suche\/\?q=mitte$/);
  await expect(page.getByTestId('suche-ergebnisse').getByRole('link').first()).toHaveText('Mitte');
  await page.getByTestId('suche-seite-feld').fill('gibtsnicht');
  await expect(page.getByTestId('suche-anzahl')).toHaveText('Keine Treffer');
  await expect(page).toHaveURL(/\/suche\/\?q=gibtsnicht$/);
  // An empty query shows everything by kind again; the page runs on the frame script alone.
  await page.getByTestId('suche-seite-feld').fill('');
  await expect(page.getByRole('heading', { level: 2, name: 'Gebiet' })).toBeVisible();
  await expect(page.getByTestId('suche-ergebnisse')).toBeHidden();
  await expect(page).toHaveURL(/\/suche\/$/);
  expect(await page.locator('script[src*="/_next/"]').count()).toBe(1);
});

test('Suche: keine Verstöße (axe) mit offener Liste', async ({ browser }) => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto('/');
  await page.getByTestId('suche-feld').fill('m');
  await expect(page.getByTestId('suche-liste')).toBeVisible();
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await ctx.close();
});

test('Auffindbar: sitemap.xml mit jeder Seite und ihrem Zwilling, robots.txt, kanonische Adresse und Vorschau-Tags', async ({ page, request, baseURL }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  expect(locs).toContain('https://integrationsatlas.hamm.de/themen/fluechtlinge/');
  expect(locs).toContain('https://integrationsatlas.hamm.de/en/gebiete/SR1/');
  expect(locs).toContain('https://integrationsatlas.hamm.de/leichte-sprache/');
  expect(locs.some((l) => l.includes('/einbetten/'))).toBe(false);
  for (const l of locs.filter((_, i) => i % 9 === 0)) expect((await request.get(l.replace('https://integrationsatlas.hamm.de', baseURL ?? ''))).status(), l).toBe(200);
  const robots = await request.get('/robots.txt');
  expect(robots.headers()['content-type']).toContain('text/plain');
  expect(await robots.text()).toContain('Sitemap: https://integrationsatlas.hamm.de/sitemap.xml');
  await page.goto('/themen/fluechtlinge/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://integrationsatlas.hamm.de/themen/fluechtlinge/');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /^Flüchtlinge – Integrationsatlas Hamm$/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'de_DE');
  await page.goto('/en/gebiete/SR1/');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_GB');
});

test('Vorschaubild je Thema und Gebiet: PNG 1200 × 630 aus dem Diagramm der Seite, mit Stand und Kennzeichnung im Alternativtext', async ({ page, request }) => {
  for (const [pfad, alt] of [
    ['/themen/fluechtlinge/', /^Flüchtlinge: .*Stand: .*\d{4}\./],
    ['/en/gebiete/SR1/', /^.+: Inhabitants\. .*As of: .*example data/],
  ] as const) {
    await page.goto(pfad);
    const bild = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
    expect(bild).toBe(`https://integrationsatlas.hamm.de/vorschau${pfad.replace(/\/$/, '')}.png`);
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', alt);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const r = await request.get(bild.replace('https://integrationsatlas.hamm.de', ''));
    expect(r.headers()['content-type']).toBe('image/png');
    const png = Buffer.from(await r.body());
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
  // Pages without a chart of their own have no image and the small card.
  await page.goto('/methodik/');
  await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
});

test('404 auf Deutsch mit Suche und Navigation', async ({ page }) => {
  const r = await page.goto('/gibt-es-nicht/');
  expect(r?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
  // No citation line naming an address that is not a page.
  await expect(page.getByTestId('zitierzeile')).toHaveCount(0);
  await expect(page.getByTestId('datenversion')).toBeVisible();
  await page.getByRole('combobox', { name: 'Suche' }).fill('Herringen');
  await expect(page.getByTestId('suche-liste').getByRole('option').first()).toContainText('Herringen');
});
