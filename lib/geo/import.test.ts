import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv';
import { readRegister } from '../gebiete';
import { gebieteImport, type ImportOptionen } from './import';
import { areaKm2 } from './measure';
import { validateGeometry } from './validate';
import { bboxOf, grow, type Geometry } from './types';

const drei = [
  { id: 'bezirk', singular: 'Bezirk', plural: 'Bezirke' },
  { id: 'stadtteil', singular: 'Stadtteil', plural: 'Stadtteile' },
  { id: 'block', singular: 'Block', plural: 'Blöcke' },
];
const basis: ImportOptionen = {
  id: 'BLK',
  name: 'NAME',
  eltern: [{ id: 'BEZ', name: 'BEZ_NAME' }, { id: 'ST' }],
  ebenen: drei,
  ags: '05996',
  stadtName: 'Dreistadt',
  toleranzM: 2,
  namensnennung: 'Stadt Dreistadt, Vermessungsamt; dl-de/by-2-0',
  quelle: 'bloecke.geojson',
};

/** A 1 km square of ETRS89/UTM 32 (metres) with its lower left corner at (e, n). */
const quadrat = (e: number, n: number) => [[[e, n], [e + 1000, n], [e + 1000, n + 1000], [e, n + 1000], [e, n]]];

/** Eight blocks in two rows: Bezirk W (west half) and O, each with two Stadtteile of two blocks; O2s in two pieces. */
function bloecke(): string {
  const features: object[] = [];
  ['W1', 'W2', 'O1', 'O2'].forEach((st, i) => {
    for (const [k, sud] of [[0, 'n'], [1, 's']] as const) {
      const e = 410000 + i * 1000;
      const n = 5720000 + (k === 0 ? 1000 : 0);
      const props = { BLK: `${st}${sud}`, NAME: `${st} ${sud === 'n' ? 'Nord' : 'Süd'}`, BEZ: st[0], BEZ_NAME: st[0] === 'W' ? 'West' : 'Ost', ST: st };
      if (st === 'O2' && sud === 's') {
        features.push({ type: 'Feature', properties: props, geometry: { type: 'Polygon', coordinates: [[[e, n], [e + 500, n], [e + 500, n + 1000], [e, n + 1000], [e, n]]] } });
        features.push({ type: 'Feature', properties: props, geometry: { type: 'Polygon', coordinates: [[[e + 500, n], [e + 1000, n], [e + 1000, n + 1000], [e + 500, n + 1000], [e + 500, n]]] } });
      } else features.push({ type: 'Feature', properties: props, geometry: { type: 'Polygon', coordinates: quadrat(e, n) } });
    }
  });
  return JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } }, features }, null, 1);
}

