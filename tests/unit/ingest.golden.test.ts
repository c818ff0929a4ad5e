import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, FIXTURE, FIXTURE_DREI_EBENEN, FIXTURE_EINE_EBENE, run, snapshot } from './helpers';

/**
 * Golden files: the fixture's raw inputs in, the published files out, compared with the
 * committed expectation. UPDATE_GOLDEN=1 rewrites the expectation (review the diff!).
 */
describe.each([
  ['Musterstadt, zwei Ebenen', FIXTURE],
  ['Einstadt, eine Ebene', FIXTURE_EINE_EBENE],
  ['Dreistadt, drei Ebenen', FIXTURE_DREI_EBENEN],
])('ingest golden files (%s)', (_name, fixture) => {
  const EXPECTED = path.join(fixture, 'expected');
  const { root, data } = copyFixture(fixture);
  const result = run(root, data, { heute: '2025-06-30' });
  const published = path.join(data, 'published');
  const files = Object.keys(snapshot(published)).sort();

  it('publishes without errors', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  if (process.env.UPDATE_GOLDEN) {
    rmSync(EXPECTED, { recursive: true, force: true });
    for (const f of files) {
      mkdirSync(path.dirname(path.join(EXPECTED, f)), { recursive: true });
      writeFileSync(path.join(EXPECTED, f), readFileSync(path.join(published, f)));
    }
  }

  it('writes exactly the expected files', () => {
    expect(files).toEqual(Object.keys(snapshot(EXPECTED)).sort());
  });

  it.each(files)('%s matches the golden file', (f) => {
    const want = path.join(EXPECTED, f);
    expect(existsSync(want)).toBe(true);
    if (f.endsWith('.zip')) return expect(readFileSync(path.join(published, f)).equals(readFileSync(want))).toBe(true);
    const got = readFileSync(path.join(published, f), 'utf8');
    if (f.endsWith('json')) expect(JSON.parse(got)).toEqual(JSON.parse(readFileSync(want, 'utf8')));
    else expect(got).toBe(readFileSync(want, 'utf8'));
  });
});
