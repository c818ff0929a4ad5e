import { describe, expect, it } from 'vitest';
import { anhaengen, maximum, minimum } from './listen';

describe('listen', () => {
  it('appends, and finds extremes, of a million elements without overflowing the stack', () => {
    const viele = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(anhaengen([-1], viele)).toHaveLength(1_000_001);
    expect(maximum(viele)).toBe(999_999);
    expect(minimum(viele)).toBe(0);
    expect(maximum([], 0)).toBe(0);
  });
});
