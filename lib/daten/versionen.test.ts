import { describe, expect, it } from 'vitest';
import type { DatensatzDatei } from '../published';
import { fortschreiben, neueStichtage, versionVon, type Version } from './versionen';

const datei = (datensatz: DatensatzDatei['datensatz'], stichtage: string[]) => ({ datensatz, stichtage }) as DatensatzDatei;
const version = (v: string, tag: string): Version => ({ version: v, veroeffentlicht: tag, stand: '2024-12-31', neueStichtage: [], revisionen: 0, zip: { pfad: `x-${v}.zip`, bytes: 1, sha256: '' } });

describe('releases', () => {
  it('a version is the first 8 hex digits of the data package’s SHA-256: any change changes it', () => {
    expect(versionVon('{"a":1}')).toMatch(/^[0-9a-f]{8}$/);
    expect(versionVon('{"a":1}')).toBe(versionVon('{"a":1}'));
    expect(versionVon('{"a":2}')).not.toBe(versionVon('{"a":1}'));
  });

  it('names the Stichtage a release adds, per dataset', () => {
    const vorher = [datei('bevoelkerung', ['2023-12-31']), datei('fluechtlinge', ['2023-12-31'])];
    const jetzt = [datei('bevoelkerung', ['2023-12-31', '2024-12-31']), datei('fluechtlinge', ['2023-12-31']), datei('migrationshintergrund', ['2024-12-31'])];
    expect(neueStichtage(vorher, jetzt)).toEqual([
      { datensatz: 'bevoelkerung', stichtage: ['2024-12-31'] },
      { datensatz: 'migrationshintergrund', stichtage: ['2024-12-31'] },
    ]);
    expect(neueStichtage([], [datei('bevoelkerung', ['2023-12-31'])])).toEqual([{ datensatz: 'bevoelkerung', stichtage: ['2023-12-31'] }]);
  });

  it('adds a release only when the data changed, newest first, and never drops one', () => {
    const eins = fortschreiben(undefined, version('aaaaaaaa', '2025-01-01'));
    expect(eins.versionen.map((v) => v.version)).toEqual(['aaaaaaaa']);
    expect(fortschreiben(eins, version('aaaaaaaa', '2025-02-01'))).toEqual(eins);
    const zwei = fortschreiben(eins, version('bbbbbbbb', '2025-03-01'));
    expect(zwei.versionen.map((v) => `${v.version} ${v.veroeffentlicht}`)).toEqual(['bbbbbbbb 2025-03-01', 'aaaaaaaa 2025-01-01']);
    // back to the first data: a release of its own, the earlier entry stays
    expect(fortschreiben(zwei, version('aaaaaaaa', '2025-04-01')).versionen.map((v) => v.veroeffentlicht)).toEqual(['2025-04-01', '2025-03-01', '2025-01-01']);
  });
});
