import type { Geometry, Position, Ring } from './types';

/** Whether a point lies inside a ring (ray casting; on the edge counts as either). */
function imRing([x, y]: Position, ring: Ring): boolean {
  let drin = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) drin = !drin;
  }
  return drin;
}

/** Whether a point (lon, lat) lies inside a Polygon or MultiPolygon, holes excluded. */
export function punktIn(p: Position, g: Geometry): boolean {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.some((poly) => {
    const [aussen, ...loecher] = poly;
    return !!aussen && imRing(p, aussen) && !loecher.some((l) => imRing(p, l));
  });
}
