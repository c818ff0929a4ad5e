import { describe, expect, it } from 'vitest';
import { ausUrl, falscheWerte, inUrl, type KartenZustand } from './zustand';

const standard: KartenZustand = { indikator: 'anteil_mh', ebene: 'sozialraum', stichtag: '2024-12-31', methode: 'jenks', gebiet: null };
const erlaubt = { indikatoren: ['anteil_mh', 'dichte'], ebenen: ['sozialraum', 'wohnbereich'], stichtage: ['2016-12-31', '2024-12-31'], gebiete: ['SR1', 'WB11'] };

describe('map state in the URL', () => {
  it('round-trips', () => {
    const z: KartenZustand = { indikator: 'dichte', ebene: 'wohnbereich', stichtag: '2016-12-31', methode: 'quantil', gebiet: 'WB11' };
    expect(ausUrl(inUrl(z), standard, erlaubt)).toEqual(z);
  });
  it('ignores unknown values', () => {
    expect(ausUrl('?indikator=x&ebene=land&stichtag=1999-01-01&klassen=y&gebiet=ZZ', standard, erlaubt)).toEqual(standard);
    expect(falscheWerte('?indikator=x&ebene=land&stichtag=1999-01-01&klassen=y&gebiet=ZZ&fremd=1', erlaubt)).toEqual(['x', 'land', '1999-01-01', 'y', 'ZZ']);
    expect(falscheWerte(inUrl(standard), erlaubt)).toEqual([]);
  });
});
