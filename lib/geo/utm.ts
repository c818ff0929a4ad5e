/**
 * ETRS89 / UTM (EPSG:25832, 25833) ↔ geographic coordinates on GRS80, by Krüger's series to
 * fourth order (sub-millimetre within a zone). ETRS89 and WGS84 differ by well under a metre,
 * less than any boundary's accuracy, so the result is used as WGS84.
 */
const A = 6378137;
const F = 1 / 298.257222101;
const K0 = 0.9996;
const E0 = 500000;
const N_ = F / (2 - F);
const n2 = N_ * N_;
const n3 = n2 * N_;
const n4 = n3 * N_;
const AA = (A / (1 + N_)) * (1 + n2 / 4 + n4 / 64);
const ALPHA = [N_ / 2 - (2 * n2) / 3 + (5 * n3) / 16 + (41 * n4) / 180, (13 * n2) / 48 - (3 * n3) / 5 + (557 * n4) / 1440, (61 * n3) / 240 - (103 * n4) / 140, (49561 * n4) / 161280];
const BETA = [N_ / 2 - (2 * n2) / 3 + (37 * n3) / 96 - n4 / 360, n2 / 48 + n3 / 15 - (437 * n4) / 1440, (17 * n3) / 480 - (37 * n4) / 840, (4397 * n4) / 161280];
const DELTA = [2 * N_ - (2 * n2) / 3 - 2 * n3 + (116 * n4) / 45, (7 * n2) / 3 - (8 * n3) / 5 - (227 * n4) / 45, (56 * n3) / 15 - (136 * n4) / 35, (4279 * n4) / 630];
const GRAD = Math.PI / 180;

/** Central meridian (degrees) of a UTM zone. */
export const mittelmeridian = (zone: number) => zone * 6 - 183;

/** UTM easting/northing (metres, northern hemisphere) → [lon, lat] in degrees. */
export function utmNachGeo(e: number, n: number, zone: number): [number, number] {
  const xi = n / (K0 * AA);
  const eta = (e - E0) / (K0 * AA);
  let xs = xi;
  let es = eta;
  for (let j = 1; j <= 4; j++) {
    const b = BETA[j - 1]!;
    xs -= b * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
    es -= b * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
  }
  const chi = Math.asin(Math.sin(xs) / Math.cosh(es));
  let phi = chi;
  for (let j = 1; j <= 4; j++) phi += DELTA[j - 1]! * Math.sin(2 * j * chi);
  const lambda = mittelmeridian(zone) * GRAD + Math.atan2(Math.sinh(es), Math.cos(xs));
  return [lambda / GRAD, phi / GRAD];
}

/** [lon, lat] in degrees → UTM easting/northing (metres) in the given zone. */
export function geoNachUtm(lon: number, lat: number, zone: number): [number, number] {
  const phi = lat * GRAD;
  const dl = (lon - mittelmeridian(zone)) * GRAD;
  const c = (2 * Math.sqrt(N_)) / (1 + N_);
  const t = Math.sinh(Math.atanh(Math.sin(phi)) - c * Math.atanh(c * Math.sin(phi)));
  const xs = Math.atan2(t, Math.cos(dl));
  const es = Math.atanh(Math.sin(dl) / Math.sqrt(1 + t * t));
  let x = es;
  let y = xs;
  for (let j = 1; j <= 4; j++) {
    const a = ALPHA[j - 1]!;
    x += a * Math.cos(2 * j * xs) * Math.sinh(2 * j * es);
    y += a * Math.sin(2 * j * xs) * Math.cosh(2 * j * es);
  }
  return [E0 + K0 * AA * x, K0 * AA * y];
}

/** The UTM zone of a named CRS of GeoJSON (2008 spec: crs.properties.name), or 0 for geographic, undefined if unknown. */
export function crsZone(name: string): number | undefined {
  const s = name.trim().toUpperCase();
  if (/(^|:)CRS84$/.test(s) || /EPSG:{1,2}4326$/.test(s) || /EPSG:{1,2}4258$/.test(s)) return 0;
  const m = /EPSG:{1,2}(2583[23])$/.exec(s);
  return m ? Number(m[1]) - 25800 : undefined;
}
