import { expect, test } from '@playwright/test';

/** A4's printed area at @page's margins (210 × 297 mm less 14 mm each side, 14 mm top, 18 mm bottom) in CSS px: emulated print keeps the window's size. */
const A4_INNEN = { width: Math.round((182 / 25.4) * 96), height: Math.round((265 / 25.4) * 96) };

/** Number of pages of a PDF (its /Type /Page objects). */
const seiten = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('Druck: ohne Navigation und Bedienelemente, Diagramme in voller Breite, Fuß mit Stand, Quelle und Adresse', async ({ page }) => {
  await page.goto('/themen/fluechtlinge/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.hauptnav')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  // The header's search and language link do nothing on paper.
  await expect(page.getByTestId('suche-feld')).toBeHidden();
  await expect(page.getByTestId('sprachwechsel')).toBeHidden();
  await expect(page.locator('.steuerung').first()).toBeHidden();
  await expect(page.getByTestId('bild-png').first()).toBeHidden();
  // The footer is a page-margin box of @page: on every printed page, never over the content.
  const fuss = await page.evaluate(() =>
    [...document.styleSheets]
      .flatMap((s) => [...s.cssRules])
      .filter((r) => r instanceof CSSPageRule)
      .map((r) => r.cssText)
      .join(' '),
  );
  expect(fuss).toContain('@bottom-left');
  expect(fuss).toContain('Datenstand des Atlas: 31.12.2024');
  expect(fuss).toContain('Datenlizenz Deutschland – Namensnennung');
  expect(fuss).toContain('https://integrationsatlas.hamm.de/themen/fluechtlinge');
  expect(fuss).toContain('counter(page)');
  const chart = page.getByTestId('chart-zeitreihe');
  const [c, w] = await Promise.all([chart.boundingBox(), page.locator('main').boundingBox()]);
  expect(c?.width).toBeCloseTo(w?.width ?? 0, 0);
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('table.daten tr') ?? document.body).breakInside)).toBe('avoid');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(seiten(pdf)).toBeGreaterThanOrEqual(1);
});

test('Handout: die Kennzahlen des neuesten Stichtags auf genau einer A4-Seite', async ({ page }) => {
  await page.goto('/handout/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Zahlen auf einen Blick');
  await expect(page.getByTestId('handout')).toContainText('Stand 31.12.2024');
  await expect(page.locator('[data-testid^="kennzahl-"]')).toHaveCount(7);
  await expect(page.getByTestId('handout-tabelle').locator('tbody tr')).toHaveCount(9);
  // Its button opens the print dialog (the page needs no framework for it: only the frame script).
  await page.evaluate(() => {
    (window as unknown as { gedruckt: number }).gedruckt = 0;
    window.print = () => void (window as unknown as { gedruckt: number }).gedruckt++;
  });
  await page.getByTestId('drucken').click();
  expect(await page.evaluate(() => (window as unknown as { gedruckt: number }).gedruckt)).toBe(1);
  expect(await page.locator('script[src*="/_next/"]').evaluateAll((s) => s.map((x) => x.getAttribute('src')))).toEqual([expect.stringMatching(/\/rahmen-[0-9A-Za-z]+\.js$/)]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('drucken')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(seiten(pdf)).toBe(1);
});

test('Karte im Druck: ohne Zoom und Bedienung, mit Legende des gezeigten Stichtags und gefüllten Feldern', async ({ page }) => {
  await page.goto('/karte/?indikator=fluechtlinge_je_1000&ebene=sozialraum&stichtag=2017-05-31&klassen=jenks');
  await expect(page.locator('.karte-leaflet path.gebiet').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.leaflet-control-zoom')).toBeHidden();
  await expect(page.getByTestId('karte-indikator')).toBeHidden();
  const legende = page.locator('.legende-karte');
  await expect(legende).toBeVisible();
  await expect(legende.locator('.legende-titel')).toContainText('31.05.2017');
  const farbe = await legende.locator('.feld').first().evaluate((e) => getComputedStyle(e).printColorAdjust);
  expect(farbe).toBe('exact');
});

test('Karte gedruckt, ohne dass das Framework lief: die statische Ansicht mit allen Gebieten und ihren Namen', async ({ page }) => {
  await page.goto('/karte/');
  await page.emulateMedia({ media: 'print' });
  const karte = page.getByTestId('karte-statisch');
  await expect(karte).toBeVisible();
  await expect(karte.locator('path.flaeche')).toHaveCount(9);
  await expect(karte.locator('.karte-label')).toHaveCount(9);
  const box = await karte.locator('svg').boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(200);
});

test('Druck: die Zeichen der Legende bleiben klein, die Zeitreihe passt mit ihrer Legende auf eine Seite', async ({ page }) => {
  // A topic whose time series has both illustrative values (dashed) and a break (vertical line).
  await page.setViewportSize(A4_INNEN);
  await page.goto('/themen/staatsangehoerigkeiten/');
  await page.emulateMedia({ media: 'print' });
  const chart = page.getByTestId('chart-zeitreihe');
  const zeichen = chart.locator('.legende svg');
  await expect(zeichen).toHaveCount(2);
  for (const box of await zeichen.evaluateAll((es) => es.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.width).toBeLessThanOrEqual(40);
    expect(box.height).toBeLessThanOrEqual(20);
  }
  // The text beside each sign stays on its line.
  for (const li of await chart.locator('.legende li').all()) expect((await li.boundingBox())?.height ?? 0).toBeLessThan(40);
  // The card (break-inside: avoid) fits on one page.
  const hoehe = await chart.evaluate((e) => e.getBoundingClientRect().height);
  expect(hoehe).toBeLessThan(A4_INNEN.height);
});

test('Druck eines Gebietsprofils: die kleinen Zeitreihen zu zweit nebeneinander, in der Größe, für die sie gezeichnet sind', async ({ page }) => {
  await page.setViewportSize(A4_INNEN);
  await page.goto('/gebiete/WB11/');
  await page.emulateMedia({ media: 'print' });
  const karten = page.locator('.trends > .chart');
  expect(await karten.count()).toBeGreaterThanOrEqual(2);
  const [a, b, main] = await Promise.all([karten.nth(0).boundingBox(), karten.nth(1).boundingBox(), page.locator('main').boundingBox()]);
  expect(a && b && main).toBeTruthy();
  expect(Math.abs((a?.y ?? 0) - (b?.y ?? 1))).toBeLessThan(1);
  expect(a?.width ?? 0).toBeLessThan((main?.width ?? 0) * 0.55);
});
