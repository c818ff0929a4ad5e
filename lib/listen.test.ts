import { describe, expect, it } from 'vitest';
import { anhaengen, gekuerzt, maximum, minimum } from './listen';

describe('listen', () => {
  it('appends, and finds extremes, of a million elements without overflowing the stack', () => {
    const viele = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(anhaengen([-1], viele)).toHaveLength(1_000_001);
    expect(maximum(viele)).toBe(999_999);
    expect(minimum(viele)).toBe(0);
    expect(maximum([], 0)).toBe(0);
  });

  it('keeps the first n of a list and counts the rest', () => {
    expect(gekuerzt([1, 2, 3, 4], 2)).toEqual({ zeilen: [1, 2], weitere: 2 });
    expect(gekuerzt([1, 2], 5)).toEqual({ zeilen: [1, 2], weitere: 0 });
    expect(gekuerzt([1, 2], -1)).toEqual({ zeilen: [], weitere: 2 });
  });
});
