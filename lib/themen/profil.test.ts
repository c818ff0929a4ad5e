import { describe, expect, it } from 'vitest';
import type { KompaktDaten } from './model';
import { INDIKATOREN } from './indikatoren';
import { profil } from './profil';
import { gebietTrend } from './trend';

const k: KompaktDaten = {
  stichtage: ['2024-12-31'],
  gebiete: [
    { id: 'S', name: 'Stadt', ebene: 'stadt', parent: null, flaeche: null },
    { id: 'A', name: 'Nord', ebene: 'sozialraum', parent: 'S', flaeche: 10 },
    { id: 'B', name: 'Süd', ebene: 'sozialraum', parent: 'S', flaeche: 10 },
    { id: 'A1', name: 'Nord-1', ebene: 'wohnbereich', parent: 'A', flaeche: 4 },
    { id: 'A2', name: 'Nord-2', ebene: 'wohnbereich', parent: 'A', flaeche: 6 },
    { id: 'B1', name: 'Süd-1', ebene: 'wohnbereich', parent: 'B', flaeche: 10 },
  ],
  werte: {
    einwohner: Object.fromEntries(
      Object.entries({ S: 3000, A: 2000, B: 1000, A1: 1200, A2: 800, B1: 1000 }).map(([g, v]) => [g, { '2024-12-31': [v, null, 'bsp'] as [number, null, string] }]),
    ),
    mit_mh: Object.fromEntries(
      Object.entries({ S: 900, A: 800, B: 100, A1: 300, A2: 500, B1: 100 }).map(([g, v]) => [g, { '2024-12-31': [v, null, 'bsp'] as [number, null, string] }]),
    ),
  },
  labels: {},
  illustrativeQuellen: ['bsp'],
};

describe('profil', () => {
  it('puts a Wohnbereich beside its Sozialraum and the city, with its rank', () => {
    const rows = profil(k, 'S', 'A2', INDIKATOREN.filter((i) => ['einwohner', 'anteil_mh'].includes(i.id)));
    expect(rows.map((r) => [r.indikator.id, r.gebiet?.wert, r.parent?.wert, r.stadt?.wert, r.rang])).toEqual([
      ['einwohner', 800, 2000, 3000, { rang: 3, von: 3, illustrativ: true }],
      ['anteil_mh', 62.5, 40, 30, { rang: 1, von: 3, illustrativ: true }],
    ]);
  });
  it('a Sozialraum has no parent row', () => {
    expect(profil(k, 'S', 'B', INDIKATOREN.slice(0, 1))[0]).toMatchObject({ parent: null, rang: { rang: 2, von: 2 } });
  });
  it('a trend: counts alone, shares beside the parent area and the city (never beside the municipality as parent)', () => {
    const ind = (id: string) => INDIKATOREN.find((i) => i.id === id)!;
    const anteil = gebietTrend(k, 'S', 'A2', ind('anteil_mh'));
    expect(anteil?.punkte.map((p) => [p.reihe, p.reiheLabel, p.wert])).toEqual([
      ['A2', 'Nord-2', 62.5],
      ['A', 'Nord', 40],
      ['S', 'Stadt', 30],
    ]);
    expect(anteil).toMatchObject({ name: 'Nord-2', parentName: 'Nord', mitVergleich: true });
    expect(gebietTrend(k, 'S', 'B', ind('anteil_mh'))).toMatchObject({ mitVergleich: true });
    expect(gebietTrend(k, 'S', 'B', ind('anteil_mh'))?.parentName).toBeUndefined();
    expect(gebietTrend(k, 'S', 'A2', ind('einwohner'))?.punkte.map((p) => p.reihe)).toEqual(['A2']);
    expect(gebietTrend(k, 'S', 'X', ind('einwohner'))).toBeNull();
  });
});
