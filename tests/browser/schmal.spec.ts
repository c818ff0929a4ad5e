import { expect, test } from '@playwright/test';

for (const seite of ['/daten/', '/daten/neu/', '/handout/', '/einbetten/karte/anteil_mh/', '/einbetten/fluechtlinge/vergleich/']) {
  test(`${seite} passt auf ein Telefon (390 px) ohne waagerechtes Scrollen`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(seite);
    await expect(page.locator('h1, h3').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}
