import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Kennzahlen } from '../../lib/published';
import { fremdeAnfragen } from './helpers';

const published = JSON.parse(readFileSync('data/published/kennzahlen.json', 'utf8')) as Kennzahlen;
const de = (n: number) => new Intl.NumberFormat('de-DE').format(n);

test.describe('Startseite', () => {
  test('zeigt die Kennzahlen des neuesten Stichtags mit Stand, Quelle und Kennzeichnung', async ({ page }) => {
    const foreign = fremdeAnfragen(page);
    await page.goto('/');
    await expect(page).toHaveTitle(/Integrationsatlas Hamm/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Hamm');

    const einwohner = page.getByTestId('kennzahl-einwohner');
    await expect(einwohner.getByTestId('wert')).toHaveText('179.968');
    await expect(einwohner.getByTestId('stand')).toHaveText('Stand 31.12.2024');
    await expect(einwohner.getByTestId('badge-amtlich')).toBeVisible();
    await expect(einwohner).toContainText('IT.NRW');
    await expect(einwohner).toContainText('+588 seit 31.12.2023');

    await expect(page.getByTestId('kennzahl-auslaender').getByTestId('wert')).toHaveText('35.810');
    await expect(page.getByTestId('kennzahl-bulgarien').getByTestId('wert')).toHaveText('2.760');
    await expect(page.getByTestId('kennzahl-rumaenien').getByTestId('wert')).toHaveText('1.755');

    // Headlines are official, each with its own Stand; a change only between comparable official values.
    const mh = page.getByTestId('kennzahl-anteil_mh');
    await expect(mh.getByTestId('badge-amtlich')).toBeVisible();
    await expect(mh.getByTestId('wert')).toHaveText('29,7 %');
    await expect(mh.getByTestId('stand')).toHaveText('Stand 31.05.2017');
    await expect(page.getByTestId('kennzahlen').getByTestId('badge-beispieldaten')).toHaveCount(0);
    await expect(page.getByTestId('kennzahlen')).not.toContainText('Vorwert');
    await expect(page.getByTestId('kennzahl-auslaender').getByTestId('aenderung')).toHaveText('+4.740 seit 31.12.2020');
    await expect(page.getByTestId('hinweis-beispieldaten')).toBeVisible();
    await expect(page.getByTestId('zusammenfassung')).toContainText('Etwa drei von zehn Personen haben einen Migrationshintergrund (29,7 %, Stand 31.05.2017).');

    // Refugees by status: the parts shown add up to the total shown.
    const fl = published.kennzahlen.find((k) => k.id === 'fluechtlinge');
    expect(fl?.teile).toHaveLength(4);
    const card = page.getByTestId('kennzahl-fluechtlinge');
    await expect(card.getByTestId('wert')).toHaveText(de(fl?.wert ?? NaN));
    const parts = await card.locator('dd').allTextContents();
    expect(parts.map((p) => Number(p.replace(/\./g, ''))).reduce((s, x) => s + x, 0)).toBe(fl?.wert);

    // A summary written from the data, and links into every topic.
    await expect(page.getByTestId('zusammenfassung')).toContainText('Am 31.12.2024 lebten in Hamm 179.968 Menschen, 588 mehr als am 31.12.2023.');
    await page.getByRole('main').getByRole('link', { name: /Flüchtlinge/ }).click();
    await expect(page).toHaveURL(/\/themen\/fluechtlinge\/$/);

    expect(foreign).toEqual([]);
  });

  test('ist ohne JavaScript lesbar', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByTestId('kennzahl-einwohner').getByTestId('wert')).toHaveText('179.968');
    await context.close();
  });

  test('passt auf ein Telefon (390 px) ohne waagerechtes Scrollen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
