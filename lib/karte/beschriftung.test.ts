import { describe, expect, it } from 'vitest';
import { flaeche, freieBeschriftungen, raenge } from './beschriftung';
import type { LatLngPolys } from './geometrie';

const quadrat = (lat: number, lng: number, d: number): LatLngPolys => [
  [
    [
      [lat, lng],
      [lat + d, lng],
      [lat + d, lng + d],
      [lat, lng + d],
      [lat, lng],
    ],
  ],
];

describe('names on a map', () => {
  it('keeps the first of two overlapping names and every name that overlaps none kept', () => {
    const k = (links: number, oben: number, breite = 80, hoehe = 14) => ({ links, oben, rechts: links + breite, unten: oben + hoehe });
    // "Bockum-Hövel" and "Hamm-Norden" share a line; "Heessen" touches only the second; "Uentrop" is apart.
    expect(freieBeschriftungen([k(10, 100), k(60, 102), k(130, 110), k(200, 200)])).toEqual([true, false, true, true]);
  });

  it('keeps names that touch, or a gap when asked, and never a name that was not laid out', () => {
    const a = { links: 0, oben: 0, rechts: 50, unten: 10 };
    expect(freieBeschriftungen([a, { links: 49, oben: 0, rechts: 90, unten: 10 }])).toEqual([true, false]);
    expect(freieBeschriftungen([a, { links: 50, oben: 0, rechts: 90, unten: 10 }])).toEqual([true, true]);
    expect(freieBeschriftungen([a, { links: 51, oben: 0, rechts: 90, unten: 10 }], 2)).toEqual([true, false]);
    expect(freieBeschriftungen([a, { links: 52, oben: 0, rechts: 90, unten: 10 }], 2)).toEqual([true, true]);
    expect(freieBeschriftungen([{ links: 0, oben: 0, rechts: 0, unten: 0 }, a])).toEqual([false, true]);
  });

  it('ranks areas by size, the largest first (equal sizes by id), a hole counting against its area', () => {
    const mitLoch: LatLngPolys = [[...(quadrat(51, 7, 0.2)[0] as [number, number][][]), ...(quadrat(51.05, 7.05, 0.1)[0] as [number, number][][])]];
    expect(flaeche(mitLoch)).toBeCloseTo(flaeche(quadrat(51, 7, 0.2)) * 0.75, 10);
    const r = raenge([
      { id: 'klein', polys: quadrat(51, 7, 0.05) },
      { id: 'gross', polys: quadrat(51, 7.2, 0.3) },
      { id: 'loch', polys: mitLoch },
      { id: 'auch-klein', polys: quadrat(51, 7.6, 0.04) },
    ]);
    expect([...r]).toEqual([
      ['gross', 0],
      ['loch', 1],
      ['klein', 2],
      ['auch-klein', 3],
    ]);
    // Equal sizes (exact at the equator with whole degrees): by id.
    expect([...raenge([{ id: 'b', polys: quadrat(0, 0, 1) }, { id: 'a', polys: quadrat(0, 2, 1) }]).keys()]).toEqual(['a', 'b']);
  });
});
