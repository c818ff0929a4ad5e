import { describe, expect, it } from 'vitest';
import { crsZone, geoNachUtm, utmNachGeo } from './utm';

/** Meridian arc length on GRS80 by numerical integration – independent of the series. */
function meridianbogen(latGrad: number): number {
  const a = 6378137;
  const f = 1 / 298.257222101;
  const e2 = f * (2 - f);
  const schritte = 200000;
  const phi = (latGrad * Math.PI) / 180;
  let s = 0;
  for (let i = 0; i < schritte; i++) {
    const p = ((i + 0.5) / schritte) * phi;
    s += (a * (1 - e2)) / Math.pow(1 - e2 * Math.sin(p) ** 2, 1.5);
  }
  return (s * phi) / schritte;
}

describe('UTM (ETRS89, GRS80)', () => {
  it('puts the central meridian at 500 km east and the meridian arc (× 0.9996) north', () => {
    const [e, n] = geoNachUtm(9, 51.5, 32);
    expect(e).toBeCloseTo(500000, 3);
    expect(n).toBeCloseTo(0.9996 * meridianbogen(51.5), 2);
    const [lon, lat] = utmNachGeo(500000, 0.9996 * meridianbogen(51.5), 32);
    expect(lon).toBeCloseTo(9, 9);
    expect(lat).toBeCloseTo(51.5, 9);
  });

  it('round-trips across NRW in zone 32 and eastern Germany in zone 33 to a millimetre', () => {
    for (const [lon, lat, zone] of [
      [7.8155, 51.6805, 32],
      [6.0, 50.3, 32],
      [11.9, 53.9, 32],
      [13.4, 52.5, 33],
      [14.9, 47.3, 33],
    ] as const) {
      const [e, n] = geoNachUtm(lon, lat, zone);
      const [lon2, lat2] = utmNachGeo(e, n, zone);
      const [e2, n2] = geoNachUtm(lon2, lat2, zone);
      expect(Math.abs(e2 - e)).toBeLessThan(0.001);
      expect(Math.abs(n2 - n)).toBeLessThan(0.001);
      expect(Math.abs(lon2 - lon)).toBeLessThan(1e-8);
    }
  });

  it('scales by 0.9996 on the central meridian: 1 km of northing is about 1000.4 m of ground', () => {
    const [, lat1] = utmNachGeo(500000, 5_700_000, 32);
    const [, lat2] = utmNachGeo(500000, 5_701_000, 32);
    const boden = meridianbogen(lat2) - meridianbogen(lat1);
    expect(boden).toBeCloseTo(1000 / 0.9996, 1);
  });

  it('maps a small step along the equator to 0.9996 × its arc east of the central meridian', () => {
    const dl = 0.01; // degrees
    const [e, n] = geoNachUtm(9 + dl, 0, 32);
    expect(n).toBeCloseTo(0, 6);
    expect(e - 500000).toBeCloseTo(0.9996 * 6378137 * ((dl * Math.PI) / 180), 3);
  });

  it('recognises the named CRS of GeoJSON files', () => {
    expect(crsZone('urn:ogc:def:crs:EPSG::25832')).toBe(32);
    expect(crsZone('EPSG:25833')).toBe(33);
    expect(crsZone('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe(0);
    expect(crsZone('urn:ogc:def:crs:EPSG::4326')).toBe(0);
    expect(crsZone('EPSG:31467')).toBeUndefined();
  });
});
