import { expect, test, type Page } from '@playwright/test';

/** CSP violations a page reports (the bundled server sends each page's policy from csp.json). */
async function verletzungen(page: Page): Promise<string[]> {
  const out: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) out.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return out;
}

test('unter der CSP ohne unsafe-inline für Skripte: Start, Thema, Karte, Präsentation laufen ohne Verletzung, Diagramme, Karte und Exporte funktionieren', async ({ page }) => {
  const v = await verletzungen(page);
  const start = await page.goto('/');
  const policy = start?.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'sha256-/);
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(start?.headers()['x-frame-options']).toBe('DENY');
  await expect(page.getByTestId('kennzahl-einwohner')).toBeVisible();

  await page.goto('/themen/fluechtlinge/');
  const chart = page.getByTestId('chart-vergleich');
  await chart.getByTestId('vergleich-ebene').selectOption('wohnbereich');
  await expect(chart.locator('.balken-zeile')).toHaveCount(27);
  const [png] = await Promise.all([page.waitForEvent('download'), chart.getByTestId('bild-png').click()]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);

  await page.goto('/karte/');
  await page.getByTestId('karte-indikator').selectOption('fluechtlinge_je_1000');
  // The choice loads the runtime and Leaflet, under the policy.
  await expect(page.locator('.karte-leaflet path.gebiet')).toHaveCount(9);
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('bild-svg').click()]);
  expect(svg.suggestedFilename()).toMatch(/\.svg$/);

  await page.goto('/praesentation/');
  // The counter is in the static HTML; the keys are handled once the script has taken over.
  await expect(page.locator('.folien.schritt')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#folie-2$/);

  expect(v).toEqual([]);
});

test('Seiten ohne Schrägstrich werden weitergeleitet (308) und hydrieren ohne Fehler', async ({ page }) => {
  const fehler: string[] = [];
  page.on('pageerror', (e) => fehler.push(e.message));
  const res = await page.request.get('/karte?indikator=anteil_mh', { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(res.headers().location).toBe('/karte/?indikator=anteil_mh');
  await page.goto('/themen/bevoelkerung');
  await expect(page).toHaveURL(/\/themen\/bevoelkerung\/$/);
  await expect(page.getByTestId('chart-zeitreihe')).toBeVisible();
  expect(fehler).toEqual([]);
});

test('Einbettungen dürfen gerahmt werden, alles andere nicht', async ({ request }) => {
  const e = await request.get('/einbetten/fluechtlinge/vergleich/');
  expect(e.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(e.headers()['x-frame-options']).toBeUndefined();
  const d = await request.get('/daten/');
  expect(d.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('kein Schema-Code im Browser: zod (dessen JIT-Prüfung Function() aufruft) bleibt auf dem Server', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const path = await import('node:path');
  const dir = path.resolve(__dirname, '../../out/_next/static/chunks');
  const mitZod = readdirSync(dir).filter((f) => f.endsWith('.js') && readFileSync(path.join(dir, f), 'utf8').includes('$ZodType'));
  expect(mitZod).toEqual([]);
});
