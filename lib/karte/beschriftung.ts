/**
 * Names on a map that do not cover each other. On a phone the map is small and the names of
 * neighbouring areas can overlap and read as one name; then the name of the smaller area gives
 * way — it stays in the area's tooltip, its link's name and the table beside the map. Pure: the
 * areas' sizes come from the server (lib/geo/measure), the names' boxes from the browser.
 */
export interface Kasten {
  links: number;
  oben: number;
  rechts: number;
  unten: number;
}

/** Each area's rank for its name, 0 = the largest (equal sizes by id): larger areas keep their names. */
export function raenge(gebiete: { id: string; flaeche: number }[]): Map<string, number> {
  const folge = [...gebiete].sort((a, b) => b.flaeche - a.flaeche || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(folge.map((g, i) => [g.id, i]));
}

/**
 * Which names stay: in the given order (most important first), each that overlaps no name kept
 * before it. An empty box (not laid out) never stays. Names that only touch both stay: the
 * static and the interactive map place a name up to a pixel apart, and should keep the same names.
 */
export function freieBeschriftungen(kaesten: Kasten[]): boolean[] {
  const behalten: Kasten[] = [];
  return kaesten.map((k) => {
    if (!(k.rechts > k.links && k.unten > k.oben)) return false;
    const frei = behalten.every((b) => k.links >= b.rechts || b.links >= k.rechts || k.oben >= b.unten || b.oben >= k.unten);
    if (frei) behalten.push(k);
    return frei;
  });
}
