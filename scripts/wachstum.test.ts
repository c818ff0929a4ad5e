import { describe, expect, it } from 'vitest';
import { exponent, jeEinheit, schritte } from './wachstum';

describe('growth of a benchmark', () => {
  it('reads linear growth as 1 both ways', () => {
    expect(jeEinheit({ n: 10, t: 2 }, { n: 100, t: 20 })).toBe(1);
    expect(exponent({ n: 10, t: 2 }, { n: 100, t: 20 })).toBe(1);
  });

  it('names quadratic and cubic growth by their exponent, and a ratio above 1 per unit', () => {
    expect(exponent({ n: 270, t: 1 }, { n: 1080, t: 16 })).toBe(2);
    expect(exponent({ n: 2, t: 3 }, { n: 4, t: 24 })).toBe(3);
    expect(jeEinheit({ n: 270, t: 1 }, { n: 1080, t: 16 })).toBe(4);
  });

  it('shows the steep step a ratio to a base of fixed cost hides', () => {
    // Mostly fixed cost at first, then quadratic: per unit still below linear against the base.
    const m = [
      { n: 1, t: 10 },
      { n: 10, t: 11 },
      { n: 100, t: 100 },
    ];
    expect(jeEinheit(m[0]!, m[2]!)).toBe(0.1);
    expect(exponent(m[1]!, m[2]!)).toBeCloseTo(0.96, 2);
    expect(schritte(m)).toEqual(['1→10: 0,04', '10→100: 0,96']);
  });

  it('gives no figure where there is none: the same size, a zero or missing time', () => {
    expect(exponent({ n: 10, t: 2 }, { n: 10, t: 3 })).toBeNull();
    expect(exponent({ n: 10, t: 0 }, { n: 20, t: 3 })).toBeNull();
    expect(jeEinheit({ n: 10, t: 2 }, { n: 20, t: Number.NaN })).toBeNull();
    expect(jeEinheit({ n: 10, t: 2 }, { n: 10, t: 2 })).toBe(1);
    expect(schritte([{ n: 54, t: 0 }, { n: 270, t: 546 }, { n: 1080, t: 22215 }])).toEqual(['270→1.080: 2,67']);
  });
});