describe('gebieteImport', () => {
  it('builds register and geometry of three levels from blocks in ETRS89/UTM 32, reprojected to WGS 84', () => {
    const r = gebieteImport(bloecke(), 'bloecke.geojson', basis);
    expect(r.problems).toEqual([]);
    const zeilen = r.register.trim().split(/\r?\n/);
    expect(zeilen[0]).toBe('bezirk_id,bezirk_name,stadtteil_id,stadtteil_name,block_id,block_name,lat_ca,lon_ca');
    expect(zeilen).toHaveLength(9);
    expect(zeilen[1]).toMatch(/^W,West,W1,W1,W1n,W1 Nord,51\.6\d+,7\.7\d+$/);
    // The register reads back as the ingest reads it, and the geometry passes the ingest's checks.
    const reg = readRegister(parseCsv(r.register), 'gebiete.csv', { ags: '05996', name: 'Dreistadt', ebenen: drei });
    expect(reg.problems).toEqual([]);
    expect(reg.gebiete.map((g) => g.id)).toEqual(['05996', 'W', 'O', 'W1', 'W2', 'O1', 'O2', 'W1n', 'W1s', 'W2n', 'W2s', 'O1n', 'O1s', 'O2n', 'O2s']);
    const stadt = JSON.parse(r.stadtgrenze).features[0].geometry as Geometry;
    const v = validateGeometry(r.geometrie, 'gebiete.geojson', reg.gebiete, grow(bboxOf([stadt]), 0.01), drei);
    expect(v.problems).toEqual([]);
    const flaeche = new Map(v.features.map((f) => [f.properties.id, areaKm2(f.geometry)]));
    expect(flaeche.get('W1n')).toBeCloseTo(1, 2);
    expect(flaeche.get('O2s')).toBeCloseTo(1, 2);
    expect(flaeche.get('W')).toBeCloseTo(4, 1);
    expect(areaKm2(stadt)).toBeCloseTo(8, 1);
    expect(v.features.find((f) => f.properties.id === 'W1n')?.properties).toEqual({ id: 'W1n', name: 'W1 Nord', ebene: 'block', stadtteil: 'W1' });
    const meta = JSON.parse(r.geometrie.split('\n')[0]!.replace(/"features":\[$/, '"features":[]}')).metadata;
    expect(meta).toMatchObject({ schematisch: false, namensnennung: basis.namensnennung });
    expect(meta.beschreibung).toContain('UTM Zone 32');
  });

  it('names what is wrong with the file and the options, with the feature line', () => {
    const fehler = (text: string, o: Partial<ImportOptionen> = {}) => gebieteImport(text, 'x.geojson', { ...basis, ...o }).problems.map((p) => `${p.line ?? ''}: ${p.message}`);
    expect(fehler(bloecke(), { eltern: [{ id: 'ST' }] })[0]).toMatch(/2× --parent angeben/);
    expect(fehler(bloecke(), { namensnennung: ' ' })[0]).toMatch(/Namensnennung fehlt/);
    expect(fehler(bloecke(), { crs: 'EPSG:31467' })[0]).toMatch(/Koordinatensystem „EPSG:31467“ unbekannt/);
    expect(fehler(bloecke().replace(/"urn:ogc:def:crs:EPSG::25832"/, '"CRS84"'))[0]).toMatch(/Feature 1 \(W1n\): Koordinate \[410000, 5721000\] ist keine Länge\/Breite – Meter\?/);
    expect(fehler(bloecke().replace('"BLK": "W1s"', '"BLK": "W 1s"'))).toEqual([expect.stringMatching(/^\d+: Feature 2: Eigenschaft BLK „W 1s“ ist keine gültige Gebiets-ID/)]);
    expect(fehler(bloecke().replace('"BLK": "W2n"', '"BLK": "W1n"'))[0]).toMatch(/Feature 3: W1n kommt schon in Zeile \d+ vor/);
    expect(fehler(bloecke().replace(/"ST": "W2"/g, '"ST": "O1"'))[0]).toMatch(/O1 liegt hier in O, in Zeile \d+ in W/);
    expect(fehler('{"type":"Feature"}')[0]).toMatch(/keine GeoJSON-FeatureCollection/);
  });

  it('warns of a gap between the areas (one level: no --parent)', () => {
    const features: object[] = [];
    for (let i = 0; i < 3; i++)
      for (let k = 0; k < 3; k++)
        if (i !== 1 || k !== 1) features.push({ type: 'Feature', properties: { BLK: `B${i}${k}`, NAME: `Block ${i}${k}` }, geometry: { type: 'Polygon', coordinates: quadrat(410000 + i * 1000, 5720000 + k * 1000) } });
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    const r = gebieteImport(text, 'x.geojson', { ...basis, crs: 'EPSG:25832', eltern: [], ebenen: [drei[2]!] });
    expect(r.problems.map((p) => `${p.severity}: ${p.message}`)).toEqual([expect.stringMatching(/^warning: 1 Lücke\(n\) zwischen den Gebieten \(zusammen (0,99\d|1,00\d) km²\)/)]);
    expect(r.register.split(/\r?\n/)[0]).toBe('block_id,block_name,lat_ca,lon_ca');
  });
});
