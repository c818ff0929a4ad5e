import type { Gebiet } from '../gebiete';
import { error, type Problem } from '../problems';
import { areaKm2, overlapKm2 } from './measure';
import { type AreaFeature, type BBox, type Geometry, type Position, type Ring } from './types';

/** Share of a Wohnbereich that may lie outside its Sozialraum, or overlap a sibling (digitising noise). */
export const NESTING_TOLERANCE = 0.01;

function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const o = (p: Position, q: Position, r: Position) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
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
  const n = r.length - 1;
  for (let i = 0; i < n && out.length < 3; i++)
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      if (segmentsCross(r[i] as Position, r[i + 1] as Position, r[j] as Position, r[j + 1] as Position)) {
        out.push(`Ring schneidet sich selbst (Kanten ${i + 1} und ${j + 1})`);
        return out;
      }
    }
  return out;
}

function lineOf(text: string, id: string): number | undefined {
  const i = text.search(new RegExp(`"id"\\s*:\\s*"${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  return i < 0 ? undefined : text.slice(0, i).split('\n').length;
}

/**
 * Validates area geometry (GeoJSON FeatureCollection, one feature per registered Sozialraum and
 * Wohnbereich, `properties.id` = register id): valid rings in WGS84 inside the municipality's
 * bounding box, and Wohnbereiche nested in their Sozialraum without overlapping each other.
 */
export function validateGeometry(
  text: string,
  path: string,
  gebiete: Gebiet[],
  bbox: BBox,
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
  const wanted = new Map(gebiete.filter((g) => g.ebene !== 'stadt').map((g) => [g.id, g]));
  const found = new Map<string, AreaFeature>();
  fc.features.forEach((f: { properties?: { id?: unknown }; id?: unknown; geometry?: { type?: unknown; coordinates?: unknown } }, i) => {
    const id = String(f?.properties?.id ?? f?.id ?? '');
    const at = { path, line: lineOf(text, id) };
    const label = `Feature ${i + 1} (id „${id}“)`;
    const g = wanted.get(id);
    if (!g) return problems.push(error(at, `${label}: Gebiet nicht im Gebietsregister`));
    if (found.has(id)) return problems.push(error(at, `${label}: Gebiet kommt mehrfach vor`));
    const geom = f.geometry;
    if (!geom || (geom.type !== 'Polygon' && geom.type !== 'MultiPolygon') || !Array.isArray(geom.coordinates))
      return problems.push(error(at, `${label}: Geometrie muss Polygon oder MultiPolygon sein`));
    const polys = (geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates) as unknown[];
    const ringMsgs = polys.flatMap((p) => (Array.isArray(p) && p.length ? p.flatMap((r) => ringProblems(r, bbox)) : ['leeres Polygon']));
    if (ringMsgs.length) return problems.push(...[...new Set(ringMsgs)].map((m) => error(at, `${label}: ${m}`)));
    found.set(id, {
      type: 'Feature',
      properties: { id, name: g.name, ebene: g.ebene as AreaFeature['properties']['ebene'], ...(g.ebene === 'wohnbereich' ? { sozialraum: g.parent ?? '' } : {}) },
      geometry: geom as Geometry,
    });
  });
  for (const g of wanted.values()) if (!found.has(g.id)) problems.push(error({ path }, `Gebiet ${g.id} (${g.name}) hat keine Geometrie`));
  if (problems.length) return { features: [...found.values()], meta: {}, problems };

  for (const sr of gebiete.filter((g) => g.ebene === 'sozialraum')) {
    const srGeom = found.get(sr.id)?.geometry as Geometry;
    const kids = gebiete.filter((g) => g.parent === sr.id).map((g) => found.get(g.id) as AreaFeature);
    let sum = 0;
    kids.forEach((k, i) => {
      const a = areaKm2(k.geometry);
      sum += a;
      const inside = overlapKm2(k.geometry, srGeom);
      if (a - inside > NESTING_TOLERANCE * a)
        problems.push(error({ path, line: lineOf(text, k.properties.id) }, `Wohnbereich ${k.properties.id} liegt zu ${Math.round((1 - inside / a) * 100)} % außerhalb seines Sozialraums ${sr.id}`));
      for (const other of kids.slice(i + 1)) {
        const o = overlapKm2(k.geometry, other.geometry);
        if (o > NESTING_TOLERANCE * Math.min(a, areaKm2(other.geometry)))
          problems.push(error({ path, line: lineOf(text, k.properties.id) }, `Wohnbereiche ${k.properties.id} und ${other.properties.id} überlappen (${o.toFixed(3)} km²)`));
      }
    });
    const srArea = areaKm2(srGeom);
    if (Math.abs(sum - srArea) > NESTING_TOLERANCE * srArea)
      problems.push(error({ path, line: lineOf(text, sr.id) }, `Sozialraum ${sr.id}: seine Wohnbereiche decken ${((sum / srArea) * 100).toFixed(1)} % seiner Fläche ab (Lücken oder Überstand)`));
  }
  const meta = typeof fc.metadata === 'object' && fc.metadata ? (fc.metadata as Record<string, unknown>) : {};
  return { features: [...found.values()], meta, problems };
}

