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

test('Telefon (320 px): ein Wert bleibt mit seiner Einheit auf einer Zeile, Überschriften werden nach den Regeln der Sprache getrennt', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 844 });
  await page.goto('/gebiete/WB11/');
  const zellen = page.locator('table.daten td.num');
  expect(await zellen.count()).toBeGreaterThan(5);
  // Lines a cell's text takes: the distinct tops of its pieces.
  const mehrzeilig = await zellen.evaluateAll((tds) =>
    tds
      .filter((td) => {
        const r = document.createRange();
        r.selectNodeContents(td);
        return new Set([...r.getClientRects()].filter((b) => b.width > 1).map((b) => Math.round(b.top))).size > 1;
      })
      .map((td) => td.textContent),
  );
  expect(mehrzeilig).toEqual([]);
  // A table wider than its box scrolls, its caption wraps within the visible part ("Stand 31.12.202" was cut at the edge).
  const abgeschnitten = await page.locator('.tabelle-scroll').evaluateAll((boxen) =>
    boxen
      .map((box) => [box.getBoundingClientRect(), box.querySelector('caption')] as const)
      .filter(([, c]) => c && c.getClientRects().length)
      .filter(([b, c]) => (c as HTMLElement).getBoundingClientRect().right > b.right + 1)
      .map(([, c]) => c?.textContent),
  );
  expect(abgeschnitten).toEqual([]);
  // A browser that knows German hyphenation ("Migrations-hintergrund") uses it there; on a wide screen headings are not hyphenated.
  expect(await page.locator('h2').first().evaluate((h) => getComputedStyle(h).hyphens)).toBe('auto');
  await page.setViewportSize({ width: 1280, height: 844 });
  expect(await page.locator('h2').first().evaluate((h) => getComputedStyle(h).hyphens)).toBe('manual');
  // The level beside an area's name is one box, on the name's line or below it, never split in two.
  await page.setViewportSize({ width: 320, height: 844 });
  await page.goto('/en/gebiete/SR1/');
  expect(await page.locator('h1 .ebene').evaluate((e) => e.getClientRects().length)).toBe(1);
});
