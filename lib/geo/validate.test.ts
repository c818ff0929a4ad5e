import { describe, expect, it } from 'vitest';
import type { Ring } from './types';
import { ringProblems } from './validate';

const BOX: [number, number, number, number] = [-10, -10, 10, 10];
const kreis = (n: number): Ring => {
  const r: Ring = Array.from({ length: n }, (_, i) => [Math.cos((2 * Math.PI * i) / n), Math.sin((2 * Math.PI * i) / n)] as [number, number]);
  r.push(r[0] as [number, number]);
  return r;
};

describe('ringProblems', () => {
  it('finds a self-crossing ring and accepts a simple one', () => {
    expect(ringProblems([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]], BOX)).toEqual(['Ring schneidet sich selbst (Kanten 1 und 3)']);
    expect(ringProblems([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]], BOX)).toEqual([]);
  });

  it('checks a ring of 200,000 points in bounded time (sweep, not all pairs)', () => {
    expect(ringProblems(kreis(200_000), BOX)).toEqual([]);
  });

  it('calls a pathological ring too complex instead of running for minutes', () => {
    // A zigzag whose edges all span the same x range: every pair overlaps in x.
    const n = 8000;
    const r: Ring = Array.from({ length: n }, (_, i) => [i % 2 ? 1 : -1, i / n] as [number, number]);
    r.push(r[0] as [number, number]);
    const p = ringProblems(r, BOX);
    expect(p.length).toBe(1);
    expect(p[0]).toMatch(/zu verwinkelt|schneidet sich selbst/);
  });
});
