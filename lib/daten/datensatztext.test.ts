import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatensatzDatei, WertZeile } from '../published';
import { datensatzText } from './datensatztext';

const ganz = (d: DatensatzDatei, je?: number) => [...datensatzText(d, je)].join('');

describe('datensatzText', () => {
  const datei: DatensatzDatei = {
    datensatz: 'bevoelkerung',
    titel: 'Bevölkerung "gesamt"',
    beschreibung: 'Zeile\nzwei',
    merkmale: [{ id: 'einwohner', label: 'Einwohner', art: 'anzahl' }],
    stichtage: ['2024-12-31'],
    brueche: [],
    werte: [
      ['2024-12-31', 'A', 'einwohner', 1234, null, 'amt'],
      ['2024-12-31', 'B', 'einwohner', null, 'geheim', 'bsp'],
      ['2024-12-31', 'C', 'einwohner', 0.5, '–', 'amt'],
    ],
  };

  it('is JSON.stringify of the file and a line end, in parts of so many rows', () => {
    expect(ganz(datei)).toBe(JSON.stringify(datei) + '\n');
    expect([...datensatzText(datei, 2)]).toHaveLength(1 + 2 + 1);
    expect(ganz(datei, 2)).toBe(JSON.stringify(datei) + '\n');
    expect(ganz({ ...datei, werte: [] })).toBe(JSON.stringify({ ...datei, werte: [] }) + '\n');
  });

  it('writes a file whose rows are not its last key whole, as it is', () => {
    const { werte, ...rest } = datei;
    const anders = { werte, ...rest } as DatensatzDatei;
    expect([...datensatzText(anders)]).toEqual([JSON.stringify(anders) + '\n']);
  });

  it('any rows, any part size: the same text', () => {
    const zeile = fc.tuple(fc.string(), fc.string(), fc.string(), fc.oneof(fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true })), fc.constantFrom(null, '–', '.', 'x', 'geheim'), fc.string()) as fc.Arbitrary<WertZeile>;
    fc.assert(
      fc.property(fc.array(zeile, { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), fc.string(), (werte, je, titel) => {
        const d = { ...datei, titel, werte };
        expect(ganz(d, je)).toBe(JSON.stringify(d) + '\n');
      }),
    );
  });
});
