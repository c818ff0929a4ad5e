import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate, nachStichtag } from './stichtag';

const iso = fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('nachStichtag', () => {
  it('orders ISO dates as the calendar does (and as locale collation did)', () => {
    fc.assert(
      fc.property(iso, iso, (a, b) => {
        expect(isIsoDate(a) && isIsoDate(b)).toBe(true);
        const r = Math.sign(nachStichtag({ stichtag: a }, { stichtag: b }));
        expect(r).toBe(Math.sign(Date.parse(a) - Date.parse(b)));
        expect(r).toBe(Math.sign(a.localeCompare(b)));
      }),
      { numRuns: 2000 },
    );
    expect(nachStichtag({ stichtag: '2024-12-31' }, { stichtag: '2024-12-31' })).toBe(0);
  });
});
