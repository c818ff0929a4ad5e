import { toCsv } from '../csvout';
import { gruppieren } from '../gruppieren';
import { STADT, type Ebenen } from '../ebenen';
import { registerSpalten, type Gebiet } from '../gebiete';
import { error, warning, type Problem } from '../problems';
import { verbotenesZeichen } from '../text/zeichen';
import { areaKm2, union } from './measure';
import { innenPunkt } from './punkt';
import { eigenschaften, bboxOf, grow, polygonsOf, type AreaFeature, type Geometry, type PolygonCoords } from './types';
import { crsZone, utmNachGeo } from './utm';
import { MAX_FEATURES, MAX_PUNKTE, punkteZahl, validateGeometry } from './validate';
import { vereinfachen } from './vereinfachen';

export interface ImportOptionen {
  /** Feature properties with the id and name of each area of the finest level. */
  id: string;
  name: string;
  /** Properties with the id (and optionally the name) of the areas it lies in, coarsest level first: one per level above. */
  eltern: { id: string; name?: string }[];
  ebenen: Ebenen;
  ags: string;
  stadtName: string;
  /** Named CRS, overriding the file's `crs` (EPSG:25832, EPSG:25833, EPSG:4326, CRS84). */
  crs?: string;
  toleranzM: number;
  namensnennung: string;
  /** File name for the description in the geometry's metadata. */
  quelle: string;
}

export interface ImportErgebnis {
  register: string;
  geometrie: string;
  stadtgrenze: string;
  gebiete: Gebiet[];
  problems: Problem[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const KURZ = 120;

/** Line of the i-th feature (its `"type": "Feature"`), for messages. */
function featureZeilen(text: string): number[] {
  const out: number[] = [];
  const re = /"type"\s*:\s*"Feature"/g;
  let zeile = 1;
  let pos = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (; pos < m.index; pos++) if (text.charCodeAt(pos) === 10) zeile++;
    out.push(zeile);
  }
  return out;
}

/** Every position of a Polygon/MultiPolygon mapped; non-numbers give null. */
function umrechnen(g: { type: string; coordinates: unknown }, f: (x: number, y: number) => [number, number]): Geometry | null {
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown[];
  if (!Array.isArray(polys)) return null;
  const out: PolygonCoords[] = [];
  for (const poly of polys) {
    if (!Array.isArray(poly)) return null;
    const ringe: PolygonCoords = [];
    for (const ring of poly) {
      if (!Array.isArray(ring)) return null;
      const r: [number, number][] = [];
      for (const p of ring) {
        if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
        r.push(f(p[0], p[1]));
      }
      ringe.push(r);
    }
    out.push(ringe);
  }
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0]! } : { type: 'MultiPolygon', coordinates: out };
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : '');

/**
 * Builds the area register and geometry of a municipality from its own GeoJSON of the finest
 * level (WGS84, or ETRS89/UTM 32/33 named in `crs`, reprojected; MultiPolygons and holes kept):
 * coarser levels are the unions of their parts, shared borders are simplified alike, and the
 * result is checked like any geometry input (nesting, overlaps, gaps). Pure: text in, texts out.
 */
