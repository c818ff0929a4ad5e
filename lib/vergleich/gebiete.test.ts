import { describe, expect, it } from 'vitest';
import type { Indikator } from '../themen/indikatoren';
import type { KompaktDaten } from '../themen/model';
import { nebeneinander, zweiStichtage } from './gebiete';

const IND: Indikator[] = [
  { id: 'einwohner', label: 'Einwohner', kurz: 'E', datensatz: 'bevoelkerung', merkmal: 'einwohner', mass: { art: 'anzahl' } },
  { id: 'anteil_mh', label: 'Anteil MH', kurz: 'MH', datensatz: 'migrationshintergrund', merkmal: 'mit_mh', mass: { art: 'anteil', faktor: 100 } },
];
const k: KompaktDaten = {
  stichtage: ['2020-12-31', '2022-12-31', '2024-12-31'],
  gebiete: [
    { id: 'S', name: 'Stadt', ebene: 'stadt', parent: null, flaeche: null },
    { id: 'A', name: 'Nord', ebene: 'bezirk', parent: 'S', flaeche: 10 },
    { id: 'B', name: 'Süd', ebene: 'bezirk', parent: 'S', flaeche: 20 },
  ],
  werte: {
    einwohner: {
      S: { '2020-12-31': [2000, null, 'amt'], '2022-12-31': [2100, null, 'amt'], '2024-12-31': [2200, null, 'amt'] },
      A: { '2020-12-31': [1000, null, 'amt'], '2022-12-31': [1050, null, 'amt'], '2024-12-31': [1100, null, 'amt'] },
      B: { '2020-12-31': [1000, null, 'bsp'], '2022-12-31': [1050, null, 'bsp'], '2024-12-31': [1100, null, 'bsp'] },
    },
    mit_mh: {
      S: { '2020-12-31': [400, null, 'amt'], '2022-12-31': [420, null, 'amt'], '2024-12-31': [550, null, 'amt'] },
      A: { '2020-12-31': [200, null, 'amt'], '2022-12-31': [null, 'geheim', 'amt'], '2024-12-31': [330, null, 'amt'] },
    },
  },
  labels: {},
  illustrativeQuellen: ['bsp'],
  brueche: [{ stichtag: '2024-12-31', art: 'zensus', beschreibung: 'Zensus 2022', merkmale: ['mit_mh'] }],
};
const werte = (zs: { zellen: ({ wert: number | null } | null)[] }[]) => zs.map((z) => z.zellen.map((p) => (p ? p.wert : 'leer')));

describe('areas side by side', () => {
  it('every indicator for the chosen areas and the city last, withheld and missing values as such, marks kept', () => {
    const r = nebeneinander(k, 'S', ['B', 'A'], '2022-12-31', IND);
    expect(werte(r)).toEqual([
      [1050, 1050, 2100],
      ['leer', null, 20],
    ]);
    expect(r[0]?.zellen.map((p) => p?.illustrativ)).toEqual([true, false, false]);
    expect(r[1]?.zellen[1]?.zeichen).toBe('geheim');
    expect(werte(nebeneinander(k, 'S', ['S', 'A'], '2020-12-31', IND))[0]).toEqual([1000, 2000]);
  });
});

describe('one area at two Stichtage', () => {
  it('computes the change (counts also in per cent), shares in points, never across a break', () => {
    const [e, mh] = zweiStichtage(k, 'S', '2020-12-31', '2022-12-31', IND);
    expect([e?.differenz, e?.prozent, e?.illustrativ]).toEqual([100, 5, false]);
    expect(mh?.differenz).toBeCloseTo(0, 10);
    expect(mh?.prozent).toBeNull();
    const ueber = zweiStichtage(k, 'S', '2020-12-31', '2024-12-31', IND);
    expect(ueber[0]?.differenz).toBe(200);
    expect(ueber[1]).toMatchObject({ differenz: null, bruch: { stichtag: '2024-12-31', art: 'zensus' } });
  });

  it('a withheld value gives no change; an illustrative value makes the change illustrative', () => {
    expect(zweiStichtage(k, 'A', '2020-12-31', '2022-12-31', IND)[1]?.differenz).toBeNull();
    expect(zweiStichtage(k, 'B', '2020-12-31', '2022-12-31', IND)[0]).toMatchObject({ differenz: 50, illustrativ: true });
  });
});
