import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Width and height from a PNG's IHDR chunk (after checking the signature). */
function pngGroesse(buf: Buffer) {
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { breite: buf.readUInt32BE(16), hoehe: buf.readUInt32BE(20) };
}

async function laden(page: Page, knopf: Locator): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), knopf.click()]);
  return readFileSync((await (download as Download).path()) as string);
}

/** Parses the SVG in the browser: well-formed, and the texts drawn into it. */
async function svgTexte(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return { fehler: doc.querySelector('parsererror')?.textContent ?? 'parsererror', texte: [] };
    return { fehler: null, texte: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '') };
  }, svg);
}

for (const chartId of ['zeitreihe', 'zusammensetzung', 'vergleich']) {
  test(`Diagramm ${chartId}: PNG und SVG mit Titel, Stand, Quelle und Lizenzzeile`, async ({ page }) => {
    await page.goto('/themen/fluechtlinge/');
    const chart = page.getByTestId(`chart-${chartId}`);
    const titel = (await chart.locator(`#${chartId}-titel`).textContent()) ?? '';
    const png = pngGroesse(await laden(page, chart.getByTestId('bild-png')));
    expect(png.breite).toBe(1920);
    expect(png.hoehe).toBeGreaterThan(400);
    const { fehler, texte } = await svgTexte(page, (await laden(page, chart.getByTestId('bild-svg'))).toString('utf8'));
    expect(fehler).toBeNull();
    const alles = texte.join(' ');
    expect(alles).toContain(titel.split(' ')[0]);
    expect(alles).toMatch(/Stand: /);
    expect(alles).toContain('Quelle:');
    expect(alles).toContain('Datenlizenz Deutschland – Namensnennung – Version 2.0');
    // The comparison's dashed reference line is drawn and named in the image, as on the page.
    if (chartId === 'vergleich') {
      const legende = (await chart.locator('.balken-legende').innerText()).trim();
      expect(alles).toContain(legende.replace(/\s+/g, ' '));
      expect((await laden(page, chart.getByTestId('bild-svg'))).toString('utf8')).toMatch(/<g data-rolle="referenz"><line [^>]*stroke-dasharray/);
    }
  });
}

test('Karte: PNG und SVG der aktuellen Ansicht mit Legende und Namensnennung der Geometrie', async ({ page }) => {
  await page.goto('/karte/?indikator=anerkannt_je_1000&ebene=wohnbereich&stichtag=2024-12-31');
  await expect(page.locator('.karte-leaflet path.gebiet')).toHaveCount(27);
  const png = pngGroesse(await laden(page, page.getByTestId('bild-png')));
  expect(png.breite).toBe(1920);
  const svg = (await laden(page, page.getByTestId('bild-svg'))).toString('utf8');
  const { fehler, texte } = await svgTexte(page, svg);
  expect(fehler).toBeNull();
  const alles = texte.join(' ');
  expect(alles).toContain('Anerkannte Flüchtlinge je 1.000 Einwohner, Wohnbereiche');
  expect(alles).toContain('nicht ausgewiesen (Datenschutz)');
  expect(alles).toContain('GeoBasis-DE / BKG');
  expect(alles).toContain('Datenlizenz Deutschland – Namensnennung – Version 2.0');
  // One path per area, plus a striped overlay for each area with an illustrative (not withheld) value.
  expect((svg.match(/<path data-gebiet=/g) ?? []).length).toBe(27);
  expect((svg.match(/<path [^>]*data-kennzeichnung="Beispieldaten"/g) ?? []).length).toBe(await page.locator('.karte-leaflet path.gebiet-ill').count());
  expect(alles).toContain('Werte und Klassengrenzen: Beispieldaten');
});
