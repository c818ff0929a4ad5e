import { expect, test } from '@playwright/test';
import { beobachten } from './helpers';

test('Startseite: komprimiert ausgeliefert, lädt nach dem Laden nichts vorab (kein Prefetch der verlinkten Seiten)', async ({ page }) => {
  const antworten: { url: string; kodierung: string | undefined; typ: string }[] = [];
  page.on('response', (r) => antworten.push({ url: r.url(), kodierung: r.headers()['content-encoding'], typ: r.headers()['content-type'] ?? '' }));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const nachLaden = antworten.length;
  // Links in view are not fetched ahead: no RSC payloads of other pages.
  await page.mouse.wheel(0, 4000);
  await page.waitForTimeout(500);
  expect(antworten.filter((a) => /\.txt(\?|$)/.test(a.url))).toEqual([]);
  expect(antworten.length).toBe(nachLaden);
  // HTML, scripts and styles come compressed.
  const text = antworten.filter((a) => /^(text\/html|text\/javascript|text\/css)/.test(a.typ));
  expect(text.length).toBeGreaterThan(2);
  for (const a of text) expect(a.kodierung, a.url).toMatch(/^(br|gzip)$/);
});

test('Links laden die Seite selbst: keine RSC-Nutzlast wird geholt oder veröffentlicht, keine Fehler in der Konsole', async ({ page, request }) => {
  const fehler: string[] = [];
  const txt: string[] = [];
  page.on('console', (m) => m.type() === 'error' && fehler.push(m.text()));
  page.on('request', (r) => /\.txt(\?|$)/.test(r.url()) && txt.push(r.url()));
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Karte' }).click();
  await expect(page).toHaveURL(/\/karte\/$/);
  // Enter on an area of the map's static view (a link) opens its profile, a page load too.
  await page.getByTestId('karte-statisch').locator('a[data-gebiet]').first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/gebiete\/[^/]+\/$/);
  expect(txt).toEqual([]);
  expect(fehler).toEqual([]);
  // The payload files are not published (each page carries its data inline).
  expect((await request.get('/karte/index.txt')).status()).toBe(404);
});

test('Seiten ohne interaktive Teile laden kein Framework: nur HTML, CSS und das Rahmenskript; Suche, Darstellung und Sprachlink gehen dort wie auf Seiten mit Laufzeit', async ({ page }) => {
  const { skripte, fehler } = beobachten(page);
  await page.goto('/impressum/#impressum-anschrift');
  await page.waitForLoadState('networkidle');
  expect(skripte).toHaveLength(1);
  expect(skripte[0]).toMatch(/^\/_next\/static\/chunks\/rahmen-[0-9A-Za-z]+\.js$/);
  expect(await page.content()).not.toContain('__next_f');
  // The frame works without the runtime: search, display choice, the language link with the fragment.
  await page.getByTestId('suche-feld').fill('mitte');
  await expect(page.getByTestId('suche-liste').getByRole('option').first()).toContainText('Mitte');
  await page.getByTestId('farbschema').selectOption('dunkel');
  await expect(page.locator('html')).toHaveAttribute('data-farbschema', 'dunkel');
  await page.getByTestId('sprachwechsel').hover();
  await expect(page.getByTestId('sprachwechsel')).toHaveAttribute('href', '/en/impressum/#impressum-anschrift');

  // A page that loads the runtime at once (a view from a link); once hydrated it still shows the stored choice and searches.
  skripte.length = 0;
  await page.goto('/gebiete/vergleich/?gebiete=SR1%2CSR3');
  await expect(page.locator('html')).toHaveAttribute('data-hydriert', '');
  expect(skripte.filter((s) => !s.includes('/rahmen-')).length).toBeGreaterThan(3);
  await expect(page.getByTestId('farbschema')).toHaveValue('dunkel');
  await page.getByTestId('suche-feld').fill('hövel');
  await expect(page.getByTestId('suche-liste').getByRole('option').first()).toContainText('Hövel');
  await page.getByTestId('suche-feld').press('Escape');
  await expect(page.getByTestId('suche-liste')).toBeHidden();
  await expect(page.getByTestId('suche-feld')).toHaveValue('hövel');
  expect(fehler).toEqual([]);
});