export function gebieteImport(eingabe: string, path: string, o: ImportOptionen): ImportErgebnis {
  const leer = (problems: Problem[]): ImportErgebnis => ({ register: '', geometrie: '', stadtgrenze: '', gebiete: [], problems });
  if (o.eltern.length !== o.ebenen.length - 1)
    return leer([error({ path }, `kommune.json nennt ${o.ebenen.length} Gebietsebene(n): ${o.ebenen.length - 1}× --parent angeben (gröbste Ebene zuerst), nicht ${o.eltern.length}×`)]);
  if (!o.namensnennung.trim()) return leer([error({ path }, 'Namensnennung fehlt: --namensnennung "…" angeben (wer die Grenzen herausgibt, mit Lizenz)')]);
  let json: unknown;
  try {
    json = JSON.parse(eingabe);
  } catch (e) {
    return leer([error({ path, line: 1 }, `kein gültiges JSON: ${(e as Error).message.slice(0, KURZ)}`)]);
  }
  const fc = json as { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) return leer([error({ path, line: 1 }, 'keine GeoJSON-FeatureCollection')]);
  if (fc.features.length === 0) return leer([error({ path, line: 1 }, 'keine Features')]);
  if (fc.features.length > MAX_FEATURES) return leer([error({ path, line: 1 }, `${fc.features.length} Features – höchstens ${MAX_FEATURES}`)]);
  if (punkteZahl(fc.features.map((f: { geometry?: { coordinates?: unknown } }) => f?.geometry?.coordinates), MAX_PUNKTE) > MAX_PUNKTE)
    return leer([error({ path, line: 1 }, `mehr als ${MAX_PUNKTE} Koordinaten – bitte vorher vereinfachen`)]);

  const crsName = o.crs ?? (typeof fc.crs?.properties?.name === 'string' ? fc.crs.properties.name : undefined);
  const zone = crsName === undefined ? 0 : crsZone(crsName);
  if (zone === undefined) return leer([error({ path, line: 1 }, `Koordinatensystem „${String(crsName).slice(0, KURZ)}“ unbekannt – möglich: EPSG:25832, EPSG:25833 (ETRS89/UTM), EPSG:4326, CRS84 (--crs …)`)]);
  const umrechnung = zone ? (x: number, y: number) => utmNachGeo(x, y, zone) : (x: number, y: number): [number, number] => [x, y];

  const zeilen = featureZeilen(eingabe);
  const problems: Problem[] = [];
  const fein = new Map<string, { name: string; teile: Geometry[]; eltern: string[]; line?: number }>();
  const oben = new Map<string, { name: string; stufe: number; parent: string; line?: number }>();
  fc.features.forEach((f: { properties?: Record<string, unknown> | null; geometry?: { type?: unknown; coordinates?: unknown } | null }, i: number) => {
    const at = { path, line: zeilen[i] };
    const p = f?.properties ?? {};
    const id = text(p[o.id]);
    const label = `Feature ${i + 1}`;
    if (!ID.test(id)) return problems.push(error(at, `${label}: Eigenschaft ${o.id} „${id.slice(0, KURZ)}“ ist keine gültige Gebiets-ID (Buchstaben, Ziffern, _ und -)`));
    const name = text(p[o.name]);
    if (!name || name.length > 200 || verbotenesZeichen(name)) return problems.push(error(at, `${label} (${id}): Eigenschaft ${o.name} leer, zu lang oder mit Steuerzeichen`));
    const g = f?.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return problems.push(error(at, `${label} (${id}): Geometrie muss Polygon oder MultiPolygon sein`));
    const geom = umrechnen(g as { type: string; coordinates: unknown }, umrechnung);
    if (!geom) return problems.push(error(at, `${label} (${id}): Koordinaten sind keine Zahlenpaare`));
    const aussen = polygonsOf(geom).flat(2).find(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90);
    if (aussen) return problems.push(error(at, `${label} (${id}): Koordinate [${aussen.join(', ')}] ist keine Länge/Breite – Meter? Dann --crs EPSG:25832 oder EPSG:25833 angeben`));
    const eltern: string[] = [];
    let parent = o.ags;
    for (const [stufe, e] of o.eltern.entries()) {
      const pid = text(p[e.id]);
      if (!ID.test(pid)) return problems.push(error(at, `${label} (${id}): Eigenschaft ${e.id} „${pid.slice(0, KURZ)}“ ist keine gültige Gebiets-ID`));
      const pname = e.name ? text(p[e.name]) : pid;
      const alt = oben.get(pid);
      if (alt && alt.parent !== parent) return problems.push(error(at, `${label} (${id}): ${pid} liegt hier in ${parent}, in Zeile ${alt.line ?? '?'} in ${alt.parent}`));
      if (alt && alt.name !== pname) problems.push(error(at, `${label} (${id}): Name „${pname}“ von ${pid} widerspricht „${alt.name}“ (Zeile ${alt.line ?? '?'})`));
      if (!alt) oben.set(pid, { name: pname, stufe, parent, line: at.line });
      eltern.push(pid);
      parent = pid;
    }
    const da = fein.get(id);
    if (da && (da.name !== name || da.eltern.join() !== eltern.join())) return problems.push(error(at, `${label}: ${id} kommt schon in Zeile ${da.line ?? '?'} vor, mit anderem Namen oder Obergebiet`));
    // An area split into several features (islands, exclaves) is one area.
    if (da) da.teile.push(geom);
    else fein.set(id, { name, teile: [geom], eltern, line: at.line });
  });
  for (const id of fein.keys()) if (oben.has(id)) problems.push(error({ path, line: fein.get(id)?.line }, `${id} ist zugleich Gebiet der feinsten und einer gröberen Ebene`));
  if (problems.length) return leer(problems);

  // Register: the city, each coarser level in order of appearance, then the finest level.
  const gebiete: Gebiet[] = [{ id: o.ags, name: o.stadtName, ebene: STADT, parent: null, lat: null, lon: null }];
  for (let stufe = 0; stufe < o.eltern.length; stufe++)
    for (const [id, g] of oben) if (g.stufe === stufe) gebiete.push({ id, name: g.name, ebene: o.ebenen[stufe]!.id, parent: g.parent, lat: null, lon: null });
  const feinIds = [...fein.keys()];
  const roh = feinIds.map((id) => {
    const teile = fein.get(id)!.teile;
    return { id, geometry: teile.length === 1 ? teile[0]! : union(teile) };
  });
  const einfach = vereinfachen(roh, o.toleranzM);
  const geom = new Map(feinIds.map((id, i) => [id, einfach[i]!]));
  const feinste = o.ebenen[o.ebenen.length - 1]!.id;
  feinIds.forEach((id) => {
    const f = fein.get(id)!;
    const g = geom.get(id)!;
    const [lon, lat] = innenPunkt(g);
    gebiete.push({ id, name: f.name, ebene: feinste, parent: f.eltern.at(-1) ?? o.ags, lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 });
  });
  const kinder = gruppieren(gebiete, (g) => g.parent ?? '');
  const nachId = new Map(gebiete.map((g) => [g.id, g]));
  // Coarser areas are the unions of their parts, finest upwards: nesting holds by construction.
  for (const g of [...gebiete].reverse()) {
    if (g.ebene === STADT || geom.has(g.id)) continue;
    geom.set(g.id, union((kinder.get(g.id) ?? []).map((c) => geom.get(c.id)!)));
  }
  const stadt = union((kinder.get(o.ags) ?? []).map((g) => geom.get(g.id)!));

  const ebeneVon = new Map(gebiete.map((g) => [g.id, g.ebene]));
  const features: AreaFeature[] = gebiete.filter((g) => g.ebene !== STADT).map((g) => ({ type: 'Feature', properties: eigenschaften(g, ebeneVon.get(g.parent ?? '')), geometry: geom.get(g.id)! }));
  const metadata = {
    schematisch: false,
    namensnennung: o.namensnennung.trim(),
    beschreibung: `Aus ${o.quelle} übernommen${zone ? ` (ETRS89/UTM Zone ${zone}, nach WGS 84 umgerechnet)` : ''}; für das Web vereinfacht (Toleranz ${o.toleranzM} m), gemeinsame Grenzen bleiben gemeinsam.`,
    erzeugt_von: 'scripts/gebiete-import.ts',
  };
  // One feature per line: later messages can name a useful line.
  const geometrie = `${JSON.stringify({ type: 'FeatureCollection', metadata, features: [] }).replace('"features":[]', `"features":[\n${features.map((f) => JSON.stringify({ type: 'Feature', properties: { id: f.properties.id, name: f.properties.name }, geometry: f.geometry })).join(',\n')}\n]`)}\n`;
  const stadtgrenze = `${JSON.stringify({ type: 'FeatureCollection', metadata: { namensnennung: metadata.namensnennung, quelle: `Vereinigung der Gebiete aus ${o.quelle}` }, features: [{ type: 'Feature', properties: { ARS: o.ags }, geometry: stadt }] })}\n`;
  const register = toCsv(
    registerSpalten(o.ebenen),
    gebiete
      .filter((g) => g.ebene === feinste)
      .map((g) => {
        const kette: Gebiet[] = [];
        for (let p: Gebiet | undefined = g; p && p.ebene !== STADT; p = nachId.get(p.parent ?? '')) kette.unshift(p);
        return [...kette.flatMap((k) => [k.id, k.name]), g.lat, g.lon];
      }),
  );

  // The same checks as the ingest's, plus holes in the city that no area covers.
  const v = validateGeometry(geometrie, path, gebiete, grow(bboxOf([stadt]), 0.05), o.ebenen);
  const checks: Problem[] = [...v.problems];
  const loecher = polygonsOf(stadt).flatMap((poly) => poly.slice(1));
  const loch = loecher.reduce((s, r) => s + areaKm2({ type: 'Polygon', coordinates: [r] }), 0);
  if (loecher.length) checks.push(warning({ path }, `${loecher.length} Lücke(n) zwischen den Gebieten (zusammen ${loch.toFixed(3).replace('.', ',')} km²) – gehören sie zur Stadt, fehlt dort ein Gebiet`));
  return { register, geometrie, stadtgrenze, gebiete, problems: checks };
}
