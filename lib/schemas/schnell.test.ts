import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv';
import { DATASET_IDS, DATASETS, type DatasetId } from '../datasets';

const FIXTURES = path.join(__dirname, '..', '..', 'tests', 'fixtures');

/** Every row of every own snapshot of the fixture municipalities, by dataset. */
function fixtureZeilen(): Map<DatasetId, Record<string, string>[]> {
  const out = new Map<DatasetId, Record<string, string>[]>(DATASET_IDS.map((ds) => [ds, []]));
  for (const kommune of readdirSync(FIXTURES))
    for (const ds of DATASET_IDS) {
      const ordner = path.join(FIXTURES, kommune, 'data', 'raw', ds);
      let dateien: string[] = [];
      try {
        dateien = readdirSync(ordner).filter((f) => f.endsWith('.csv'));
      } catch {
        continue;
      }
      for (const f of dateien) out.get(ds)?.push(...parseCsv(readFileSync(path.join(ordner, f), 'utf8')).rows.map((r) => r.values));
    }
  return out;
}

/** Field values a snapshot may hold, good and bad: blanks, signs, decimals, negatives, codes, labels. */
const FELDER = {
  gebiet_id: ['SR1', ' SR1 ', '', '  ', '05915', 'WB11'],
  merkmal: ['einwohner', 'flaeche_km2', 'insgesamt', 'anerkannt', 'mh_anteil', 'auslaender_insgesamt', 'eu_staaten', '1', '100', '475', '0', '1000', 'x', '', 'EINWOHNER', 'eu2_insgesamt', 'bulgarien', 'rumaenien'],
  wert: ['0', '12', ' 12 ', '-3', '1.234', '12,5', '12.5', '100', '101', '.', '-', 'x', '–', '', 'abc', '007', '3,', '__proto__'],
  bezeichnung: [undefined, '', 'Türkei', '  ', ' Syrien '],
  quelle: ['beispieldaten', ' itnrw ', '', '  '],
};

describe('schnellerWeg (snapshot rows without zod)', () => {
  it('accepts only what the row schema accepts, with the same row', () => {
    const zeile = fc.record(
      {
        gebiet_id: fc.constantFrom(...FELDER.gebiet_id),
        merkmal: fc.constantFrom(...FELDER.merkmal),
        wert: fc.constantFrom(...FELDER.wert),
        bezeichnung: fc.constantFrom(...FELDER.bezeichnung),
        quelle: fc.constantFrom(...FELDER.quelle),
      },
      { requiredKeys: ['gebiet_id', 'merkmal', 'wert', 'quelle'] },
    );
    let angenommen = 0;
    fc.assert(
      fc.property(fc.constantFrom(...DATASET_IDS), zeile, (ds, z) => {
        const values = Object.fromEntries(Object.entries(z).filter(([, v]) => v !== undefined)) as Record<string, string>;
        const schnell = DATASETS[ds].schnell(values);
        if (schnell === undefined) return;
        angenommen += 1;
        const zod = DATASETS[ds].rowSchema.safeParse(values);
        expect(zod.success).toBe(true);
        expect(schnell).toEqual(zod.data);
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: many of the drawn rows are fine.
    expect(angenommen).toBeGreaterThan(50);
  });

  it('takes every row of the fixture municipalities, with the row schema’s result', () => {
    let n = 0;
    for (const [ds, zeilen] of fixtureZeilen())
      for (const values of zeilen) {
        const zod = DATASETS[ds].rowSchema.safeParse(values);
        if (!zod.success) continue;
        expect(DATASETS[ds].schnell(values)).toEqual(zod.data);
        n += 1;
      }
    expect(n).toBeGreaterThan(50);
  });
});