test('Themenseite: das Framework erst auf Abruf; eine Auswahl vor dem Laden wird gezeigt, sobald es läuft; eine Ansicht aus dem Link sofort', async ({ page }) => {
  const { skripte, fehler } = beobachten(page);
  const nutzlast: { url: string; kodierung: string | undefined }[] = [];
  page.on('response', (r) => r.url().includes('/_next/static/nutzlast/') && nutzlast.push({ url: r.url(), kodierung: r.headers()['content-encoding'] }));
  await page.goto('/themen/fluechtlinge/');
  await page.waitForLoadState('networkidle');
  // A reader who only reads: the default view complete in HTML, only the frame script loaded,
  // and the payload for hydrating neither in the page nor fetched.
  expect(skripte).toEqual([expect.stringMatching(/\/rahmen-[0-9A-Za-z]+\.js$/)]);
  expect(await page.content()).not.toContain('__next_f');
  expect(nutzlast).toEqual([]);
  const chart = page.getByTestId('chart-vergleich');
  const zeilen = chart.getByTestId('datentabelle').locator('tbody tr');
  const vorher = await zeilen.count();
  expect(vorher).toBeGreaterThan(1);
  await expect(page.locator('html')).not.toHaveAttribute('data-hydriert', '');
  // A choice before the runtime runs: kept in the address, shown once React has hydrated.
  await chart.getByTestId('vergleich-ebene').selectOption('wohnbereich');
  await expect(page).toHaveURL(/\?vergleich\.ebene=wohnbereich$/);
  await expect(page.locator('html')).toHaveAttribute('data-hydriert', '');
  await expect.poll(() => zeilen.count()).toBeGreaterThan(vorher);
  await expect(chart.getByTestId('vergleich-ebene')).toHaveValue('wohnbereich');
  expect(skripte.filter((s) => !s.includes('/rahmen-')).length).toBeGreaterThan(3);
  // The payload once, compressed, from a file named by its content.
  expect(nutzlast).toEqual([{ url: expect.stringMatching(/\/_next\/static\/nutzlast\/[0-9a-f]{20}\.json$/), kodierung: expect.stringMatching(/^(br|gzip)$/) }]);
  // Back to the default: the address is plain again.
  await chart.getByTestId('vergleich-ebene').selectOption('sozialraum');
  await expect(page).toHaveURL(/\/themen\/fluechtlinge\/$/);
  // A view from a link: the runtime at once, no reader's intent needed.
  await page.goto('/themen/fluechtlinge/?vergleich.ebene=wohnbereich');
  await expect(page.locator('html')).toHaveAttribute('data-hydriert', '');
  await expect(chart.getByTestId('vergleich-ebene')).toHaveValue('wohnbereich');
  expect(fehler).toEqual([]);
});

test('Themenseite: ist die Nutzlast nicht zu haben, bleibt die Seite statisch und lesbar; die nächste Absicht lädt das Framework', async ({ page }) => {
  const { skripte, fehler } = beobachten(page);
  let versuche = 0;
  await page.route(/\/_next\/static\/nutzlast\//, (route) => (++versuche === 1 ? route.fulfill({ status: 503, body: '' }) : route.continue()));
  await page.goto('/themen/fluechtlinge/');
  await page.locator('h1').click();
  await expect.poll(() => versuche).toBe(1);
  await page.waitForLoadState('networkidle');
  // No runtime without its payload: its scripts may have come (they load while the payload does)
  // but none ran, and the static page stays as it was.
  expect(await page.evaluate(() => ['__next_f', 'next'].filter((n) => n in window))).toEqual([]);
  expect(await page.locator('script[src*="/_next/static/chunks/"]:not([src*="/rahmen-"])').count()).toBe(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-hydriert', '');
  await expect(page.getByTestId('chart-vergleich').getByTestId('vergleich-ebene')).toHaveValue('sozialraum');
  // The reader's next intent tries again, and the page hydrates.
  await page.locator('h1').click();
  await expect(page.locator('html')).toHaveAttribute('data-hydriert', '');
  expect(versuche).toBe(2);
  expect(skripte.filter((s) => !s.includes('/rahmen-')).length).toBeGreaterThan(3);
  expect(fehler.filter((f) => !f.includes('503'))).toEqual([]);
});
