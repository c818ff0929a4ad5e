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

/**
 * A point inside a polygon for labels and register centres: on the horizontal line through the
 * middle of the largest part, the middle of the widest stretch inside it (holes excluded).
 */
export function innenPunkt(g: Geometry): Position {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best: Position = [NaN, NaN];
  let bestBreite = -1;
  for (const poly of polys) {
    const aussen = poly[0];
    if (!aussen?.length) continue;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (const [, y] of aussen) [y0, y1] = [Math.min(y0, y), Math.max(y1, y)];
    // Slightly off the exact middle, so the line does not run through a vertex.
    const y = y0 + (y1 - y0) * 0.5000123;
    const xs: number[] = [];
    for (const ring of poly)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as Position;
        const [xj, yj] = ring[j] as Position;
        if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
      }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const breite = xs[k + 1]! - xs[k]!;
      if (breite > bestBreite) [bestBreite, best] = [breite, [(xs[k]! + xs[k + 1]!) / 2, y]];
    }
  }
  return best;
}
