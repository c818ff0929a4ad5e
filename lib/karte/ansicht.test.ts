import { describe, expect, it } from 'vitest';
import { legendenEintraege } from './ansicht';

describe('map legend', () => {
  it('names each class "a bis unter b", the last one closed, and withheld areas last', () => {
    const e = legendenEintraege({ grenzen: [0, 10, 20], anzahl: [3, 2], einheit: 'Prozent', geheim: 1 });
    expect(e.map((x) => [x.bereich, x.anzahl])).toEqual([
      ['0,0 % bis unter 10,0 %', 3],
      ['10,0 % bis 20,0 %', 2],
      ['nicht ausgewiesen (Datenschutz)', 1],
    ]);
    expect(e.at(-1)?.farbe).toBe('geheim');
    expect(legendenEintraege({ grenzen: [0, 10], anzahl: [4], einheit: 'Anzahl', geheim: 0 })).toHaveLength(1);
  });
});
