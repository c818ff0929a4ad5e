import { describe, expect, it } from 'vitest';
import { allocate, allocate2d, rng } from './allocate';

const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);

describe('allocate', () => {
  it('splits proportionally and sums exactly', () => {
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocate(0, [2, 5])).toEqual([0, 0]);
    const r = rng(7);
    for (let n = 0; n < 50; n++) {
      const w = Array.from({ length: 27 }, () => r());
      const t = Math.floor(r() * 100000);
      expect(sum(allocate(t, w))).toBe(t);
    }
  });
});

describe('allocate2d', () => {
  it('keeps row and column sums exactly, with bias', () => {
    const r = rng(1);
    for (let n = 0; n < 30; n++) {
      const rows = Array.from({ length: 9 }, () => Math.floor(r() * 2000));
      const cols = allocate(sum(rows), [5, 1, 3, 2]);
      const bias = rows.map(() => cols.map(() => 0.8 + r() * 0.4));
      const t = allocate2d(rows, cols, bias);
      expect(t.map(sum)).toEqual(rows);
      expect(cols.map((_, j) => sum(t.map((row) => row[j] ?? 0)))).toEqual(cols);
      expect(t.flat().every((x) => x >= 0)).toBe(true);
    }
  });

  it('is reproducible from its seed', () => {
    expect([rng(42)(), rng(42)()]).toEqual([rng(42)(), rng(42)()]);
  });
});
