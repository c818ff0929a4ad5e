import { describe, expect, it } from 'vitest';
import type { Geometry } from '../geo/types';
import type { Punkt } from '../themen/model';
import { bildSvg } from './bild';
import { einbettCode } from './einbetten';
import { projiziere } from './karte';
import { umbrechen } from './svg';

const p = (x: string, wert: number | null, extra: Partial<Punkt> = {}): Punkt => ({
  x,
  xLabel: x,
  reihe: 'r',
  reiheLabel: 'Reihe <A & B>',
  wert,
  zeichen: wert === null ? 'geheim' : null,
  einheit: 'Anzahl',
  illustrativ: false,
  quelle: 'q',
  stichtag: '2024-12-31',
  ...extra,
});
const text = { titel: 'Titel & „Zitat“', beschreibung: 'Beschreibung', stand: '31.12.2024', quelle: 'Amt <X>', namensnennung: 'Stadt Musterstadt; Datenlizenz Deutschland – Namensnennung – Version 2.0' };

describe('image export', () => {
  it('draws title, Stand, source and licence line into a standalone, escaped SVG', () => {
    const svg = bildSvg({ art: 'balken', punkte: [p('A', 10), p('B', null)] }, text);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="960"')).toBe(true);
    expect(svg).toContain('Titel &amp; „Zitat“');
    expect(svg).toContain('Stand: 31.12.2024. Quelle: Amt &lt;X&gt;.');
    expect(svg).toContain('Datenlizenz Deutschland – Namensnennung – Version 2.0');
    expect(svg).toContain('>nicht ausgewiesen<');
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
  });

  it('names illustrative values in the image', () => {
    expect(bildSvg({ art: 'linie', punkte: [p('2023-12-31', 5, { stichtag: '2023-12-31', illustrativ: true }), p('2024-12-31', 6)] }, text)).toContain('Beispieldaten (illustrativ');
  });

  it('stripes illustrative bars and stacked segments over their colour, and marks breaks in series', () => {
    const stapel = bildSvg({ art: 'stapel', punkte: [p('A', 10, { reihe: 'a', illustrativ: true }), p('A', 5, { reihe: 'b' })] }, text);
    expect(stapel.match(/data-kennzeichnung="Beispieldaten"/g)).toHaveLength(1);
    expect(bildSvg({ art: 'balken', punkte: [p('A', 10, { illustrativ: true })] }, text)).toContain('fill="url(#bild-beispieldaten)"');
    const bruch = { stichtag: '2024-12-31', text: 'Reihenbruch ab 31.12.2024 – Zensus-Umstellung: neue Basis' };
    const linie = bildSvg({ art: 'linie', punkte: [p('2023-12-31', 5, { stichtag: '2023-12-31' }), p('2024-12-31', 6, { bruch })] }, text);
    expect(linie).toContain('data-rolle="reihenbruch"');
    expect(linie).toContain('Reihenbruch ab 31.12.2024 – Zensus-Umstellung: neue Basis.');
    expect(linie).not.toMatch(/<line [^>]*stroke="#[0-9A-Fa-f]{6}" stroke-width="3"(?: stroke-dasharray="6 4")?\/>/);
  });

  it('stripes illustrative map areas over their class colour, never withheld ones', () => {
    const geometry: Geometry = { type: 'Polygon', coordinates: [[[7, 51.7], [7.1, 51.7], [7.1, 51.8], [7, 51.7]]] };
    const svg = bildSvg({ art: 'karte', gebiete: [{ id: 'A', name: 'A', geometry, farbe: '#440154', illustrativ: true }, { id: 'B', name: 'B', geometry, farbe: 'geheim', illustrativ: true }], legende: [] }, text);
    expect(svg.match(/data-kennzeichnung="Beispieldaten"/g)).toHaveLength(1);
  });

  it('projects a square at 51.7° N in Web Mercator into a box as wide as asked, taller than wide', () => {
    const merc = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    const hoch = ((merc(51.8) - merc(51.7)) * 100) / ((0.1 * Math.PI) / 180);
    const { hoehe, pfad } = projiziere([{ type: 'Polygon', coordinates: [[[7, 51.7], [7.1, 51.7], [7.1, 51.8], [7, 51.8], [7, 51.7]]] }], 100);
    expect(hoehe).toBe(Math.ceil(hoch));
    expect(hoehe).toBeGreaterThan(160);
    expect(pfad({ type: 'Polygon', coordinates: [[[7, 51.8], [7.1, 51.7]]] })).toBe('M0,0L100,' + Math.round(hoch * 10) / 10 + 'Z');
    // The box can fit another frame (the outline): a point in its middle lies in the middle across.
    const rahmen = projiziere([], 100, [{ type: 'Polygon', coordinates: [[[7, 51.7], [7.2, 51.7], [7.2, 51.8], [7, 51.7]]] }]);
    expect(rahmen.punkt(7.1, 51.8)).toEqual([50, 0]);
  });

  it('wraps text at word boundaries and writes embed code with the height listener', () => {
    expect(umbrechen('eins zwei drei vier', 9)).toEqual(['eins zwei', 'drei vier']);
    expect(umbrechen(`a ${'x'.repeat(25)}`, 10)).toEqual(['a', 'xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx']);
    const code = einbettCode('https://x.de/einbetten/a/b/', 'Titel "A"');
    expect(code).toContain('<iframe src="https://x.de/einbetten/a/b/" title="Titel &quot;A&quot;"');
    expect(code).toContain('integrationsatlas:hoehe');
    expect(code).toContain('e.origin!=="https://x.de"');
    expect(code).toContain('h<120||h>4000');
  });
});
