import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellKey, type Cell } from '../cells';
import type { DatasetId } from '../datasets';
import type { Gebiet } from '../gebiete';
import { angriff, angriffMitHerkunft } from './angriff';
import { gleichungen, type Gleichung } from './gleichungen';
import { rueckrechenbar } from './nachpruefen';
import { anwenden, PROBE_GRENZE, sperren } from './sperren';

const ST = '2024-12-31';
const cell = (datensatz: DatasetId, gebiet: string, merkmal: string, wert: number | null): Cell => ({
  datensatz,
  stichtag: ST,
  gebiet,
  merkmal,
  wert,
  quelle: 'q',
  ort: { path: 'x.csv', line: 1, spalte: 'wert' },
});
const gebiet = (id: string, parent: string | null): Gebiet => ({
  id,
  name: id,
  ebene: parent === null ? 'stadt' : parent === 'C' ? 'sozialraum' : 'wohnbereich',
  parent,
  lat: null,
  lon: null,
});
const STATUS = ['anerkannt', 'asyl_mit_bleibeperspektive', 'asyl_ohne_bleibeperspektive', 'geduldet'] as const;

/** Refugee table of areas → statuses, with every published sum (totals, parents, groups). */
function tabelle(gebiete: Gebiet[], wb: Record<string, number[]>): Cell[] {
  const werte = new Map<string, number[]>(Object.entries(wb));
  const ebenen = ['wohnbereich', 'sozialraum', 'stadt'] as const;
  for (const e of ebenen.slice(1))
    for (const g of gebiete.filter((x) => x.ebene === e)) {
      const kids = gebiete.filter((k) => k.parent === g.id).map((k) => werte.get(k.id) as number[]);
      werte.set(g.id, STATUS.map((_, i) => kids.reduce((s, k) => s + (k[i] ?? 0), 0)));
    }
  return gebiete.flatMap((g) => {
    const v = werte.get(g.id) as number[];
    const [a = 0, b = 0, c = 0, d = 0] = v;
    return [
      ...STATUS.map((m, i) => cell('fluechtlinge', g.id, m, v[i] ?? 0)),
      cell('fluechtlinge', g.id, 'insgesamt', a + b + c + d),
      // Groups a municipality forms (kommune.json `gruppen`) are derived cells: sums of their parts.
      { ...cell('fluechtlinge', g.id, 'gruppe_a', a + b), teile: ['anerkannt', 'asyl_mit_bleibeperspektive'] },
      { ...cell('fluechtlinge', g.id, 'gruppe_b', c + d), teile: ['asyl_ohne_bleibeperspektive', 'geduldet'] },
    ];
  });
}

const sichtbar = (cells: Cell[]) => new Map(cells.filter((c) => c.wert !== null).map((c) => [cellKey(c), c.wert as number]));

describe('angriff', () => {
  const gl: Gleichung[] = [
    { summe: 'r1', teile: ['a', 'b'], art: 'teile' },
    { summe: 'r2', teile: ['c', 'd'], art: 'teile' },
    { summe: 'c1', teile: ['a', 'c'], art: 'teile' },
    { summe: 'c2', teile: ['b', 'd'], art: 'teile' },
  ];
  const alle = { a: 1, b: 5, c: 7, d: 9, r1: 6, r2: 16, c1: 8, c2: 14 };
  const ohne = (...keys: string[]) => new Map(Object.entries(alle).filter(([k]) => !keys.includes(k)));

  it('recomputes a single withheld cell of a sum', () => {
    expect(angriff(gl, ohne('a'))).toEqual(new Map([['a', 1]]));
  });
  it('recomputes two withheld cells of one row through the columns', () => {
    expect(angriff(gl, ohne('a', 'b'))).toEqual(new Map([['a', 1], ['b', 5]]));
  });
  it('cannot recompute the four corners of a rectangle', () => {
    expect(angriff(gl, ohne('a', 'b', 'c', 'd')).size).toBe(0);
  });
  it('uses non-negativity: withheld counts that add to zero are zero', () => {
    const g: Gleichung[] = [{ summe: 't', teile: ['x', 'y'], art: 'teile' }];
    expect(angriff(g, new Map([['t', 0]]))).toEqual(new Map([['x', 0], ['y', 0]]));
    expect(angriff(g, new Map([['t', 3]])).size).toBe(0);
  });
  it('names the sums it combines for each recomputed cell (enough of them, not the fewest)', () => {
    // r1 and c1: a + b = 6, a = 8 − 7; b then follows from the same two.
    const h = angriffMitHerkunft(gl, ohne('a', 'b'));
    expect([...h]).toEqual([
      ['a', { wert: 1, summen: [0, 2] }],
      ['b', { wert: 5, summen: [0, 2] }],
    ]);
    expect(angriffMitHerkunft(gl, ohne('a', 'b', 'c', 'd')).size).toBe(0);
  });
  it('property: random systems — every recomputed value is the true one, and follows again from just the sums named for it', () => {
    const system = fc
      .record({
        werte: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 9 })), { minLength: 3, maxLength: 25 }),
        summen: fc.array(fc.uniqueArray(fc.nat(24), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 15 }),
        sichtbar: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      })
      .map(({ werte, summen, sichtbar }) => {
        const wahr = new Map(werte.map((v, i) => [`z${i}`, v]));
        const g: Gleichung[] = summen.map((t, j) => {
          const teile = [...new Set(t.map((i) => `z${i % werte.length}`))];
          wahr.set(`s${j}`, teile.reduce((a, k) => a + (wahr.get(k) as number), 0));
          return { summe: `s${j}`, teile, art: 'teile' };
        });
        return { g, wahr, bekannt: new Map([...wahr].filter((_, i) => sichtbar[i % 40])) };
      });
    fc.assert(
      fc.property(system, ({ g, wahr, bekannt }) => {
        const einfach = angriff(g, bekannt);
        const mit = angriffMitHerkunft(g, bekannt);
        expect([...mit.keys()].sort()).toEqual([...einfach.keys()].sort());
        for (const [k, { wert, summen }] of mit) {
          expect(wert).toBe(wahr.get(k));
          expect(angriff(summen.map((i) => g[i] as Gleichung), bekannt).get(k)).toBe(wert);
        }
      }),
      { numRuns: 500, seed: 20261205 },
    );
  });
});

