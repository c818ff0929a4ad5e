import { describe, expect, it } from 'vitest';
import type { Cell } from '../cells';
import type { Gebiet } from '../gebiete';
import { formatProblem } from '../problems';
import type { Quelle } from '../quellen';
import { mergeCells } from './conflicts';
import { checkHierarchy, checkRules } from './consistency';
import { checkJumps, checkStatedShares } from './warnings';

const q = (id: string, art: Quelle['art'], rundung = 0): Quelle => ({ id, titel: id, herausgeber: 'x', url: '', lizenz: '', art, rundung, beschreibung: '' });
const quellen = [q('amt', 'amtlich'), q('itnrw', 'amtlich', 5), q('bsp', 'illustrativ')];
let line = 1;
const cell = (p: Partial<Cell> & Pick<Cell, 'merkmal' | 'wert'>): Cell => ({
  datensatz: 'fluechtlinge',
  stichtag: '2017-05-31',
  gebiet: 'S',
  quelle: 'bsp',
  ort: { path: p.ort?.path ?? 'f.csv', line: line++, spalte: 'wert' },
  ...p,
});
const msgs = (ps: ReturnType<typeof checkRules>) => ps.map(formatProblem);

const gebiete: Gebiet[] = [
  { id: 'S', name: 'Stadt', ebene: 'stadt', parent: null, lat: null, lon: null },
  { id: 'A', name: 'Nord', ebene: 'sozialraum', parent: 'S', lat: null, lon: null },
  { id: 'B', name: 'Süd', ebene: 'sozialraum', parent: 'S', lat: null, lon: null },
];

describe('mergeCells', () => {
  it('keeps the official value when sources agree (rounding allowed) and reports both places when not', () => {
    line = 1;
    const official = cell({ datensatz: 'zuwanderung-suedosteuropa', merkmal: 'bulgarien', wert: 2760, quelle: 'itnrw', ort: { path: 'genesis.csv', line: 14, spalte: 'Insgesamt' } });
    const own = cell({ datensatz: 'zuwanderung-suedosteuropa', merkmal: 'bulgarien', wert: 2762, quelle: 'bsp', ort: { path: 'own.csv', line: 2, spalte: 'wert' } });
    expect(mergeCells([own, official], quellen)).toEqual({ cells: [official], problems: [] });
    const bad = { ...own, wert: 2900 };
    expect(msgs(mergeCells([bad, official], quellen).problems)).toEqual([
      'own.csv:2: Spalte wert = 2.900: Widerspruch zu 2.760 in genesis.csv:14 (Spalte Insgesamt) für zuwanderung-suedosteuropa 2017-05-31 S bulgarien (Quellen bsp / itnrw)',
    ]);
  });

  it('keeps each merged cell where its key first appears, across Stichtage, with the official value chosen', () => {
    line = 1;
    const own17 = cell({ merkmal: 'geduldet', wert: 10, quelle: 'bsp' });
    const own18 = cell({ merkmal: 'geduldet', wert: 12, quelle: 'bsp', stichtag: '2018-05-31' });
    const andere17 = cell({ merkmal: 'gestattet', wert: 5 });
    const amt17 = cell({ merkmal: 'geduldet', wert: 10, quelle: 'amt' });
    const amt18 = cell({ merkmal: 'geduldet', wert: 12, quelle: 'amt', stichtag: '2018-05-31' });
    expect(mergeCells([own17, own18, andere17, amt18, amt17], quellen).cells).toEqual([amt17, amt18, andere17]);
  });
});

