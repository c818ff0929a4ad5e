import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fremdeAnfragen } from './helpers';

const FOLIEN = (JSON.parse(readFileSync(path.resolve(__dirname, '../../data/published/praesentation.json'), 'utf8')) as { folien: unknown[] }).folien.length;
const zaehler = (page: Page) => page.getByTestId('folien-zaehler');
const aktiv = (page: Page) => page.locator('.folie-huelle.aktiv .folie');
// The counter is in the static HTML; keys only step once the script has taken over ("schritt").
const gesteuert = (page: Page) => expect(page.locator('.folien.schritt')).toHaveCount(1);

test('Tastatur: alle Folien vor und zurück, Bild ↑/↓, Pos1/Ende, Nummer in der URL, Esc beendet', async ({ page }) => {
  const foreign = fremdeAnfragen(page);
  await page.goto('/praesentation/');
  await gesteuert(page);
  await expect(zaehler(page)).toHaveText(`1 / ${FOLIEN}`);
  expect(FOLIEN).toBeGreaterThanOrEqual(5);
  for (let i = 2; i <= FOLIEN; i++) {
    await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
    await expect(zaehler(page)).toHaveText(`${i} / ${FOLIEN}`);
    await expect(aktiv(page)).toHaveAttribute('data-testid', `folie-${i}`);
    await expect(page.locator('.folie-huelle.aktiv')).toHaveCount(1);
  }
  await page.keyboard.press('ArrowRight');
  await expect(zaehler(page)).toHaveText(`${FOLIEN} / ${FOLIEN}`);
  await page.keyboard.press('PageUp');
  await expect(zaehler(page)).toHaveText(`${FOLIEN - 1} / ${FOLIEN}`);
  await page.keyboard.press('Home');
  await expect(zaehler(page)).toHaveText(`1 / ${FOLIEN}`);
  // A focused toolbar button is activated by Enter, not taken as "next slide".
  await page.getByRole('button', { name: 'Vollbild' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(zaehler(page)).toHaveText(`1 / ${FOLIEN}`);
  await page.evaluate(() => document.exitFullscreen());
  await page.keyboard.press('End');
  await expect(page).toHaveURL(new RegExp(`#folie-${FOLIEN}$`));
  await page.reload();
  await gesteuert(page);
  await expect(zaehler(page)).toHaveText(`${FOLIEN} / ${FOLIEN}`);
  await page.keyboard.press('ArrowLeft');
  await expect(zaehler(page)).toHaveText(`${FOLIEN - 1} / ${FOLIEN}`);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className ?? null)).toContain('folien');
  await page.evaluate(() => document.exitFullscreen());
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/$/);
  expect(foreign).toEqual([]);
});

for (const [breite, hoehe] of [
  [1920, 1080],
  [1024, 768],
] as const) {
  test(`${breite}×${hoehe}: jede Folie passt auf den Schirm, zeigt Stand und Quelle, große Schrift`, async ({ page }) => {
    await page.setViewportSize({ width: breite, height: hoehe });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/praesentation/');
    await gesteuert(page);
    await expect(zaehler(page)).toHaveText(`1 / ${FOLIEN}`);
    for (let i = 1; i <= FOLIEN; i++) {
      await expect(zaehler(page)).toHaveText(`${i} / ${FOLIEN}`);
      const folie = aktiv(page);
      await expect(folie.locator('.folie-fuss')).toContainText('Stand:');
      await expect(folie.locator('.folie-fuss')).toContainText('Quelle:');
      const m = await folie.evaluate((el) => {
        const inhalt = el.querySelector('.folie-inhalt') as HTMLElement;
        const titel = el.querySelector('.folie-kopf') as HTMLElement;
        const s = getComputedStyle(el);
        return {
          seite: document.documentElement.scrollHeight,
          breite: document.documentElement.scrollWidth,
          ueberlauf: inhalt.scrollHeight - inhalt.clientHeight,
          titel: parseFloat(getComputedStyle(titel).fontSize),
          text: parseFloat(s.fontSize),
          bewegung: [s.transitionDuration, s.animationName].join(' '),
        };
      });
      expect(m.seite, `Folie ${i}`).toBeLessThanOrEqual(hoehe);
      expect(m.breite, `Folie ${i}`).toBeLessThanOrEqual(breite);
      expect(m.ueberlauf, `Folie ${i}`).toBeLessThanOrEqual(1);
      expect(m.titel).toBeGreaterThanOrEqual(breite > 1500 ? 60 : 40);
      expect(m.text).toBeGreaterThanOrEqual(breite > 1500 ? 30 : 22);
      expect(m.bewegung).toBe('0s none');
      await page.keyboard.press('ArrowRight');
    }
  });
}

test('ohne JavaScript stehen alle Folien untereinander', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/praesentation/');
  await expect(page.locator('.folie')).toHaveCount(FOLIEN);
  await expect(page.getByTestId(`folie-${FOLIEN}`)).toBeVisible();
  await context.close();
});
