import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../lib/ingest/cli';
import { ingest } from '../../lib/ingest/run';
import type { DatensatzDatei, Kennzahlen } from '../../lib/published';

const ROOT = path.resolve(__dirname, '../..');
const result = ingest(readInputs(ROOT, path.join(ROOT, 'data')), { dataDir: 'data' });
const out = (rel: string) => JSON.parse(result.outputs?.get(rel) ?? 'null');

describe('bundled data (Hamm)', () => {
  it('ingests without errors; the only warning is the talk’s "ca. 34 %"', () => {
    expect(result.problems.map((p) => `${p.severity} ${p.path}:${p.line}`)).toEqual(['warning data/raw/migrationshintergrund/2017-05-31.csv:3']);
  });

  it('has every Stichtag 31.12.2016 … 31.12.2024 and 31.05.2017 in every dataset', () => {
    const want = ['2016-12-31', '2017-05-31', ...Array.from({ length: 8 }, (_, i) => `${2017 + i}-12-31`)];
    for (const ds of ['bevoelkerung', 'migrationshintergrund', 'staatsangehoerigkeiten', 'fluechtlinge', 'zuwanderung-suedosteuropa'])
      expect((out(`datensaetze/${ds}.json`) as DatensatzDatei).stichtage).toEqual(want);
  });

  it('shows the real city figures as official, with their source', () => {
    const { kennzahlen } = out('kennzahlen.json') as Kennzahlen;
    const k = Object.fromEntries(kennzahlen.map((x) => [x.id, x]));
    expect(k.einwohner).toMatchObject({ wert: 179968, stichtag: '2024-12-31', illustrativ: false });
    expect(k.auslaender).toMatchObject({ wert: 35810, illustrativ: false, quellen: ['genesis-12521-03i'] });
    const fl = out('datensaetze/fluechtlinge.json') as DatensatzDatei;
    const row = (m: string) => fl.werte.find(([s, g, mm]) => s === '2017-05-31' && g === '05915' && mm === m);
    expect(row('insgesamt')).toEqual(['2017-05-31', '05915', 'insgesamt', 2141, null, 'hamm-vortrag-2017']);
    expect(row('vorrangig_integration')?.[3]).toBe(1416);
    expect(row('vorrangig_rueckfuehrung')?.[3]).toBe(725);
  });

  it('marks every small-area value illustrative', () => {
    for (const ds of ['bevoelkerung', 'fluechtlinge', 'zuwanderung-suedosteuropa']) {
      const d = out(`datensaetze/${ds}.json`) as DatensatzDatei;
      expect(d.werte.filter(([, g]) => g !== '05915').every(([, , , , , q]) => q === 'beispieldaten')).toBe(true);
    }
  });

  it('is plausible: Hamm-Westen and Hamm-Norden have the highest shares (migration background, Bulgaria/Romania)', () => {
    const share = (ds: string, m: string) => {
      const pop = out('datensaetze/bevoelkerung.json') as DatensatzDatei;
      const d = out(`datensaetze/${ds}.json`) as DatensatzDatei;
      const v = (file: DatensatzDatei, g: string, mm: string) => file.werte.find(([s, gg, x]) => s === '2024-12-31' && gg === g && x === mm)?.[3] ?? NaN;
      return ['SR1', 'SR2', 'SR3', 'SR4', 'SR5', 'SR6', 'SR7', 'SR8', 'SR9']
        .map((g) => [g, v(d, g, m) / v(pop, g, 'einwohner')] as const)
        .sort((a, b) => b[1] - a[1])
        .map(([g]) => g);
    };
    expect(share('migrationshintergrund', 'mit_mh').slice(0, 2).sort()).toEqual(['SR2', 'SR3']);
    expect(share('zuwanderung-suedosteuropa', 'eu2_insgesamt').slice(0, 2).sort()).toEqual(['SR2', 'SR3']);
  });
});
