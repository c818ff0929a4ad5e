import type { Geometry, PolygonCoords, Position, Ring } from './types';

/** Coordinates rounded to 1e-7° (about 1 cm): shared vertices of neighbours compare equal. */
const runden = (p: Position): Position => [Math.round(p[0] * 1e7) / 1e7, Math.round(p[1] * 1e7) / 1e7];
const schluessel = (p: Position) => `${p[0]},${p[1]}`;

function ringeVon(g: Geometry): PolygonCoords[] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** A ring without its closing point and without repeated consecutive points. */
function offen(ring: Ring): Position[] {
  const out: Position[] = [];
  for (const p of ring.map(runden)) if (!out.length || schluessel(out[out.length - 1]!) !== schluessel(p)) out.push(p);
  if (out.length > 1 && schluessel(out[0]!) === schluessel(out[out.length - 1]!)) out.pop();
  return out;
}

/** Douglas–Peucker without recursion, in a plane where `masstab` turns degrees into metres. */
function douglasPeucker(punkte: Position[], toleranz: number, masstab: [number, number]): Position[] {
  const n = punkte.length;
  if (n <= 2) return punkte;
  const behalten = new Uint8Array(n);
  behalten[0] = 1;
  behalten[n - 1] = 1;
  const stapel: [number, number][] = [[0, n - 1]];
  const xy = (p: Position): [number, number] => [p[0] * masstab[0], p[1] * masstab[1]];
  while (stapel.length) {
    const [a, b] = stapel.pop()!;
    const [ax, ay] = xy(punkte[a]!);
    const [bx, by] = xy(punkte[b]!);
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let weit = -1;
    let idx = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = xy(punkte[i]!);
      const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
      const d = Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
      if (d > weit) {
        weit = d;
        idx = i;
      }
    }
    if (weit > toleranz && idx > 0) {
      behalten[idx] = 1;
      stapel.push([a, idx], [idx, b]);
    }
  }
  return punkte.filter((_, i) => behalten[i]);
}

/**
 * Simplifies area geometries for the web without opening gaps or overlaps between neighbours:
 * every boundary is cut into arcs at the points where the set of areas sharing it changes, and
 * each arc is simplified once (the same way from either side) with Douglas–Peucker at
 * `toleranzM` metres. Rings that would collapse keep their points. Areas keep their order.
 */
export function vereinfachen(gebiete: readonly { id: string; geometry: Geometry }[], toleranzM: number): Geometry[] {
  const wer = new Map<string, Set<string>>();
  let ySumme = 0;
  let yZahl = 0;
  const ringe = gebiete.map((g) => ringeVon(g.geometry).map((poly) => poly.map(offen)));
  gebiete.forEach((g, i) => {
    for (const poly of ringe[i]!)
      for (const ring of poly)
        for (const p of ring) {
          const k = schluessel(p);
          const s = wer.get(k) ?? new Set<string>();
          s.add(g.id);
          wer.set(k, s);
          ySumme += p[1];
          yZahl++;
        }
  });
  const breite = yZahl ? ySumme / yZahl : 0;
  const masstab: [number, number] = [111_320 * Math.cos((breite * Math.PI) / 180), 110_574];
  const teilung = (p: Position) => [...(wer.get(schluessel(p)) ?? [])].sort().join('|');

  const ringVereinfachen = (ring: Position[]): Ring => {
    const n = ring.length;
    if (n < 4) return [...ring, ring[0]!];
    const teil = ring.map(teilung);
    const fest: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = teil[i]!;
      if (t.split('|').length >= 3 || t !== teil[(i + n - 1) % n] || t !== teil[(i + 1) % n]) fest.push(i);
    }
    if (fest.length < 2) {
      // A ring no one else shares (or shares whole): fix its first point and the point farthest from it.
      let weit = 0;
      let idx = Math.floor(n / 2);
      ring.forEach((p, i) => {
        const d = Math.hypot((p[0] - ring[0]![0]) * masstab[0], (p[1] - ring[0]![1]) * masstab[1]);
        if (d > weit) [weit, idx] = [d, i];
      });
      fest.splice(0, fest.length, ...(idx === 0 ? [0] : [0, idx]));
    }
    const out: Position[] = [];
    for (let k = 0; k < fest.length; k++) {
      const von = fest[k]!;
      const bis = fest[(k + 1) % fest.length]!;
      const bogen: Position[] = [];
      for (let i = von; ; i = (i + 1) % n) {
        bogen.push(ring[i]!);
        if (i === bis && bogen.length > 1) break;
      }
      // The same arc from the other side is the same points reversed: simplify in one direction only.
      const umkehren = schluessel(bogen[0]!) > schluessel(bogen[bogen.length - 1]!);
      const einfach = umkehren ? douglasPeucker([...bogen].reverse(), toleranzM, masstab).reverse() : douglasPeucker(bogen, toleranzM, masstab);
      for (const p of einfach.slice(0, -1)) out.push(p);
    }
    if (out.length < 3) return [...ring, ring[0]!];
    return [...out, out[0]!];
  };

  return ringe.map((polys) => {
    const coords = polys.map((poly) => poly.filter((r) => r.length >= 3).map(ringVereinfachen)).filter((poly) => poly.length > 0);
    return coords.length === 1 ? { type: 'Polygon', coordinates: coords[0]! } : { type: 'MultiPolygon', coordinates: coords };
  });
}
