import type { LatLngPolys } from './geometrie';

/**
 * Names on a map that do not cover each other. On a phone the map is small and the names of
 * neighbouring areas overlap ("Bockum-Hövel" over "Hamm-Norden" read as one name); then the
 * name of the smaller area gives way — it stays in the area's tooltip, its link's name and the
 * table beside the map. Pure: the boxes come from the browser, which measures the names.
 */
export interface Kasten {
  links: number;
  oben: number;
  rechts: number;
  unten: number;
}

/** Area of one ring of [lat, lng] points (shoelace), longitude scaled by `k`. */
function ringFlaeche(ring: [number, number][], k: number): number {
  let summe = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [y1, x1] = ring[j] as [number, number];
    const [y2, x2] = ring[i] as [number, number];
    summe += x1 * k * y2 - x2 * k * y1;
  }
  return Math.abs(summe) / 2;
}

/** An area's size for ranking its name: its outer rings less their holes (longitude scaled by the cosine of each polygon's latitude). */
export function flaeche(polys: LatLngPolys): number {
  let summe = 0;
  for (const polygon of polys) {
    const k = Math.cos((((polygon[0]?.[0] as [number, number] | undefined)?.[0] ?? 0) * Math.PI) / 180);
    polygon.forEach((ring, i) => (summe += (i === 0 ? 1 : -1) * ringFlaeche(ring, k)));
  }
  return summe;
}

/** Each area's rank for its name, 0 = the largest (ties by id): larger areas keep their names. */
export function raenge(gebiete: { id: string; polys: LatLngPolys }[]): Map<string, number> {
  const groesse = new Map(gebiete.map((g) => [g.id, flaeche(g.polys)]));
  const folge = gebiete.map((g) => g.id).sort((a, b) => (groesse.get(b) as number) - (groesse.get(a) as number) || (a < b ? -1 : a > b ? 1 : 0));
  return new Map(folge.map((id, i) => [id, i]));
}

/**
 * Which names stay: in the given order (most important first), each that overlaps no name kept
 * before it (or, with `abstand`, keeps that many px from it). An empty box (not laid out) never
 * stays. Names that only touch both stay: the static and the interactive map place a name up to
 * a pixel apart, and should keep the same names.
 */
export function freieBeschriftungen(kaesten: Kasten[], abstand = 0): boolean[] {
  const behalten: Kasten[] = [];
  return kaesten.map((k) => {
    if (!(k.rechts > k.links && k.unten > k.oben)) return false;
    const frei = behalten.every((b) => k.links >= b.rechts + abstand || b.links >= k.rechts + abstand || k.oben >= b.unten + abstand || b.oben >= k.unten + abstand);
    if (frei) behalten.push(k);
    return frei;
  });
}
