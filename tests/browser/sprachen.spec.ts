import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

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
  // Pages not yet in English are linked in German and say so.
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: /Map \(German\)/ })).toHaveAttribute('hreflang', 'de');
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
  await page.goto('/karte/');
  await expect(page.getByTestId('sprachwechsel')).toHaveCount(0);
});

test('jede übersetzte Seite: englischer Zwilling mit lang="en", hreflang auf beide Fassungen, ohne deutsche Bedienwörter', async ({ request, page }) => {
  const seiten = readFileSync(path.resolve(__dirname, '../../lib/i18n/seiten.ts'), 'utf8').match(/ENGLISCHE_SEITEN[^=]*= \[([^\]]*)\]/)?.[1] ?? '';
  const pfade = [...seiten.matchAll(/'([^']+)'/g)].map((m) => m[1] as string);
  expect(pfade.length).toBeGreaterThanOrEqual(2);
  for (const p of pfade) {
    const de = await request.get(p);
    const en = await request.get(`/en${p}`);
    expect(de.status(), p).toBe(200);
    expect(en.status(), p).toBe(200);
    const html = await en.text();
    expect(html, p).toMatch(/^<!DOCTYPE html><html lang="en"/);
    for (const sprache of ['de', 'en']) expect(await de.text(), p).toContain(`hrefLang="${sprache}"`);
    // The text in English: German stands only where marked lang="de" or given in parentheses.
    await page.goto(`/en${p}`);
    const text = await page.evaluate(() => {
      const kopie = document.body.cloneNode(true) as HTMLElement;
      kopie.querySelectorAll('[lang="de"], script, style').forEach((e) => e.remove());
      return (kopie.innerText || kopie.textContent || '').replace(/\([^)]*\)/g, '');
    });
    for (const wort of DEUTSCHE_WOERTER) expect(text, `${p}: ${wort}`).not.toContain(wort);
  }
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
