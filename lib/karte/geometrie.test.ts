import { describe, expect, it } from 'vitest';
import { labelPunkt, toLatLngs } from './geometrie';

describe('toLatLngs', () => {
  it('swaps to lat/lon, quantises and drops repeated points', () => {
    const g = { type: 'Polygon' as const, coordinates: [[[7.000001, 51.0], [7.0, 51.000001], [8.0, 51.0], [8.0, 52.0], [7.0, 51.0]]] as [number, number][][] };
    expect(toLatLngs(g)).toEqual([[[[51, 7], [51, 8], [52, 8], [51, 7]]]]);
  });
  it('places labels at the centroid of the largest part', () => {
    const square = toLatLngs({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] });
    expect(labelPunkt(square)).toEqual([1, 1]);
  });
});
