import { describe, expect, it } from 'vitest';
import { anteilBreite, linear, niceTicks, zeitpunkt } from './scale';

describe('niceTicks', () => {
  it('covers the maximum with round steps', () => {
    expect(niceTicks(2400)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(niceTicks(37.5)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(179968)).toEqual([0, 50000, 100000, 150000, 200000]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
  it('maps linearly', () => {
    expect(linear([0, 10], [100, 0])(5)).toBe(50);
    expect(linear([0, 10], [100, 100])(5)).toBe(100);
    expect(linear([3, 3], [7, 9])(3)).toBe(7);
  });
  it('draws to a hundredth of a unit', () => {
    expect(linear([0, 3], [0, 100])(1)).toBe(33.33);
    expect(linear([0, 3], [0, 100])(2)).toBe(66.67);
  });
});

describe('anteilBreite', () => {
  it('is the share of the largest value in percent, to a hundredth', () => {
    expect(anteilBreite(1, 3)).toBe('33.33%');
    expect(anteilBreite(5, 5)).toBe('100%');
    expect(anteilBreite(0, 0)).toBe('0%');
  });
});

describe('zeitpunkt', () => {
  it('is midnight UTC of the Stichtag, whatever the time zone', () => {
    expect(zeitpunkt('2024-12-31')).toBe(Date.UTC(2024, 11, 31));
  });
});
