import { describe, expect, it } from 'vitest';
import { naechste, sortieren, sortLesen, sortSchreiben } from './sortieren';

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
