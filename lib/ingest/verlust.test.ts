import { describe, expect, it } from 'vitest';
import type { DatensatzDatei } from '../published';
import { verluste, type Bestand } from './verlust';

const datei = (werte: DatensatzDatei['werte']): DatensatzDatei => ({ datensatz: 'fluechtlinge', titel: '', beschreibung: '', merkmale: [], stichtage: [...new Set(werte.map((w) => w[0]))], brueche: [], werte });
const vorher = [
  datei([
    ['2023-12-31', 'S', 'insgesamt', 10, null, 'q'],
    ['2024-12-31', 'S', 'insgesamt', 12, null, 'q'],
    ['2024-12-31', 'A', 'insgesamt', 5, null, 'q'],
  ]),
];
const bestand = (e: Record<string, string[]>): Bestand => new Map([['fluechtlinge', new Map(Object.entries(e).map(([s, ks]) => [s, new Set(ks)]))]]);

describe('verluste', () => {
  it('names a vanished Stichtag, missing values and a vanished dataset, as errors unless removal is allowed', () => {
    const p = verluste(vorher, bestand({ '2023-12-31': ['S|insgesamt'] }), 'data/raw', false);
    expect(p.map((x) => [x.severity, x.path])).toEqual([['error', 'data/raw/fluechtlinge/2024-12-31.csv']]);
    expect(p[0]?.message).toContain('Stichtag 2024-12-31 von fluechtlinge würde mit 2 Werten');
    const teil = verluste(vorher, bestand({ '2023-12-31': ['S|insgesamt'], '2024-12-31': ['S|insgesamt'] }), 'data/raw', false);
    expect(teil[0]?.message).toContain('1 veröffentlichte Werte von fluechtlinge, Stichtag 2024-12-31, fehlen jetzt (z. B. A / insgesamt)');
    expect(verluste(vorher, new Map(), 'data/raw', false)[0]).toMatchObject({ severity: 'error', path: 'data/raw/fluechtlinge' });
    expect(verluste(vorher, new Map(), 'data/raw', true)[0]?.severity).toBe('warning');
    expect(verluste(vorher, bestand({ '2023-12-31': ['S|insgesamt'], '2024-12-31': ['S|insgesamt', 'A|insgesamt', 'B|insgesamt'] }), 'data/raw', false)).toEqual([]);
  });
});
