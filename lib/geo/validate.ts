import { anhaengen } from '../listen';
import { gruppieren } from '../gruppieren';
import type { Gebiet } from '../gebiete';
import { error, type Problem } from '../problems';
import { areaKm2, overlapKm2 } from './measure';
import { ebeneVon, STADT, type Ebenen } from '../ebenen';
import { eigenschaften, type AreaFeature, type BBox, type Geometry, type Position, type Ring } from './types';

/** Share of an area that may lie outside its parent area, or overlap a sibling (digitising noise). */
export const NESTING_TOLERANCE = 0.01;

function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const o = (p: Position, q: Position, r: Position) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
}

/** Segment comparisons a ring may cost; beyond it the ring is called too complex (bounded time). */
export const MAX_VERGLEICHE = 20_000_000;
/** Most positions in one geometry file and features in it (a municipality has dozens of areas). */
export const MAX_PUNKTE = 2_000_000;
export const MAX_FEATURES = 10_000;

/**
 * First pair of non-adjacent edges of a closed ring that cross: a sweep over the edges sorted
 * by their left end, comparing only edges whose x ranges overlap — O(n log n) for real
 * boundaries; a pathological ring stops at MAX_VERGLEICHE and says so.
 */
function selbstschnitt(r: Ring): [number, number] | 'zu-komplex' | null {
  const n = r.length - 1;
  const links = (i: number) => Math.min((r[i] as Position)[0], (r[i + 1] as Position)[0]);
  const rechts = (i: number) => Math.max((r[i] as Position)[0], (r[i + 1] as Position)[0]);
  const unten = (i: number) => Math.min((r[i] as Position)[1], (r[i + 1] as Position)[1]);
  const oben = (i: number) => Math.max((r[i] as Position)[1], (r[i + 1] as Position)[1]);
  const ordnung = Array.from({ length: n }, (_, i) => i).sort((a, b) => links(a) - links(b));
  let aktiv: number[] = [];
  let vergleiche = 0;
  for (const i of ordnung) {
    const x = links(i);
    aktiv = aktiv.filter((j) => rechts(j) >= x);
    for (const j of aktiv) {
      if (++vergleiche > MAX_VERGLEICHE) return 'zu-komplex';
      const [a, b] = i < j ? [i, j] : [j, i];
      if (b - a < 2 || (a === 0 && b === n - 1)) continue;
      if (oben(a) < unten(b) || oben(b) < unten(a)) continue;
      if (segmentsCross(r[a] as Position, r[a + 1] as Position, r[b] as Position, r[b + 1] as Position)) return [a, b];
    }
    aktiv.push(i);
  }
  return null;
}

/** Problems of one linear ring: closed, ≥ 4 positions, numeric, inside the box, not self-crossing. */
export function ringProblems(ring: unknown, bbox: BBox): string[] {
  if (!Array.isArray(ring) || ring.length < 4) return ['Ring hat weniger als 4 Punkte'];
  const pts = ring as unknown[];
  if (!pts.every((p) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n))))
    return ['Ring enthält Koordinaten, die keine Zahlenpaare sind'];
  const r = pts as Ring;
  const out: string[] = [];
  const [first, last] = [r[0] as Position, r[r.length - 1] as Position];
  if (first[0] !== last[0] || first[1] !== last[1]) out.push('Ring ist nicht geschlossen (erster ≠ letzter Punkt)');
  const outside = r.find(([x, y]) => x < bbox[0] || x > bbox[2] || y < bbox[1] || y > bbox[3]);
  if (outside)
    out.push(`Koordinate [${outside.join(', ')}] liegt außerhalb des Gemeindegebiets (lon ${bbox[0].toFixed(3)}–${bbox[2].toFixed(3)}, lat ${bbox[1].toFixed(3)}–${bbox[3].toFixed(3)}; WGS84 lon/lat erwartet)`);
  if (out.length) return out;
  const x = selbstschnitt(r);
  if (x === 'zu-komplex') out.push(`Ring mit ${r.length} Punkten ist zu verwinkelt für die Prüfung – bitte vereinfachen`);
  else if (x) out.push(`Ring schneidet sich selbst (Kanten ${x[0] + 1} und ${x[1] + 1})`);
  return out;
}

/** Line of the first `"id": "<id>"` of every id in the text, found in one pass. */
function zeilenDerIds(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const re = /"id"\s*:\s*"((?:[^"\\]|\\.){0,200})"/g;
  let zeile = 1;
  let pos = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (; pos < m.index; pos++) if (text.charCodeAt(pos) === 10) zeile++;
    const id = m[1] ?? '';
    if (!out.has(id)) out.set(id, zeile);
  }
  return out;
}

/** Positions in a parsed coordinates array, counted without recursion (deep nesting cannot overflow the stack). */
export function punkteZahl(coords: unknown, grenze: number): number {
  let n = 0;
  const stapel: unknown[] = [coords];
  while (stapel.length) {
    const x = stapel.pop();
    if (!Array.isArray(x)) continue;
    if (typeof x[0] === 'number') n++;
    else for (const y of x) stapel.push(y);
    if (n > grenze) return n;
  }
  return n;
}

/**
 * Validates area geometry (GeoJSON FeatureCollection, one feature per registered area of every
 * level, `properties.id` = register id): valid rings in WGS84 inside the municipality's bounding
 * box, and each area's children nested in it, covering it, without overlapping each other.
 */
