import { describe, expect, it } from 'vitest';
import { linear, niceTicks } from './scale';

describe('niceTicks', () => {
  it('covers the maximum with round steps', () => {
    expect(niceTicks(2400)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(niceTicks(37.5)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(179968)).toEqual([0, 50000, 100000, 150000, 200000]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
  it('maps linearly', () => {
    expect(linear([0, 10], [100, 0])(5)).toBe(50);
  });
});
