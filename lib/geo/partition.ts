import { Delaunay } from 'd3-delaunay';
import { intersection, union } from './measure';
import { bboxOf, type AreaFeature, type Geometry, type PolygonCoords, type Position } from './types';

export interface Seed {
  id: string;
  name: string;
  sozialraum: string;
  sozialraumName: string;
  lon: number;
  lat: number;
}

const round = (p: Position, digits: number): Position => [Number(p[0].toFixed(digits)), Number(p[1].toFixed(digits))];

function roundGeometry(g: Geometry, digits: number): Geometry {
  const r = (poly: PolygonCoords) => poly.map((ring) => ring.map((p) => round(p, digits)));
  return g.type === 'Polygon' ? { type: 'Polygon', coordinates: r(g.coordinates) } : { type: 'MultiPolygon', coordinates: g.coordinates.map(r) };
}

/**
 * Schematic partition of a municipality: one Voronoi cell per Wohnbereich around its
 * approximate centre (in a locally equal-scaled plane), clipped to the outline; each
 * Sozialraum is the union of its Wohnbereiche. Deterministic: same input, same output.
 */
export function partition(outline: Geometry, seeds: Seed[], digits = 5): AreaFeature[] {
  const [x0, y0, x1, y1] = bboxOf([outline]);
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  const pts = seeds.map((s) => [s.lon * k, s.lat] as [number, number]);
  const voronoi = Delaunay.from(pts).voronoi([x0 * k - 0.01, y0 - 0.01, x1 * k + 0.01, y1 + 0.01]);
  const wb: AreaFeature[] = seeds.map((s, i) => {
    const cell = (voronoi.cellPolygon(i) as Position[]).map(([x, y]): Position => [x / k, y]);
    const clipped = intersection({ type: 'Polygon', coordinates: [cell] }, outline);
    if (clipped.length === 0) throw new Error(`Wohnbereich ${s.id}: Zentrum liegt außerhalb der Stadtgrenze`);
    const geometry: Geometry = clipped.length === 1 ? { type: 'Polygon', coordinates: clipped[0] as PolygonCoords } : { type: 'MultiPolygon', coordinates: clipped };
    return { type: 'Feature', properties: { id: s.id, name: s.name, ebene: 'wohnbereich', sozialraum: s.sozialraum }, geometry: roundGeometry(geometry, digits) };
  });
  const srIds = [...new Set(seeds.map((s) => s.sozialraum))];
  const sr: AreaFeature[] = srIds.map((id) => {
    const name = seeds.find((s) => s.sozialraum === id)?.sozialraumName ?? id;
    const parts = wb.filter((f) => f.properties.sozialraum === id).map((f) => f.geometry);
    return { type: 'Feature', properties: { id, name, ebene: 'sozialraum' }, geometry: roundGeometry(union(parts), digits) };
  });
  return [...sr, ...wb];
}
