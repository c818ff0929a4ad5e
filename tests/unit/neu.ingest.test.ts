import path from 'node:path';
import { expect, it } from 'vitest';
import type { Neu } from '../../lib/daten/neu';
import { DATASET_IDS } from '../../lib/datasets';
import { readInputs } from '../../lib/ingest/cli';
import { ingest } from '../../lib/ingest/run';
import type { DatensatzDatei } from '../../lib/published';

const ROOT = path.resolve(__dirname, '../..');
const DIR = 'tests/fixtures/musterstadt/data';

it('a second ingest that changes a published value names it as a revision in "Was ist neu"', () => {
  const files = readInputs(ROOT, path.join(ROOT, DIR));
  const first = ingest(files, { dataDir: DIR });
  const vorher = { datensaetze: DATASET_IDS.map((ds) => JSON.parse(first.outputs?.get(`datensaetze/${ds}.json`) ?? '') as DatensatzDatei), neu: JSON.parse(first.outputs?.get('daten/neu.json') ?? '') as Neu };
  expect(vorher.neu.eintraege.flatMap((e) => e.revisionen)).toEqual([]);

  const key = `${DIR}/raw/bevoelkerung/2023-12-31.csv`;
  const changed = new Map(files);
  changed.set(key, new TextEncoder().encode(new TextDecoder().decode(files.get(key)).replace('05999;maennlich;490;amt', '05999;maennlich;491;amt').replace('05999;weiblich;510;amt', '05999;weiblich;509;amt')));
  const second = ingest(changed, { dataDir: DIR, vorher });
  expect(second.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const notes = JSON.parse(second.outputs?.get('daten/neu.json') ?? '') as Neu;
  expect(notes.eintraege.find((e) => e.stichtag === '2023-12-31')?.revisionen).toEqual([
    { datensatz: 'bevoelkerung', stichtag: '2023-12-31', gebiet: '05999', merkmal: 'maennlich', alt: 490, neu: 491 },
    { datensatz: 'bevoelkerung', stichtag: '2023-12-31', gebiet: '05999', merkmal: 'weiblich', alt: 510, neu: 509 },
  ]);
  // the next run keeps them, though nothing changes any more
  const third = ingest(changed, { dataDir: DIR, vorher: { ...vorher, neu: notes } });
  expect(third.outputs?.get('daten/neu.json')).toBe(second.outputs?.get('daten/neu.json'));
});
