import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../lib/ingest/cli';
import { kommuneSchema } from '../../lib/config';
import { gebieteImport } from '../../lib/geo/import';
import { neueKommune } from '../../lib/ingest/vorlage';
import { FIXTURE } from './helpers';

const VORLAGE = path.resolve(__dirname, '../../vorlagen/kommune');
const alle = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(path.join(d, n)).isDirectory() ? alle(path.join(d, n)) : [path.join(d, n)]));

describe('kommune:neu', () => {
  it('writes a clean data folder that names only the new municipality and, with its geometry and exports, checks clean', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'atlas-neu-'));
    const data = path.join(root, 'data');
    const dateien = neueKommune(VORLAGE, data, { ags: '05999', name: 'Musterstadt', heute: '2026-11-23' });
    expect(dateien).toEqual(['kommune.json', 'raw/gebiete.csv', 'raw/quellen.csv']);
    for (const f of alle(data)) expect(readFileSync(f, 'utf8'), f).not.toMatch(/hamm|\{\{/i);
    let out = '';
    let err = '';
    const io = { out: (s: string) => (out += s), err: (s: string) => (err += s) };
    // Without geometry and areas: the check names exactly what is missing, nothing about the config.
    expect(runIngest(root, data, io, { nurPruefen: true })).toBe(1);
    expect(err).toContain('data/raw/stadtgrenze.geojson: Datei fehlt');
    expect(err).toContain('data/raw/gebiete.csv:1: keine Gebiete');
    expect(err).not.toContain('data/kommune.json');
    // With its GENESIS exports and its own areas (gebiete:import: register, geometry and outline) it checks clean.
    for (const f of ['genesis/12411-15i.csv', 'genesis/12521-03i.csv']) copyFileSync(path.join(FIXTURE, 'data/raw', f), path.join(data, 'raw', f));
    const quadrat = (x: number, y: number) => [[[x, y], [x + 0.2, y], [x + 0.2, y + 0.1], [x, y + 0.1], [x, y]]];
    const features = [['A1', 'A', 7.0, 51.1], ['A2', 'A', 7.0, 51.0], ['B1', 'B', 7.2, 51.1], ['B2', 'B', 7.2, 51.0]].map(([id, bezirk, x, y]) => ({
      type: 'Feature',
      properties: { QUARTIER: id, NAME: `Quartier ${id}`, BEZIRK: bezirk, BEZIRK_NAME: `Bezirk ${bezirk}` },
      geometry: { type: 'Polygon', coordinates: quadrat(x as number, y as number) },
    }));
    const kommune = kommuneSchema.parse(JSON.parse(readFileSync(path.join(data, 'kommune.json'), 'utf8')));
    const r = gebieteImport(JSON.stringify({ type: 'FeatureCollection', features }), 'quartiere.geojson', {
      id: 'QUARTIER',
      name: 'NAME',
      eltern: [{ id: 'BEZIRK', name: 'BEZIRK_NAME' }],
      ebenen: kommune.ebenen,
      ags: kommune.ags,
      stadtName: kommune.name,
      toleranzM: 5,
      namensnennung: 'Stadt Musterstadt; dl-de/by-2-0',
      quelle: 'quartiere.geojson',
    });
    expect(r.problems).toEqual([]);
    writeFileSync(path.join(data, 'raw', kommune.gebiete.register), r.register);
    writeFileSync(path.join(data, 'raw', kommune.gebiete.geometrie), r.geometrie);
    writeFileSync(path.join(data, 'raw', kommune.gebiete.stadtgrenze), r.stadtgrenze);
    err = '';
    expect(runIngest(root, data, io, { nurPruefen: true })).toBe(0);
    expect(err.split('\n').filter((z) => z && !z.includes('Warnung'))).toEqual([]);
    expect(() => neueKommune(VORLAGE, data, { ags: '05999', name: 'Musterstadt', heute: '2026-11-23' })).toThrow(/nicht leer/);
    expect(() => neueKommune(VORLAGE, path.join(root, 'x'), { ags: '5999', name: 'X', heute: '2026-11-23' })).toThrow(/AGS/);
  });
});
