import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellKey, type Cell } from '../../lib/cells';
import { DATASET_IDS, isAdditive } from '../../lib/datasets';
import { angriff } from '../../lib/geheimhaltung/angriff';
import { gleichungen } from '../../lib/geheimhaltung/gleichungen';
import { readInputs } from '../../lib/ingest/cli';
import { ingest } from '../../lib/ingest/run';
import type { DatensatzDatei, Gebiet, Manifest } from '../../lib/published';

const ROOT = path.resolve(__dirname, '../..');

/** The published cells of a data folder, as anyone downloading them sees them. */
function veroeffentlicht(dataDir: string) {
  const result = ingest(readInputs(ROOT, path.join(ROOT, dataDir)), { dataDir });
  const out = (rel: string) => JSON.parse(result.outputs?.get(rel) ?? 'null');
  const cells: Cell[] = DATASET_IDS.flatMap((ds) =>
    (out(`datensaetze/${ds}.json`) as DatensatzDatei).werte.map(([stichtag, gebiet, merkmal, wert, zeichen, quelle]) => ({
      datensatz: ds,
      stichtag,
      gebiet,
      merkmal,
      wert,
      ...(zeichen ? { zeichen } : {}),
      quelle,
      ort: { path: '', line: 0, spalte: '' },
    })),
  );
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
    const bekannt = new Map(cells.filter((c) => c.wert !== null).map((c) => [cellKey(c), c.wert as number]));
    const found = angriff(gleichungen(cells, gebiete), bekannt);
    expect([...found.keys()].filter((k) => geheim.some((g) => cellKey(g) === k))).toEqual([]);
  });
});

it('the bundled data has small refugee counts, so the attack above has something to attack', () => {
  const { cells } = veroeffentlicht('data');
  expect(cells.filter((c) => c.zeichen === 'geheim').length).toBeGreaterThanOrEqual(10);
});
