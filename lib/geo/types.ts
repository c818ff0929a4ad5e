export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoords = Ring[];

export type Geometry = { type: 'Polygon'; coordinates: PolygonCoords } | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };

/** An area's properties: id, name, level, and the id of its parent area under the parent level's id (`<parent level id>: "<parent area id>"`, levels as kommune.json names them). */
export type AreaProperties = { id: string; name: string; ebene: string } & Record<string, string>;

export interface AreaFeature {
  type: 'Feature';
  properties: AreaProperties;
  geometry: Geometry;
}

/** The published properties of a registered area; areas directly under the municipality name no parent. */
export function eigenschaften(g: { id: string; name: string; ebene: string; parent: string | null }, ebeneDesParents: string | undefined): AreaProperties {
  return { id: g.id, name: g.name, ebene: g.ebene, ...(ebeneDesParents && ebeneDesParents !== 'stadt' && g.parent ? { [ebeneDesParents]: g.parent } : {}) };
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
