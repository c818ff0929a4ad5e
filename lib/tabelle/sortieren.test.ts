import { describe, expect, it } from 'vitest';
import { naechste, reihenfolge, sortieren, sortLesen, sortSchreiben, werteLesen } from './sortieren';

const Z = [
  { id: 'a', name: 'Ölde', wert: 5 },
  { id: 'b', name: 'Bonn', wert: null },
  { id: 'c', name: 'Aachen', wert: 10 },
  { id: 'r', name: 'Stadt', wert: 7 },
  { id: 'd', name: 'Zell', wert: 5 },
];
const k = (z: (typeof Z)[number], s: string) => (s === 'name' ? z.name : z.wert);
const ids = (zs: typeof Z) => zs.map((z) => z.id).join('');
const fest = (z: (typeof Z)[number]) => z.id === 'r';

describe('sorting a table', () => {
  it('by numbers or text, stable, rows without a value last both ways, the reference row always last', () => {
    expect(ids(sortieren(Z, { spalte: 'wert', richtung: 'auf' }, k, 'de', fest))).toBe('adcbr');
    expect(ids(sortieren(Z, { spalte: 'wert', richtung: 'ab' }, k, 'de', fest))).toBe('cadbr');
    expect(ids(sortieren(Z, { spalte: 'name', richtung: 'auf' }, k, 'de', fest))).toBe('cbadr');
    expect(ids(sortieren(Z, null, k, 'de', fest))).toBe('abcdr');
  });

  it('cycles ascending → descending → own order, and reads only known columns and directions from the address', () => {
    expect(naechste(null, 'wert')).toEqual({ spalte: 'wert', richtung: 'auf' });
    expect(naechste({ spalte: 'wert', richtung: 'auf' }, 'wert')).toEqual({ spalte: 'wert', richtung: 'ab' });
    expect(naechste({ spalte: 'wert', richtung: 'ab' }, 'wert')).toBeNull();
    expect(naechste({ spalte: 'wert', richtung: 'ab' }, 'name')).toEqual({ spalte: 'name', richtung: 'auf' });
    expect(sortLesen('anteil:gebiete:ab', ['anteil:gebiete'])).toEqual({ sort: { spalte: 'anteil:gebiete', richtung: 'ab' } });
    expect(sortLesen('x:ab', ['wert'])).toEqual({ sort: null, falsch: 'x:ab' });
    expect(sortLesen('wert:quer', ['wert'])).toEqual({ sort: null, falsch: 'wert:quer' });
    expect(sortSchreiben({ spalte: 'wert', richtung: 'ab' })).toBe('wert:ab');
  });
});

describe('the rows of a table in the page', () => {
  // As they may stand after an earlier sort: out of their own order.
  const reihen = [
    { id: 'c', ordnung: 2, werte: ['Aachen', 10], fest: false },
    { id: 'r', ordnung: 4, werte: ['Stadt', 7], fest: true },
    { id: 'a', ordnung: 0, werte: ['Ölde', 5], fest: false },
    { id: 'd', ordnung: 3, werte: ['Zell', 5], fest: false },
    { id: 'b', ordnung: 1, werte: ['Bonn', null], fest: false },
  ];
  const folge = (sort: Parameters<typeof reihenfolge>[2], spalten = ['name', 'wert']) => reihenfolge(reihen, spalten, sort, 'de').map((r) => r.id).join('');

  it('come back to their own order, or are sorted from it (stable), the fixed row last', () => {
    expect(folge(null)).toBe('abcdr');
    expect(folge({ spalte: 'wert', richtung: 'auf' })).toBe('adcbr');
    expect(folge({ spalte: 'wert', richtung: 'ab' })).toBe('cadbr');
    expect(folge({ spalte: 'name', richtung: 'auf' })).toBe('cbadr');
    // A column the table does not have (its columns changed): its own order.
    expect(folge({ spalte: 'rang', richtung: 'auf' })).toBe('abcdr');
  });

  it('read their stored values, and nothing from anything else', () => {
    expect(werteLesen('["Ölde",5,null]')).toEqual(['Ölde', 5, null]);
    expect(werteLesen('[{"x":1},true,2]')).toEqual([null, null, 2]);
    expect(werteLesen('{"a":1}')).toEqual([]);
    expect(werteLesen('[1,')).toEqual([]);
    expect(werteLesen(undefined)).toEqual([]);
  });
});
