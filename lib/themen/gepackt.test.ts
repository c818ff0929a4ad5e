import { describe, expect, it } from 'vitest';
import type { Punkt } from './model';
import { alsPunkte, auspacken, packen } from './gepackt';

const punkt = (stichtag: string, reihe: string, wert: number | null, extra: Partial<Punkt> = {}): Punkt => ({
  x: stichtag,
  xLabel: stichtag.split('-').reverse().join('.'),
  reihe,
  reiheLabel: reihe === 'A' ? 'Mitte "Alt"' : 'Süd',
  wert,
  zeichen: null,
  einheit: 'Prozent',
  illustrativ: reihe === 'B',
  quelle: 'amt',
  stichtag,
  ...extra,
});

const PUNKTE: Punkt[] = [
  punkt('2023-12-31', 'A', 12.345678901234),
  punkt('2023-12-31', 'B', null, { zeichen: 'geheim' }),
  punkt('2024-12-31', 'A', 0, { zeichen: '–', bruch: { stichtag: '2024-12-31', text: 'Zensus-Umstellung' } }),
  punkt('2024-12-31', 'B', -3, { quelle: 'beispiel' }),
];

describe('packed chart points', () => {
  it('give back exactly the same points, breaks, signs and all', () => {
    expect(auspacken(packen(PUNKTE))).toEqual(PUNKTE);
    expect(auspacken(JSON.parse(JSON.stringify(packen(PUNKTE))))).toEqual(PUNKTE);
    expect(auspacken(packen([]))).toEqual([]);
  });

  it('hold every text once', () => {
    const g = packen(PUNKTE);
    expect(new Set(g.t).size).toBe(g.t.length);
    expect(g.t.filter((s) => s === '2024-12-31')).toHaveLength(1);
    expect(JSON.stringify(g).length).toBeLessThan(JSON.stringify(PUNKTE).length / 2);
  });

  it('a client takes either form', () => {
    expect(alsPunkte(PUNKTE)).toBe(PUNKTE);
    expect(alsPunkte(packen(PUNKTE))).toEqual(PUNKTE);
  });
});
