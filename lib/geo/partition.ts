import { Delaunay } from 'd3-delaunay';
import { gruppieren } from '../gruppieren';
import type { Gebiet } from '../gebiete';
import { STADT } from '../ebenen';
import { intersection, union } from './measure';
import { bboxOf, eigenschaften, type AreaFeature, type Geometry, type PolygonCoords, type Position } from './types';

const round = (p: Position, digits: number): Position => [Number(p[0].toFixed(digits)), Number(p[1].toFixed(digits))];

function roundGeometry(g: Geometry, digits: number): Geometry {
  const r = (poly: PolygonCoords) => poly.map((ring) => ring.map((p) => round(p, digits)));
  return g.type === 'Polygon' ? { type: 'Polygon', coordinates: r(g.coordinates) } : { type: 'MultiPolygon', coordinates: g.coordinates.map(r) };
}

/** An area of the finest level whose centre lies outside the outline (no cell). */
export class ZentrumAussen extends Error {
  constructor(readonly id: string) {
    super(`${id}: Zentrum liegt außerhalb der Stadtgrenze`);
  }
}

/**
 * Schematic partition of a municipality: one Voronoi cell per area of the finest level around its
 * approximate centre (in a locally equal-scaled plane), clipped to the outline; every coarser area
 * is the union of its children. `gebiete` is the register (city first, coarsest level first; the
 * finest level with lat/lon). Deterministic: same input, same output; coarsest features first.
 */
export function partition(outline: Geometry, gebiete: Gebiet[], digits = 5): AreaFeature[] {
  const ebeneVon = new Map(gebiete.map((g) => [g.id, g.ebene]));
  const hatKinder = new Set(gebiete.map((g) => g.parent));
  const blaetter = gebiete.filter((g) => g.ebene !== STADT && !hatKinder.has(g.id));
  const [x0, y0, x1, y1] = bboxOf([outline]);
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  const pts = blaetter.map((s) => [(s.lon ?? NaN) * k, s.lat ?? NaN] as [number, number]);
  const voronoi = Delaunay.from(pts).voronoi([x0 * k - 0.01, y0 - 0.01, x1 * k + 0.01, y1 + 0.01]);
  const geom = new Map<string, Geometry>();
  blaetter.forEach((s, i) => {
    const cell = (voronoi.cellPolygon(i) as Position[] | null)?.map(([x, y]): Position => [x / k, y]);
    const clipped = cell ? intersection({ type: 'Polygon', coordinates: [cell] }, outline) : [];
    if (clipped.length === 0) throw new ZentrumAussen(s.id);
    geom.set(s.id, roundGeometry(clipped.length === 1 ? { type: 'Polygon', coordinates: clipped[0] as PolygonCoords } : { type: 'MultiPolygon', coordinates: clipped }, digits));
  });
  // Finest first upwards: each coarser area is the union of its (already built) children.
  const kinder = gruppieren(gebiete, (g) => g.parent ?? '');
  for (const g of [...gebiete].reverse()) {
    if (g.ebene === STADT || geom.has(g.id)) continue;
    const teile = (kinder.get(g.id) ?? []).map((c) => geom.get(c.id)).filter((x): x is Geometry => x !== undefined);
    geom.set(g.id, roundGeometry(union(teile), digits));
  }
  return gebiete
    .filter((g) => g.ebene !== STADT)
    .map((g): AreaFeature => ({ type: 'Feature', properties: eigenschaften(g, ebeneVon.get(g.parent ?? '')), geometry: geom.get(g.id)! }));
}