describe('sperren', () => {
  const gebiete = [gebiet('C', null), gebiet('S', 'C'), gebiet('W1', 'S'), gebiet('W2', 'S'), gebiet('W3', 'S')];
  const cells = tabelle(gebiete, { W1: [40, 2, 30, 12], W2: [50, 9, 20, 15], W3: [60, 11, 25, 8] });

  it('withholds the small count and the fewest, smallest cells that protect it', () => {
    const { geheim, primaer, ungeschuetzt } = sperren(cells, gebiete, 3);
    expect([...primaer]).toEqual([`fluechtlinge|${ST}|W1|asyl_mit_bleibeperspektive`]);
    expect(ungeschuetzt).toEqual([]);
    const published = anwenden(cells, geheim);
    expect(angriff(gleichungen(cells, gebiete), sichtbar(published)).size).toBe(0);
    // a 2 × 2 rectangle at least: two areas × two statuses
    expect(geheim.size).toBeGreaterThanOrEqual(4);
    expect(geheim.size).toBeLessThanOrEqual(8);
    expect(published.filter((c) => c.zeichen === 'geheim')).toHaveLength(geheim.size);
    // the city total and the Sozialraum totals stay published
    expect(geheim.has(`fluechtlinge|${ST}|C|insgesamt`)).toBe(false);
  });

  it('the check after publishing finds a small count withheld alone, and nothing in the protected table', () => {
    const { geheim, primaer } = sperren(cells, gebiete, 3);
    expect(rueckrechenbar(anwenden(cells, primaer), gebiete)).toEqual([...primaer]);
    expect(rueckrechenbar(anwenden(cells, geheim), gebiete)).toEqual([]);
  });

  it('publishes zeros and leaves a table without small counts alone', () => {
    const none = tabelle(gebiete, { W1: [40, 0, 30, 12], W2: [50, 9, 20, 15], W3: [60, 11, 25, 8] });
    expect(sperren(none, gebiete, 3).geheim.size).toBe(0);
  });

  it('withholds a share with its count, and the same people in another dataset', () => {
    const more = [
      ...cells,
      cell('bevoelkerung', 'W1', 'einwohner', 500),
      cell('migrationshintergrund', 'W1', 'mit_mh', 2),
      cell('migrationshintergrund', 'W1', 'anteil_mh_angegeben', 0.4),
      cell('zuwanderung-suedosteuropa', 'W2', 'bulgarien', 1),
      cell('staatsangehoerigkeiten', 'W2', '125', 1),
    ];
    const { geheim } = sperren(more, gebiete, 3);
    expect(geheim.has(`migrationshintergrund|${ST}|W1|anteil_mh_angegeben`)).toBe(true);
    expect(geheim.has(`staatsangehoerigkeiten|${ST}|W2|125`)).toBe(true);
  });

  it('property: random tables — every small count withheld, nothing recomputable, the rest untouched', () => {
    const areas = fc.integer({ min: 1, max: 3 }).chain((nSr) =>
      fc.array(fc.integer({ min: 1, max: 4 }), { minLength: nSr, maxLength: nSr }),
    );
    const wert = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 60 }));
    fc.assert(
      fc.property(
        areas.chain((sizes) =>
          fc.tuple(fc.constant(sizes), fc.array(fc.array(wert, { minLength: 4, maxLength: 4 }), { minLength: sizes.reduce((a, b) => a + b, 0), maxLength: sizes.reduce((a, b) => a + b, 0) })),
        ),
        fc.integer({ min: 2, max: 5 }),
        // The default tries each candidate on these small tables; 0 takes the cheapest as large parts do.
        fc.constantFrom(PROBE_GRENZE, 0),
        ([sizes, werte], schwelle, probeGrenze) => {
          const gb: Gebiet[] = [gebiet('C', null)];
          const wb: Record<string, number[]> = {};
          let n = 0;
          sizes.forEach((size, s) => {
            gb.push(gebiet(`S${s}`, 'C'));
            for (let w = 0; w < size; w++) {
              gb.push(gebiet(`W${s}${w}`, `S${s}`));
              wb[`W${s}${w}`] = werte[n++] as number[];
            }
          });
          const t = tabelle(gb, wb);
          const { geheim, ungeschuetzt } = sperren(t, gb, schwelle, probeGrenze);
          const published = anwenden(t, geheim);
          for (const c of t) if (c.wert !== null && c.wert > 0 && c.wert < schwelle) expect(geheim.has(cellKey(c))).toBe(true);
          expect(ungeschuetzt).toEqual([]);
          const found = [...angriff(gleichungen(t, gb), sichtbar(published)).keys()].filter((k) => geheim.has(k));
          expect(found).toEqual([]);
          published.forEach((p, i) => {
            if (p.zeichen !== 'geheim') expect(p.wert).toBe(t[i]?.wert);
          });
        },
      ),
      { numRuns: 200, seed: 5915 },
    );
  }, 60_000);
});
