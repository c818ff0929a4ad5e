import { describe, expect, it } from 'vitest';
import type { KompaktDaten } from './model';
import { alsKompakt, kompaktAuspacken, kompaktPacken } from './kompaktGepackt';

const K: KompaktDaten = {
  sprache: 'de',
  stichtage: ['2022-12-31', '2023-12-31', '2024-12-31'],
  gebiete: [
    { id: '05999', name: 'Musterstadt', ebene: 'stadt', parent: null, flaeche: 100 },
    { id: 'A', name: 'Nord "Alt"', ebene: 'sozialraum', parent: '05999', flaeche: null },
  ],
  werte: {
    einwohner: {
      '05999': { '2022-12-31': [1000, null, 'amt'], '2024-12-31': [1010.5, null, 'amt'] },
      A: { '2023-12-31': [null, 'geheim', 'beispiel'], '2024-12-31': [0, '–', 'beispiel'] },
    },
    tuerkei: { A: { '2022-12-31': [-1, null, 'amt'] } },
  },
  labels: { einwohner: 'Einwohner', tuerkei: 'Türkei' },
  illustrativeQuellen: ['beispiel'],
  brueche: [{ stichtag: '2023-12-31', merkmale: ['einwohner'], art: 'zensus', beschreibung: 'Zensus 2022' }],
  rundung: { amt: 5 },
};

describe('packed KompaktDaten', () => {
  it('give back the same data, through JSON as the payload carries them', () => {
    expect(kompaktAuspacken(kompaktPacken(K))).toEqual(K);
    expect(kompaktAuspacken(JSON.parse(JSON.stringify(kompaktPacken(K))))).toEqual(K);
    // Merkmale and areas keep their order (lists of codes follow it).
    expect(Object.keys(kompaktAuspacken(kompaktPacken(K)).werte)).toEqual(['einwohner', 'tuerkei']);
  });

  it('name each Stichtag and source once', () => {
    const p = kompaktPacken(K);
    expect(p.q).toEqual(['amt', 'beispiel']);
    expect(p.w.einwohner?.A).toEqual([null, [null, 'geheim', 1], [0, '–', 1]]);
    expect(JSON.stringify(p)).not.toContain('"2024-12-31":');
  });

  it('a client takes either form', () => {
    expect(alsKompakt(K)).toBe(K);
    expect(alsKompakt(kompaktPacken(K))).toEqual(K);
  });

  it('a value at a Stichtag outside the list is an error, not a silent loss', () => {
    expect(() => kompaktPacken({ ...K, stichtage: ['2024-12-31'] })).toThrow(/2022-12-31/);
  });
});
