import turfArea from '@turf/area';
import polygonClipping from 'polygon-clipping';
import { polygonsOf, type Geometry, type PolygonCoords } from './types';

/** Geodesic area in km². */
export function areaKm2(g: Geometry): number {
  return turfArea({ type: 'Feature', properties: {}, geometry: g }) / 1e6;
}

const multi = (g: Geometry) => polygonsOf(g) as polygonClipping.MultiPolygon;

/** Area (km²) shared by two geometries. */
export function overlapKm2(a: Geometry, b: Geometry): number {
  const inter = polygonClipping.intersection(multi(a), multi(b)) as PolygonCoords[];
  return inter.length ? areaKm2({ type: 'MultiPolygon', coordinates: inter }) : 0;
}

export function union(geoms: Geometry[]): Geometry {
  const [first, ...rest] = geoms.map(multi);
  const u = polygonClipping.union(first ?? [], ...rest) as PolygonCoords[];
  return u.length === 1 ? { type: 'Polygon', coordinates: u[0] as PolygonCoords } : { type: 'MultiPolygon', coordinates: u };
}

export function intersection(a: Geometry, b: Geometry): PolygonCoords[] {
  return polygonClipping.intersection(multi(a), multi(b)) as PolygonCoords[];
}
