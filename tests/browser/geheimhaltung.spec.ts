import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DatensatzDatei } from '../../lib/published';
import { parseCsvLine, csvText } from './helpers';

/** A withheld status value of the bundled data, read from what the ingest published. */
const fl = JSON.parse(readFileSync(path.resolve(__dirname, '../../data/published/datensaetze/fluechtlinge.json'), 'utf8')) as DatensatzDatei;
const geheim = fl.werte.find(([, , m, , z]) => z === 'geheim' && m === 'anerkannt');
const [stichtag, gebiet] = geheim ?? ['', ''];

test('Gesperrte Werte: eigenes Zeichen in der Tabelle, Tooltip mit Grund, im CSV „.“ mit Status geheim', async ({ page }) => {
  expect(geheim).toBeDefined();
  await page.goto('/themen/fluechtlinge/');
  const chart = page.getByTestId('chart-zusammensetzung');
  await chart.getByTestId('zusammensetzung-gebiet').selectOption(gebiet);
  await chart.getByTestId('zusammensetzung-stichtag').selectOption(stichtag);
  await chart.locator('summary').click();
  const zelle = chart.getByTestId('datentabelle').locator('td', { hasText: '•' }).first();
  await expect(zelle).toBeVisible();
  await expect(zelle).toHaveAttribute('title', /weniger als 3 oder daraus errechenbar — aus Datenschutzgründen nicht ausgewiesen/);
  const zeilen = (await csvText(page, chart)).trim().split('\r\n');
  const kopf = zeilen[0]?.split(',') ?? [];
  const anerkannt = zeilen.map(parseCsvLine).find((z) => z[kopf.indexOf('reihe_id')] === 'anerkannt');
  expect(anerkannt?.[kopf.indexOf('wert')]).toBe('');
  expect(anerkannt?.[kopf.indexOf('zeichen')]).toBe('.');
  expect(anerkannt?.[kopf.indexOf('status')]).toBe('geheim');
  await expect(page.locator('footer')).toContainText('• aus Datenschutzgründen nicht ausgewiesen');
});

test('Karte: gesperrte Gebiete sind schraffiert, mit eigenem Legendeneintrag und Tooltip', async ({ page }) => {
  await page.goto(`/karte/?indikator=anerkannt_je_1000&ebene=wohnbereich&stichtag=${stichtag}`);
  const flaeche = page.locator(`.karte-leaflet path.gebiet[data-gebiet="${gebiet}"]`);
  await expect(flaeche).toHaveAttribute('fill', 'url(#karte-schraffur)');
  const eintrag = page.getByTestId('legende-geheim');
  await expect(eintrag).toBeVisible();
  const n = Number(await eintrag.getAttribute('data-anzahl'));
  expect(n).toBeGreaterThan(0);
  await expect(page.locator('.karte-leaflet path.gebiet[fill="url(#karte-schraffur)"]')).toHaveCount(n);
  const zeile = page.getByTestId('karte-tabelle').locator('td[title*="Datenschutz"]').first();
  await expect(zeile).toContainText('•');
});
