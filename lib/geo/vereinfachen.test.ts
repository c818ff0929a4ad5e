import { describe, expect, it } from 'vitest';
import { areaKm2, overlapKm2, union } from './measure';
import type { Geometry, Position } from './types';
import { vereinfachen } from './vereinfachen';

/** A wiggly line from a to b: n points with a sideways zig-zag of `amp` degrees. */
function zickzack(a: Position, b: Position, n: number, amp: number): Position[] {
  const out: Position[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const seit = i > 0 && i < n ? (i % 2 ? amp : -amp) : 0;
    out.push([a[0] + (b[0] - a[0]) * t + seit, a[1] + (b[1] - a[1]) * t]);
  }
  return out;
}

// Two neighbours sharing a wiggly vertical border at lon 7.1 (0.00001° ≈ 0.7 m of wiggle).
const grenze = zickzack([7.1, 51.0], [7.1, 51.1], 400, 0.00001);
const west: Geometry = { type: 'Polygon', coordinates: [[[7.0, 51.0], ...grenze, [7.0, 51.1], [7.0, 51.0]]] };
const ost: Geometry = { type: 'Polygon', coordinates: [[[7.2, 51.0], [7.2, 51.1], ...[...grenze].reverse(), [7.2, 51.0]]] };
const punkte = (g: Geometry) => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()).reduce((s, r) => s + r.length, 0);

describe('vereinfachen', () => {
  it('drops the wiggle of a shared border on both sides alike: no gap, no overlap', () => {
    const [w, o] = vereinfachen([{ id: 'W', geometry: west }, { id: 'O', geometry: ost }], 5);
    expect(punkte(w!)).toBeLessThan(10);
    expect(punkte(o!)).toBeLessThan(10);
    expect(overlapKm2(w!, o!)).toBeLessThan(1e-9);
    const vorher = areaKm2(union([west, ost]));
    expect(areaKm2(union([w!, o!]))).toBeCloseTo(vorher, 6);
    expect(areaKm2(w!) + areaKm2(o!)).toBeCloseTo(vorher, 6);
  });

  it('keeps detail larger than the tolerance, and keeps holes and tiny rings valid', () => {
    const [w] = vereinfachen([{ id: 'W', geometry: west }], 0.1);
    expect(punkte(w!)).toBeGreaterThan(300);
    const mitLoch: Geometry = {
      type: 'Polygon',
      coordinates: [
        [[7, 51], [7.1, 51], [7.1, 51.1], [7, 51.1], [7, 51]],
        [[7.04, 51.04], [7.04001, 51.04], [7.04001, 51.04001], [7.04, 51.04]],
      ],
    };
    const [g] = vereinfachen([{ id: 'L', geometry: mitLoch }], 50);
    expect(g!.type).toBe('Polygon');
    const ringe = g!.type === 'Polygon' ? g!.coordinates : [];
    expect(ringe).toHaveLength(2);
    for (const r of ringe) {
      expect(r.length).toBeGreaterThanOrEqual(4);
      expect(r[0]).toEqual(r[r.length - 1]);
    }
  });

  it('handles a ring of 200,000 points without recursion', () => {
    const n = 200_000;
    const ring: Position[] = [];
    for (let i = 0; i < n; i++) {
      const a = (i / n) * 2 * Math.PI;
      ring.push([7 + 0.05 * Math.cos(a), 51 + 0.03 * Math.sin(a)]);
    }
    ring.push(ring[0]!);
    const [g] = vereinfachen([{ id: 'K', geometry: { type: 'Polygon', coordinates: [ring] } }], 2);
    expect(punkte(g!)).toBeLessThan(2000);
    expect(areaKm2(g!)).toBeCloseTo(areaKm2({ type: 'Polygon', coordinates: [ring] }), 0);
  });
});
