import { expect, test } from '@playwright/test';

for (const seite of ['/daten/', '/daten/neu/', '/handout/', '/einbetten/karte/anteil_mh/', '/einbetten/fluechtlinge/vergleich/']) {
  test(`${seite} passt auf ein Telefon (390 px) ohne waagerechtes Scrollen`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(seite);
    await expect(page.locator('h1, h3').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}

/** The names of bar charts on a page that break inside a word ("Nordenfeldmar|k-Ost"): a line ends where the name has no space, hyphen or dash. */
async function wortBrueche(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const brueche: string[] = [];
    for (const el of document.querySelectorAll('.balken-label')) {
      const t = el.firstChild;
      if (!t || t.nodeType !== Node.TEXT_NODE) continue;
      const text = t.textContent ?? '';
      let oben: number | null = null;
      for (let i = 0; i < text.length; i++) {
        const r = document.createRange();
        r.setStart(t, i);
        r.setEnd(t, i + 1);
        const box = r.getClientRects()[0];
        if (!box) continue;
        if (oben !== null && box.top > oben + 2 && !/[\s\-–]/.test(text[i - 1] ?? ' ') && !/\s/.test(text[i] ?? '')) brueche.push(`${text.slice(0, i)}|${text.slice(i)}`);
        oben = box.top;
      }
    }
    return brueche;
  });
}

for (const breite of [390, 320]) {
  test(`Balkendiagramme (${breite} px): kein Name bricht mitten im Wort, auch mit langen Wörtern (Wohnbereiche, Vergleichsstädte)`, async ({ page }) => {
    await page.setViewportSize({ width: breite, height: 844 });
    // The Wohnbereiche (from a link: the runtime renders that view) and the comparison with other cities.
    await page.goto('/themen/fluechtlinge/?vergleich.ebene=wohnbereich');
    await expect(page.locator('html')).toHaveAttribute('data-hydriert', '');
    const namen = page.getByTestId('chart-vergleich').locator('.balken-label');
    expect(await namen.count()).toBeGreaterThan(20);
    expect(await wortBrueche(page)).toEqual([]);
    await page.goto('/vergleich/');
    await expect(page.locator('.balken-label').first()).toBeVisible();
    expect(await wortBrueche(page)).toEqual([]);
  });
}
