import type { Geometry } from '../geo/types';

/** Leaflet order: [lat, lon]. A MultiPolygon becomes several polygons, each with its rings. */
export type LatLngPolys = [number, number][][][];

/**
 * GeoJSON (lon/lat) to Leaflet positions, quantised to `digits` decimals (5 ≈ 1 m) and with
 * consecutive duplicate points dropped: compact enough to ship with the page.
 */
export function toLatLngs(g: Geometry, digits = 5): LatLngPolys {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const q = (n: number) => Number(n.toFixed(digits));
  return polys.map((rings) =>
    rings.map((ring) => {
      const out: [number, number][] = [];
      for (const [lon, lat] of ring) {
        const p: [number, number] = [q(lat), q(lon)];
        const last = out[out.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
      }
      return out;
    }),
  );
}

/** Area-weighted centre of the largest ring (for the label), in [lat, lon]. */
export function labelPunkt(polys: LatLngPolys): [number, number] {
  let best: [number, number] = [0, 0];
  let bestArea = -1;
  for (const rings of polys) {
    const ring = rings[0] ?? [];
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [y0, x0] = ring[i] as [number, number];
      const [y1, x1] = ring[i + 1] as [number, number];
      const f = x0 * y1 - x1 * y0;
      a += f;
      cx += (x0 + x1) * f;
      cy += (y0 + y1) * f;
    }
    if (Math.abs(a) > bestArea && a !== 0) {
      bestArea = Math.abs(a);
      best = [cy / (3 * a), cx / (3 * a)];
    }
  }
  return best;
}

/** Back to GeoJSON order (lon/lat), e.g. for the image export of the map. */
export const ausLatLngs = (polys: LatLngPolys): Geometry => ({ type: 'MultiPolygon', coordinates: polys.map((rings) => rings.map((ring) => ring.map(([lat, lon]) => [lon, lat] as [number, number]))) });