export function validateGeometry(
  text: string,
  path: string,
  gebiete: Gebiet[],
  bbox: BBox,
  ebenen: Ebenen,
): { features: AreaFeature[]; problems: Problem[]; meta: Record<string, unknown> } {
  const problems: Problem[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec(String(e))?.[1];
    const line = pos ? text.slice(0, Number(pos)).split('\n').length : undefined;
    return { features: [], meta: {}, problems: [error({ path, line }, `kein gültiges JSON: ${(e as Error).message}`)] };
  }
  const fc = json as { type?: unknown; features?: unknown; metadata?: unknown };
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    return { features: [], meta: {}, problems: [error({ path, line: 1 }, 'keine GeoJSON-FeatureCollection')] };
  if (fc.features.length > MAX_FEATURES) return { features: [], meta: {}, problems: [error({ path, line: 1 }, `${fc.features.length} Features – höchstens ${MAX_FEATURES} (eines je Gebiet)`)] };
  const punkte = punkteZahl(fc.features.map((f: { geometry?: { coordinates?: unknown } }) => f?.geometry?.coordinates), MAX_PUNKTE);
  if (punkte > MAX_PUNKTE) return { features: [], meta: {}, problems: [error({ path, line: 1 }, `mehr als ${MAX_PUNKTE} Koordinaten – Geometrie bitte vereinfachen`)] };
  const zeilen = zeilenDerIds(text);
  const alle = new Map(gebiete.map((g) => [g.id, g]));
  const wanted = new Map(gebiete.filter((g) => g.ebene !== STADT).map((g) => [g.id, g]));
  const found = new Map<string, AreaFeature>();
  fc.features.forEach((f: { properties?: { id?: unknown }; id?: unknown; geometry?: { type?: unknown; coordinates?: unknown } }, i) => {
    const id = String(f?.properties?.id ?? f?.id ?? '');
    const at = { path, line: zeilen.get(id) };
    const label = `Feature ${i + 1} (id „${id}“)`;
    const g = wanted.get(id);
    if (!g) return problems.push(error(at, `${label}: Gebiet nicht im Gebietsregister`));
    if (found.has(id)) return problems.push(error(at, `${label}: Gebiet kommt mehrfach vor`));
    const geom = f.geometry;
    if (!geom || (geom.type !== 'Polygon' && geom.type !== 'MultiPolygon') || !Array.isArray(geom.coordinates))
      return problems.push(error(at, `${label}: Geometrie muss Polygon oder MultiPolygon sein`));
    const polys = (geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates) as unknown[];
    const ringMsgs = polys.flatMap((p) => (Array.isArray(p) && p.length ? p.flatMap((r) => ringProblems(r, bbox)) : ['leeres Polygon']));
    if (ringMsgs.length) return anhaengen(problems, [...new Set(ringMsgs)].map((m) => error(at, `${label}: ${m}`)));
    found.set(id, { type: 'Feature', properties: eigenschaften(g, alle.get(g.parent ?? '')?.ebene), geometry: geom as Geometry });
  });
  for (const g of wanted.values()) if (!found.has(g.id)) problems.push(error({ path }, `Gebiet ${g.id} (${g.name}) hat keine Geometrie`));
  if (problems.length) return { features: [...found.values()], meta: {}, problems };

  const name = (ebene: string, form: 'singular' | 'plural') => ebeneVon(ebenen, ebene)?.[form] ?? ebene;
  const kinderVon = gruppieren(
    [...wanted.values()].map((g) => found.get(g.id) as AreaFeature),
    (f) => wanted.get(f.properties.id)?.parent ?? '',
  );
  for (const ober of wanted.values()) {
    const kids = kinderVon.get(ober.id) ?? [];
    if (!kids.length) continue;
    const oberGeom = found.get(ober.id)?.geometry as Geometry;
    const oberName = name(ober.ebene, 'singular');
    const kinder = name(kids[0]!.properties.ebene, 'plural');
    let sum = 0;
    kids.forEach((k, i) => {
      const a = areaKm2(k.geometry);
      sum += a;
      const inside = overlapKm2(k.geometry, oberGeom);
      if (a - inside > NESTING_TOLERANCE * a)
        problems.push(error({ path, line: zeilen.get(k.properties.id) }, `${name(k.properties.ebene, 'singular')} ${k.properties.id} liegt zu ${Math.round((1 - inside / a) * 100)} % außerhalb von ${oberName} ${ober.id}`));
      for (const other of kids.slice(i + 1)) {
        const o = overlapKm2(k.geometry, other.geometry);
        if (o > NESTING_TOLERANCE * Math.min(a, areaKm2(other.geometry)))
          problems.push(error({ path, line: zeilen.get(k.properties.id) }, `${kinder} ${k.properties.id} und ${other.properties.id} überlappen (${o.toFixed(3)} km²)`));
      }
    });
    const oberArea = areaKm2(oberGeom);
    if (Math.abs(sum - oberArea) > NESTING_TOLERANCE * oberArea)
      problems.push(error({ path, line: zeilen.get(ober.id) }, `${oberName} ${ober.id}: die ${kinder} decken ${((sum / oberArea) * 100).toFixed(1)} % seiner Fläche ab (Lücken oder Überstand)`));
  }
  const meta = typeof fc.metadata === 'object' && fc.metadata ? (fc.metadata as Record<string, unknown>) : {};
  return { features: [...found.values()], meta, problems };
}
