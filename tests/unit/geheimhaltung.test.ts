import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellKey } from '../../lib/cells';
import { DATASET_IDS, isAdditive } from '../../lib/datasets';
import { rueckrechenbar, veroeffentlichteZellen } from '../../lib/geheimhaltung/nachpruefen';
import { readInputs } from '../../lib/ingest/cli';
import { ingest } from '../../lib/ingest/run';
import type { DatensatzDatei, Gebiet, Manifest } from '../../lib/published';

const ROOT = path.resolve(__dirname, '../..');

/** The published cells of a data folder, as anyone downloading them sees them. */
function veroeffentlicht(dataDir: string) {
  const result = ingest(readInputs(ROOT, path.join(ROOT, dataDir)), { dataDir });
  const out = (rel: string) => JSON.parse(result.outputs?.get(rel) ?? 'null');
  const cells = DATASET_IDS.flatMap((ds) => veroeffentlichteZellen(out(`datensaetze/${ds}.json`) as DatensatzDatei));
  return { cells, gebiete: out('gebiete.json') as Gebiet[], manifest: out('manifest.json') as Manifest };
}

describe.each(['data', 'tests/fixtures/musterstadt/data'])('disclosure control of %s', (dataDir) => {
  const { cells, gebiete, manifest } = veroeffentlicht(dataDir);
  const geheim = cells.filter((c) => c.zeichen === 'geheim');

  it('publishes no count of people below the threshold other than 0', () => {
    const klein = cells.filter((c) => isAdditive(c.datensatz, c.merkmal) && c.wert !== null && c.wert > 0 && c.wert < manifest.geheimhaltung.schwellenwert);
    expect(klein.map(cellKey)).toEqual([]);
    expect(manifest.geheimhaltung.gesperrt).toBe(geheim.length);
  });

  it('the attack recomputes no withheld cell from the published ones by the sums that link them', () => {
    expect(geheim.length).toBeGreaterThan(0);
    expect(rueckrechenbar(cells, gebiete)).toEqual([]);
  });
});

it('the bundled data has small refugee counts, so the attack above has something to attack', () => {
  const { cells } = veroeffentlicht('data');
  expect(cells.filter((c) => c.zeichen === 'geheim').length).toBeGreaterThanOrEqual(10);
});
