import { describe, expect, it } from 'vitest';
import type { Kennzahl } from '@/lib/published';
import { fmtAenderung, fmtKennzahl } from './format';

const k = (p: Partial<Kennzahl>): Kennzahl => ({ id: 'x', label: 'x', art: 'anzahl', wert: 179968, zeichen: null, stichtag: '2024-12-31', quellen: [], illustrativ: false, vorher: null, ...p });

describe('key figure formats', () => {
  it('formats counts, shares and withheld values', () => {
    expect(fmtKennzahl(k({}))).toBe('179.968');
    expect(fmtKennzahl(k({ art: 'prozent', wert: 29.662 }))).toBe('29,7 %');
    expect(fmtKennzahl(k({ wert: null, zeichen: '.' }))).toBe('.');
  });
  it('states the change since the previous Stichtag, shares in points', () => {
    expect(fmtAenderung(k({ vorher: { wert: 179380, stichtag: '2023-12-31', illustrativ: false } }))).toBe('+588 seit 31.12.2023');
    expect(fmtAenderung(k({ art: 'prozent', wert: 37.51, vorher: { wert: 37.13, stichtag: '2023-12-31', illustrativ: true }, illustrativ: true }))).toBe(
      '+0,4 Prozentpunkte seit 31.12.2023',
    );
  });
  it('never compares an official value with an illustrative one, nor across a break', () => {
    expect(fmtAenderung(k({ wert: 35810, vorher: { wert: 35400, stichtag: '2023-12-31', illustrativ: true } }))).toBe('keine vergleichbare Vorperiode');
    expect(fmtAenderung(k({ ohneVorperiode: 'Reihenbruch ab 31.12.2023 – Zensus-Umstellung: …' }))).toBe('keine vergleichbare Vorperiode');
    expect(fmtAenderung(k({}))).toBeNull();
  });
});
