import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';

/** The files of a ZIP, read via its central directory (deflate or stored). */
function entpacken(zip: Buffer): Map<string, Buffer> {
  const ende = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const out = new Map<string, Buffer>();
  let p = zip.readUInt32LE(ende + 16);
  for (let i = 0; i < zip.readUInt16LE(ende + 10); i++) {
    const nl = zip.readUInt16LE(p + 28);
    const lokal = zip.readUInt32LE(p + 42);
    const start = lokal + 30 + zip.readUInt16LE(lokal + 26) + zip.readUInt16LE(lokal + 28);
    const roh = zip.subarray(start, start + zip.readUInt32LE(p + 20));
    out.set(zip.subarray(p + 46, p + 46 + nl).toString('utf8'), zip.readUInt16LE(p + 10) === 8 ? inflateRawSync(roh) : roh);
    p += 46 + nl + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return out;
}

test('Der ZIP enthält jede Datei des Datenpakets mit passender Prüfsumme; die Version im Namen ist die der Seiten', async ({ page, request }) => {
  await page.goto('/daten/');
  const href = (await page.getByTestId('zip').getAttribute('href')) ?? '';
  const zip = Buffer.from(await (await request.get(href)).body());
  const dateien = entpacken(zip);
  const paketText = dateien.get('datapackage.json');
  expect(paketText).toBeDefined();
  const paket = JSON.parse(paketText?.toString('utf8') ?? '{}') as { resources: { path: string; hash: string; bytes: number }[] };
  for (const r of paket.resources) {
    const d = dateien.get(r.path);
    expect(d, r.path).toBeDefined();
    expect(`sha256:${createHash('sha256').update(d ?? Buffer.alloc(0)).digest('hex')}`, r.path).toBe(r.hash);
    expect(d?.length).toBe(r.bytes);
  }
  expect(dateien.has('katalog.ttl')).toBe(true);
  // The version: the start of the data package's hash, on every page, in the versioned file name.
  const version = createHash('sha256').update(paketText ?? '').digest('hex').slice(0, 8);
  await expect(page.getByTestId('datenversion')).toContainText(`Datenversion ${version}`);
  const versioniert = await request.get(`/daten/integrationsatlas-daten-${version}.zip`);
  expect(Buffer.from(await versioniert.body()).equals(zip)).toBe(true);
  // JSON beside each CSV, described in the data package.
  expect(paket.resources.some((r) => r.path === 'fluechtlinge.json')).toBe(true);
  const json = (await (await request.get('/daten/fluechtlinge.json')).json()) as { wert: number | null; status: string }[];
  expect(json.length).toBeGreaterThan(100);
  expect(json.every((z) => (z.wert === null) === (z.status !== 'wert' && z.status !== 'nichts'))).toBe(true);
});

test('Jede Seite nennt Datenversion und Zitierzeile mit ihrer eigenen Adresse', async ({ page }) => {
  for (const [pfad, sprache] of [['/themen/fluechtlinge/', 'Zitieren'], ['/en/gebiete/SR1/', 'Cite as']] as const) {
    await page.goto(pfad);
    const zeile = page.getByTestId('zitierzeile');
    await expect(zeile).toContainText(`${sprache}: `);
    await expect(zeile).toContainText(`https://integrationsatlas.hamm.de${pfad} – Datenlizenz Deutschland`);
    await expect(zeile).toContainText(/(Datenversion|Data version) [0-9a-f]{8}/);
  }
  // The citation is one box below its label at any width: as an inline span its padded
  // background, one piece per line, covered the foot of the line above.
  for (const breite of [1280, 320]) {
    await page.setViewportSize({ width: breite, height: 800 });
    const boxen = await page.getByTestId('zitierzeile').locator('.zitat').evaluate((z) => z.getClientRects().length);
    expect(boxen, `${breite} px`).toBe(1);
  }
});

test('„Was ist neu“ listet die Veröffentlichungen; jede mit ihrem ZIP unter der versionierten Adresse', async ({ page, request }) => {
  await page.goto('/daten/neu/');
  const tabelle = page.getByTestId('versionen');
  await expect(tabelle.getByRole('heading', { name: 'Veröffentlichungen' })).toBeVisible();
  const version = ((await page.getByTestId('datenversion').textContent()) ?? '').match(/Datenversion ([0-9a-f]{8})/)?.[1] ?? '';
  const zeile = tabelle.getByTestId(`version-${version}`).first();
  await expect(zeile).toContainText('(aktuell)');
  await expect(zeile.locator('td').nth(2)).toHaveText(/^\d{2}\.\d{2}\.\d{4}$/);
  const link = zeile.getByRole('link', { name: 'ZIP' });
  await expect(link).toHaveAttribute('href', `/daten/integrationsatlas-daten-${version}.zip`);
  const versioniert = Buffer.from(await (await request.get((await link.getAttribute('href')) ?? '')).body());
  const aktuell = Buffer.from(await (await request.get('/daten/integrationsatlas-daten.zip')).body());
  expect(versioniert.length).toBeGreaterThan(1000);
  expect(versioniert.equals(aktuell)).toBe(true);
  // Every release listed has its archive.
  for (const href of await tabelle.getByRole('link', { name: 'ZIP' }).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) expect((await request.get(href)).status(), href).toBe(200);
  await page.goto('/en/daten/neu/');
  await expect(page.getByTestId('versionen').getByRole('heading', { name: 'Releases' })).toBeVisible();
  await expect(page.getByTestId(`version-${version}`).first()).toContainText('(current)');
});