describe('checkRules', () => {
  it('status groups must make the refugee total', () => {
    line = 1;
    const cells = [
      cell({ merkmal: 'insgesamt', wert: 2141 }),
      cell({ merkmal: 'anerkannt', wert: 1236 }),
      cell({ merkmal: 'asyl_mit_bleibeperspektive', wert: 180 }),
      cell({ merkmal: 'asyl_ohne_bleibeperspektive', wert: 529 }),
      cell({ merkmal: 'geduldet', wert: 196 }),
    ];
    expect(checkRules(cells, quellen)).toEqual([]);
    cells[4] = { ...cells[4]!, wert: 197 };
    expect(msgs(checkRules(cells, quellen))).toEqual([
      'f.csv:2: anerkannt + asyl_mit_bleibeperspektive + asyl_ohne_bleibeperspektive + geduldet = 2.142 ergibt nicht insgesamt = 2.141 (fluechtlinge, 2017-05-31, Gebiet S; Zeile 2, Zeile 3, Zeile 4, Zeile 5, Zeile 1)',
    ]);
  });

  it('parts must not exceed totals across datasets (Migrationshintergrund ≤ Einwohner)', () => {
    line = 1;
    const cells = [
      cell({ datensatz: 'bevoelkerung', merkmal: 'einwohner', wert: 1000, ort: { path: 'bev.csv', line: 7, spalte: 'wert' } }),
      cell({ datensatz: 'migrationshintergrund', merkmal: 'mit_mh', wert: 1200, ort: { path: 'mh.csv', line: 3, spalte: 'wert' } }),
    ];
    expect(msgs(checkRules(cells, quellen))).toEqual([
      'mh.csv:3: mit_mh = 1.200 ist größer als einwohner = 1.000 (migrationshintergrund, 2017-05-31, Gebiet S; mh.csv:3, bev.csv:7)',
    ]);
  });

  it('allows ±2 per rounded cell when countries are summed against their continent', () => {
    line = 1;
    const sa = (merkmal: string, wert: number) => cell({ datensatz: 'staatsangehoerigkeiten', merkmal, wert, quelle: 'itnrw' });
    expect(checkRules([sa('5', 10), sa('523', 10), sa('524', 10)], quellen)).toHaveLength(1);
    expect(checkRules([sa('5', 10), sa('523', 10), sa('524', 0)], quellen)).toEqual([]);
    expect(checkRules([sa('5', 10), sa('523', 5), sa('526', 5), sa('527', 5)], quellen)).toEqual([]);
  });
});

describe('checkHierarchy', () => {
  it('areas must sum to their parent; incomplete parts are not checked', () => {
    line = 1;
    const c = (gebiet: string, wert: number) => cell({ gebiet, merkmal: 'insgesamt', wert });
    expect(checkHierarchy([c('S', 10), c('A', 4), c('B', 6)], gebiete, quellen)).toEqual([]);
    expect(checkHierarchy([c('S', 10), c('A', 4)], gebiete, quellen)).toEqual([]);
    expect(msgs(checkHierarchy([c('S', 11), c('A', 4), c('B', 6)], gebiete, quellen))).toEqual([
      'f.csv:6: Spalte wert = 11 (fluechtlinge, insgesamt, Stadt): die 2 Teilgebiete ergeben zusammen 10 (Zeile 7, Zeile 8)',
    ]);
  });
});

describe('warnings', () => {
  it('flags the talk’s "ca. 34 %" against 53,369 / 179,921 = 29.7 %', () => {
    line = 1;
    const cells = [
      cell({ datensatz: 'bevoelkerung', merkmal: 'einwohner', wert: 179921 }),
      cell({ datensatz: 'migrationshintergrund', merkmal: 'mit_mh', wert: 53369 }),
      cell({ datensatz: 'migrationshintergrund', merkmal: 'anteil_mh_angegeben', wert: 34 }),
    ];
    const [w] = checkStatedShares(cells);
    expect(w?.severity).toBe('warning');
    expect(w && formatProblem(w)).toBe(
      'f.csv:3: Warnung: Spalte wert = 34: angegebener Anteil 34,0 % weicht vom berechneten ab: 53.369 / 179.921 = 29,7 %; veröffentlicht wird der berechnete',
    );
  });

  it('flags jumps above 50 % between consecutive Stichtage, not small counts', () => {
    line = 1;
    const s = (stichtag: string, wert: number, gebiet = 'S') => cell({ stichtag, wert, gebiet, merkmal: 'insgesamt' });
    const ws = checkJumps([s('2018-12-31', 2200), s('2017-05-31', 2141), s('2019-12-31', 3400), s('2018-12-31', 4, 'A'), s('2019-12-31', 9, 'A')]);
    expect(ws.map((w) => w.message)).toEqual([expect.stringContaining('Sprung um +55 % gegenüber 31.12.2018 (2.200')]);
  });
});
