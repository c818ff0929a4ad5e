import { describe, expect, it } from 'vitest';
import { freieBeschriftungen, raenge } from './beschriftung';

describe('names on a map', () => {
  it('keeps the first of two overlapping names and every name that overlaps none kept', () => {
    const k = (links: number, oben: number, breite = 80, hoehe = 14) => ({ links, oben, rechts: links + breite, unten: oben + hoehe });
    // The first two share a line; the third touches only the second; the fourth is apart.
    expect(freieBeschriftungen([k(10, 100), k(60, 102), k(130, 110), k(200, 200)])).toEqual([true, false, true, true]);
  });

  it('keeps names that touch, and never a name that was not laid out', () => {
    const a = { links: 0, oben: 0, rechts: 50, unten: 10 };
    expect(freieBeschriftungen([a, { links: 49, oben: 0, rechts: 90, unten: 10 }])).toEqual([true, false]);
    expect(freieBeschriftungen([a, { links: 50, oben: 0, rechts: 90, unten: 10 }])).toEqual([true, true]);
    expect(freieBeschriftungen([{ links: 0, oben: 0, rechts: 0, unten: 0 }, a])).toEqual([false, true]);
  });

  it('ranks areas by size, the largest first, equal sizes by id', () => {
    const r = raenge([
      { id: 'klein', flaeche: 2.2 },
      { id: 'gross', flaeche: 31.5 },
      { id: 'mittel', flaeche: 8.8 },
      { id: 'auch-klein', flaeche: 2.2 },
    ]);
    expect([...r]).toEqual([
      ['gross', 0],
      ['mittel', 1],
      ['auch-klein', 2],
      ['klein', 3],
    ]);
  });
});
