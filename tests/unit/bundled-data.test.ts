import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../lib/ingest/cli';
import { ingest } from '../../lib/ingest/run';
import type { DatensatzDatei, Kennzahlen } from '../../lib/published';

const ROOT = path.resolve(__dirname, '../..');
const result = ingest(readInputs(ROOT, path.join(ROOT, 'data')), { dataDir: 'data' });
const out = (rel: string) => JSON.parse(result.outputs?.get(rel) ?? 'null');

describe('bundled data (Hamm)', () => {
  it('ingests without errors; the warnings are the talk’s "ca. 34 %", the 2018 concept listed as context only, and the legal entries the office has yet to make', () => {
    expect(result.problems.map((p) => `${p.severity} ${p.path}:${p.line ?? ''}`).sort()).toEqual([
      'warning data/kommune.json:',
      'warning data/kommune.json:',
      'warning data/kommune.json:',
      'warning data/raw/migrationshintergrund/2017-05-31.csv:3',
      'warning data/raw/quellen.csv:7',
    ]);
    expect(result.problems.filter((p) => p.path === 'data/kommune.json').map((p) => p.message.split(' ')[0]).sort()).toEqual([
      'rechtliches.barrierefreiheit.kontakt',
      'rechtliches.impressum.anschrift',
      'rechtliches.impressum.email',
    ]);
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

  it('holds official figures only at city level; headlines are the latest official value with its own Stand', () => {
    const quellen = out('quellen.json') as { id: string; art: string }[];
    const ill = new Set(quellen.filter((q) => q.art === 'illustrativ').map((q) => q.id));
    for (const ds of ['bevoelkerung', 'migrationshintergrund', 'staatsangehoerigkeiten', 'fluechtlinge', 'zuwanderung-suedosteuropa']) {
      const d = out(`datensaetze/${ds}.json`) as DatensatzDatei;
      expect(d.werte.filter(([, g, , , , q]) => g === '05915' && ill.has(q))).toEqual([]);
    }
    const { kennzahlen } = out('kennzahlen.json') as Kennzahlen;
    const k = Object.fromEntries(kennzahlen.map((x) => [x.id, x]));
    expect(k.anteil_mh).toMatchObject({ stichtag: '2017-05-31', illustrativ: false, vorher: null });
    expect(Math.round((k.anteil_mh?.wert ?? 0) * 10) / 10).toBe(29.7);
    expect(k.fluechtlinge).toMatchObject({ wert: 2141, stichtag: '2017-05-31' });
    expect(kennzahlen.every((x) => !x.illustrativ && !x.vorher?.illustrativ)).toBe(true);
    // The official Bulgarian/Romanian figures of the city's talk are official in both datasets.
    const sa = out('datensaetze/staatsangehoerigkeiten.json') as DatensatzDatei;
    expect(sa.werte.find(([s, g, m]) => s === '2016-12-31' && g === '05915' && m === '125')).toEqual(['2016-12-31', '05915', '125', 1934, null, 'hamm-vortrag-2017']);
  });

  it('registers the breaks in series of population, nationalities and EU-2, and never reports them as change', () => {
    const bev = out('datensaetze/bevoelkerung.json') as DatensatzDatei;
    expect(bev.brueche.map((b) => [b.stichtag, b.art])).toEqual([
      ['2018-12-31', 'quelle'],
      ['2023-12-31', 'zensus'],
    ]);
    const neu = JSON.parse(result.outputs?.get('daten/neu.json') ?? '{}') as { eintraege: { stichtag: string; aenderungen: { gebiet: string; merkmal: string }[] }[] };
    const e23 = neu.eintraege.find((e) => e.stichtag === '2023-12-31');
    expect(e23?.aenderungen.some((a) => a.gebiet === '05915' && a.merkmal === 'einwohner')).toBe(false);
  });
});
