import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../lib/ingest/cli';
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
    // With the municipality's outline, register, geometry and GENESIS exports it checks clean.
    for (const f of ['stadtgrenze.geojson', 'gebiete.csv', 'gebiete.geojson', 'genesis/12411-15i.csv', 'genesis/12521-03i.csv']) copyFileSync(path.join(FIXTURE, 'data/raw', f), path.join(data, 'raw', f));
    // The fixture's register names its own levels: the office names them in kommune.json.
    const k = JSON.parse(readFileSync(path.join(data, 'kommune.json'), 'utf8'));
    k.ebenen = JSON.parse(readFileSync(path.join(FIXTURE, 'data/kommune.json'), 'utf8')).ebenen;
    writeFileSync(path.join(data, 'kommune.json'), JSON.stringify(k));
    err = '';
    expect(runIngest(root, data, io, { nurPruefen: true })).toBe(0);
    expect(err.split('\n').filter((z) => z && !z.includes('Warnung'))).toEqual([]);
    expect(() => neueKommune(VORLAGE, data, { ags: '05999', name: 'Musterstadt', heute: '2026-11-23' })).toThrow(/nicht leer/);
    expect(() => neueKommune(VORLAGE, path.join(root, 'x'), { ags: '5999', name: 'X', heute: '2026-11-23' })).toThrow(/AGS/);
  });
});
