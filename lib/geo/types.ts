export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoords = Ring[];

export type Geometry = { type: 'Polygon'; coordinates: PolygonCoords } | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };

export interface AreaFeature {
  type: 'Feature';
  properties: { id: string; name: string; ebene: 'sozialraum' | 'wohnbereich'; sozialraum?: string };
  geometry: Geometry;
}

export const polygonsOf = (g: Geometry): PolygonCoords[] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

export type BBox = [number, number, number, number];

export function bboxOf(geoms: Geometry[]): BBox {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geoms)
    for (const poly of polygonsOf(g))
      for (const ring of poly)
        for (const [x, y] of ring) {
          x0 = Math.min(x0, x);
          y0 = Math.min(y0, y);
          x1 = Math.max(x1, x);
          y1 = Math.max(y1, y);
        }
  return [x0, y0, x1, y1];
}

/** A box grown by `margin` degrees on every side. */
export const grow = ([x0, y0, x1, y1]: BBox, margin: number): BBox => [x0 - margin, y0 - margin, x1 + margin, y1 + margin];
