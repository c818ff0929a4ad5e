import { describe, expect, it } from 'vitest';
import { farbeFuer, klassenAnzahl, klassengrenzen, klasseVon } from './klassen';

const werte = [1, 2, 3, 10, 11, 12, 30, 31, 60, 61, 62, 100];

describe('klassengrenzen', () => {
  it('finds natural breaks (ckmeans) and counts every value once', () => {
    const b = klassengrenzen(werte, 'jenks');
    expect(b).toEqual([1, 10, 30, 60, 100, 100]);
    const n = klassenAnzahl(werte, b);
    expect(n.reduce((s, x) => s + x, 0)).toBe(werte.length);
    expect(n).toEqual([3, 3, 2, 3, 1]);
  });

  it('quantiles put about as many areas in each class; equal intervals split the range', () => {
    expect(klassenAnzahl(werte, klassengrenzen(werte, 'quantil')).reduce((s, x) => s + x, 0)).toBe(12);
    expect(klassengrenzen([0, 100], 'gleich')).toEqual([0, 50, 100]);
    expect(klassengrenzen([0, 10, 20, 30, 40, 50], 'gleich')).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('copes with few distinct values', () => {
    expect(klassengrenzen([5, 5, 5], 'jenks')).toEqual([5, 5]);
    expect(klassengrenzen([], 'quantil')).toEqual([]);
    expect(klasseVon(5, [5, 5])).toBe(0);
  });

  it('colours the classes from light to dark', () => {
    expect(farbeFuer(0, 5)).toBe('#fde725');
    expect(farbeFuer(4, 5)).toBe('#440154');
    expect(farbeFuer(1, 2)).toBe('#440154');
  });
});
