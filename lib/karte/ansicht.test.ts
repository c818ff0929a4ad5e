import { describe, expect, it } from 'vitest';
import { legendenEintraege } from './ansicht';

describe('map legend', () => {
  it('names each class "a bis unter b", the last one closed, and withheld areas last', () => {
    const e = legendenEintraege({ grenzen: [0, 10, 20], anzahl: [3, 2], einheit: 'Prozent', geheim: 1, leer: 0 });
    expect(e.map((x) => [x.bereich, x.anzahl])).toEqual([
      ['0,0 % bis unter 10,0 %', 3],
      ['10,0 % bis 20,0 %', 2],
      ['nicht ausgewiesen (Datenschutz)', 1],
    ]);
    expect(e.at(-1)?.farbe).toBe('geheim');
    expect(legendenEintraege({ grenzen: [0, 10], anzahl: [4], einheit: 'Anzahl', geheim: 0, leer: 0 })).toHaveLength(1);
  });

  it('keeps "keine Daten" apart from withheld values: missing data is not secrecy', () => {
    const e = legendenEintraege({ grenzen: [0, 10], anzahl: [2], einheit: 'Anzahl', geheim: 1, leer: 3 });
    expect(e.slice(1).map((x) => [x.farbe, x.bereich, x.anzahl])).toEqual([
      ['geheim', 'nicht ausgewiesen (Datenschutz)', 1],
      ['leer', 'keine Daten', 3],
    ]);
  });
});
