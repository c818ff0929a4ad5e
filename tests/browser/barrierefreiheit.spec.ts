import { expect, test, type Locator, type Page } from '@playwright/test';
import { absicht } from './helpers';

/** Share of an element's screenshot that is painted (not the page background), decoded in a blank page. */
async function bemalt(page: Page, el: Locator): Promise<number> {
  const png = (await el.screenshot()).toString('base64');
  const leer = await page.context().newPage();
  const anteil = await leer.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const [r0, g0, b0] = [d[0], d[1], d[2]];
    let anders = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs((d[i] ?? 0) - (r0 ?? 0)) + Math.abs((d[i + 1] ?? 0) - (g0 ?? 0)) + Math.abs((d[i + 2] ?? 0) - (b0 ?? 0)) > 30) anders++;
    // The bar fills its box: compare against the box's own frame colour would hide it, so count against white too.
    let nichtWeiss = 0;
    for (let i = 0; i < d.length; i += 4) if ((d[i] ?? 255) + (d[i + 1] ?? 255) + (d[i + 2] ?? 255) < 700) nichtWeiss++;
    return Math.max(anders, nichtWeiss) / (d.length / 4);
  }, png);
  await leer.close();
  return anteil;
}

const MEDIEN: [string, Parameters<Page['emulateMedia']>[0]][] = [
  ['Windows-Kontrastmodus (forced-colors)', { forcedColors: 'active' }],
  ['Druck mit Standardeinstellungen', { media: 'print' }],
];
for (const [name, medien] of MEDIEN) {
  test(`${name}: Balken, Stapelteile und Legendenfelder bleiben sichtbar`, async ({ page }) => {
    await page.emulateMedia(medien);
    await page.goto('/themen/fluechtlinge/');
    const balken = page.getByTestId('chart-vergleich').locator('.balken-bar').first();
    expect(await bemalt(page, balken)).toBeGreaterThan(0.5);
    const teil = page.getByTestId('chart-zusammensetzung').locator('.stapel-teil').first();
    expect(await bemalt(page, teil)).toBeGreaterThan(0.5);
    const feld = page.getByTestId('chart-zusammensetzung').locator('.stapel-teile .farbfeld').first();
    expect(await bemalt(page, feld)).toBeGreaterThan(0.5);
  });
}

test('Tabellen, die seitlich scrollen, sind per Tastatur erreichbar und benannt', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/daten/neu/');
  const box = page.getByRole('region', { name: 'Tabelle: größte Veränderungen' }).first();
  await expect(box).toHaveAttribute('tabindex', '0');
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect(box).toBeFocused();
});

test('Überschriften ohne Sprünge auf Themen-, Vergleichs- und eingebetteten Seiten', async ({ page }) => {
  for (const seite of ['/themen/fluechtlinge/', '/vergleich/', '/einbetten/bevoelkerung/zeitreihe/', '/gebiete/SR2/']) {
    await page.goto(seite);
    const ebenen = await page.locator('main h1, main h2, main h3, main h4').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(ebenen[0], seite).toBe(1);
    for (let i = 1; i < ebenen.length; i++) expect(ebenen[i] ?? 0, `${seite}: ${ebenen.join(',')}`).toBeLessThanOrEqual((ebenen[i - 1] ?? 0) + 1);
  }
});

test('Karte: deutsche Zoom-Schaltflächen, benannter Kartenbereich (statisch und interaktiv)', async ({ page }) => {
  await page.goto('/karte/');
  // The static view names only what it does (no panning or zooming before the interactive map).
  await expect(page.getByRole('region', { name: 'Karte – die Tabulatortaste wählt die Gebiete, Enter öffnet ihr Profil' })).toBeVisible();
  await absicht(page);
  await expect(page.locator('.leaflet-control-zoom-in')).toHaveAttribute('title', 'Vergrößern');
  await expect(page.locator('.leaflet-control-zoom-out')).toHaveAttribute('title', 'Verkleinern');
  await expect(page.locator('.karte-leaflet')).toHaveAttribute('aria-label', /^Karte – Pfeiltasten verschieben/);
});

test('Unbekannte Adressen: 404-Seite auf Deutsch und Englisch, mit Navigation', async ({ page }) => {
  for (const adresse of ['/gibt-es-nicht/', '/en/does-not-exist/']) {
    const res = await page.goto(adresse);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
    const en = page.getByTestId('nicht-gefunden-en');
    await expect(en).toHaveAttribute('lang', 'en');
    await expect(en.getByRole('heading', { level: 2 })).toHaveText('Page not found');
    await expect(en.getByRole('link', { name: 'Open data: all downloads' })).toHaveAttribute('href', '/en/daten/');
    // Both languages are on the page: no switch to an English twin that does not exist.
    await expect(page.getByTestId('sprachwechsel')).toHaveCount(0);
  }
});

test('Präsentation: die Bedienknöpfe sind ohne Transparenz lesbar', async ({ page }) => {
  await page.goto('/praesentation/');
  const leiste = page.locator('.folien-steuerung');
  await expect(leiste).toBeVisible();
  expect(await leiste.evaluate((e) => getComputedStyle(e).opacity)).toBe('1');
});

test('Auswahländerungen werden angesagt; Sprunglink auch in Präsentation und Einbettung', async ({ page }) => {
  await page.goto('/themen/fluechtlinge/');
  const chart = page.getByTestId('chart-vergleich');
  const beschreibung = chart.getByTestId('chart-beschreibung');
  await expect(beschreibung).toHaveAttribute('aria-live', 'polite');
  const vorher = await beschreibung.textContent();
  await chart.getByTestId('vergleich-ebene').selectOption('wohnbereich');
  await expect(beschreibung).not.toHaveText(vorher ?? '');
  for (const seite of ['/praesentation/', '/einbetten/bevoelkerung/zeitreihe/']) {
    await page.goto(seite);
    await page.keyboard.press('Tab');
    await expect(page.locator('a.skip')).toBeFocused();
  }
});

/** WCAG contrast ratio of two computed colours ("rgb(r, g, b)"). */
function kontrast(a: string, b: string): number {
  const hell = (farbe: string) => {
    const [r, g, bl] = (farbe.match(/[\d.]+/g) ?? []).slice(0, 3).map((x) => {
      const c = Number(x) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [x, y] = [hell(a), hell(b)].sort((p, q) => q - p);
  return ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05);
}

for (const schema of ['light', 'dark'] as const) {
  test(`Zeichen der Legende (${schema}): gestrichelte Linie und Bruchlinie mit mindestens 3:1 gegen den Hintergrund`, async ({ browser }) => {
    const ctx = await browser.newContext({ colorScheme: schema });
    const page = await ctx.newPage();
    await page.goto('/themen/staatsangehoerigkeiten/');
    const hintergrund = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const striche = await page.getByTestId('chart-zeitreihe').locator('.legende svg line').evaluateAll((ls) => ls.map((l) => getComputedStyle(l).stroke));
    expect(striche).toHaveLength(2);
    for (const s of striche) expect(kontrast(s, hintergrund), `${s} auf ${hintergrund}`).toBeGreaterThanOrEqual(3);
    await ctx.close();
  });
}
