import { describe, expect, it } from 'vitest';
import type { Punkt } from '../themen/model';
import { inflateSync } from 'node:zlib';
import { pngAusSvg, pngIndiziert } from './rastern';
import { VORSCHAU, vorschauPfad, vorschauSvg } from './vorschau';

const punkt = (stichtag: string, wert: number, illustrativ = false): Punkt => ({ x: stichtag, xLabel: stichtag, reihe: 'a', reiheLabel: 'Gebiet A', wert, zeichen: null, einheit: 'Anzahl', illustrativ, quelle: 'q', stichtag });
const text = { titel: 'Gebiet A: Einwohner', beschreibung: 'Gebiet A zu jedem Stichtag.', stand: '31.12.2022 bis 31.12.2024', quelle: 'Amt: Register', namensnennung: 'Musterstadt; Datenlizenz Deutschland – Namensnennung – Version 2.0' };

describe('preview image', () => {
  it('is the chart image with title, Stand, source and licence, filling 1200 × 630', () => {
    const svg = vorschauSvg({ art: 'linie', punkte: [punkt('2022-12-31', 100), punkt('2024-12-31', 120, true)] }, text);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630" viewBox="0 0 760 \d+"/);
    for (const t of ['Gebiet A: Einwohner', 'Stand: 31.12.2022 bis 31.12.2024', 'Datenlizenz Deutschland', 'Beispieldaten']) expect(svg).toContain(t);
  });

  it('lies beside the routes, one file per page and language', () => {
    expect(vorschauPfad('/themen/fluechtlinge/')).toBe('vorschau/themen/fluechtlinge.png');
    expect(vorschauPfad('/en/gebiete/A1/')).toBe('vorschau/en/gebiete/A1.png');
  });

  it('is drawn as a PNG of that size, with the words in it (not blank)', async () => {
    const png = await pngAusSvg(vorschauSvg({ art: 'linie', punkte: [punkt('2022-12-31', 100), punkt('2024-12-31', 120)] }, text));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([VORSCHAU.breite, VORSCHAU.hoehe]);
    const ohneText = await pngAusSvg(vorschauSvg({ art: 'linie', punkte: [] }, { ...text, titel: '', beschreibung: '', namensnennung: '' }));
    expect(png.length).toBeGreaterThan(ohneText.length + 2000);
  });

  it('writes opaque images of few colours as indexed PNG, pixel for pixel; others not', async () => {
    const rgba = new Uint8Array([255, 255, 255, 255, 0, 114, 178, 255, 0, 114, 178, 255, 17, 17, 17, 255]);
    const png = await pngIndiziert(rgba, 2, 2);
    expect(png).not.toBeNull();
    const b = png ?? Buffer.alloc(0);
    expect(b[25]).toBe(3); // colour type: palette
    const plte = b.indexOf('PLTE');
    expect([...b.subarray(plte + 4, plte + 4 + 9)]).toEqual([255, 255, 255, 0, 114, 178, 17, 17, 17]);
    const idat = b.indexOf('IDAT');
    expect([...inflateSync(b.subarray(idat + 4, idat + 4 + b.readUInt32BE(idat - 4)))]).toEqual([0, 0, 1, 0, 1, 2]);
    expect(await pngIndiziert(new Uint8Array([0, 0, 0, 128]), 1, 1)).toBeNull();
    const bunt = new Uint8Array(257 * 4).map((_, i) => (i % 4 === 3 ? 255 : i % 4 === 0 ? Math.floor(i / 4) % 256 : i % 4 === 1 ? (Math.floor(i / 4) >> 8) : 0));
    expect(await pngIndiziert(bunt, 257, 1)).toBeNull();
    // The same colour, then less opaque: not indexed.
    expect(await pngIndiziert(new Uint8Array([9, 9, 9, 255, 9, 9, 9, 254]), 2, 1)).toBeNull();
    // Pixels that do not start at a multiple of four bytes in their buffer: the same image.
    const versetzt = new Uint8Array(rgba.length + 1);
    versetzt.set(rgba, 1);
    expect(await pngIndiziert(versetzt.subarray(1), 2, 2)).toEqual(png);
  });
});
