import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Versionen } from '../../lib/daten/versionen';
import { zipLesen } from '../../lib/daten/zip';
import { copyFixture, run, snapshot } from './helpers';

const lies = (data: string) => JSON.parse(readFileSync(path.join(data, 'published', 'versionen.json'), 'utf8')) as Versionen;
const archiv = (data: string, name: string) => readFileSync(path.join(data, 'published', 'archiv', name));

it('each ingest that changes the data is a release; earlier releases and their archives stay published', () => {
  const { root, data } = copyFixture();
  expect(run(root, data, { heute: '2025-01-10' }).code).toBe(0);
  const [erste] = lies(data).versionen;
  expect(erste).toMatchObject({ veroeffentlicht: '2025-01-10', stand: '2024-12-31', revisionen: 0 });
  const ersteZip = archiv(data, erste?.zip.pfad ?? '');
  expect(ersteZip.length).toBe(erste?.zip.bytes);
  // The archive holds every download of the release, byte for byte.
  const inhalt = zipLesen(ersteZip);
  const paket = inhalt.find((d) => d.name === 'datapackage.json');
  expect(paket?.daten.equals(readFileSync(path.join(data, 'published', 'daten', 'datapackage.json')))).toBe(true);

  // Same data again: no new release.
  expect(run(root, data, { heute: '2025-01-11' }).code).toBe(0);
  expect(lies(data).versionen).toEqual([erste]);

  // A corrected value: a new release, the old archive unchanged at its address.
  const csv = path.join(data, 'raw/bevoelkerung/2023-12-31.csv');
  const alt = readFileSync(csv, 'latin1');
  const neu = alt.replace('05999;maennlich;490;amt', '05999;maennlich;491;amt').replace('05999;weiblich;510;amt', '05999;weiblich;509;amt');
  expect(neu).not.toBe(alt);
  writeFileSync(csv, neu, 'latin1');
  expect(run(root, data, { heute: '2025-02-01' }).code).toBe(0);
  const versionen = lies(data).versionen;
  expect(versionen.map((v) => v.veroeffentlicht)).toEqual(['2025-02-01', '2025-01-10']);
  expect(versionen[0]?.version).not.toBe(erste?.version);
  expect(versionen[0]?.revisionen).toBe(2);
  expect(versionen[0]?.neueStichtage).toEqual([]);
  expect(archiv(data, erste?.zip.pfad ?? '').equals(ersteZip)).toBe(true);
  expect(archiv(data, versionen[0]?.zip.pfad ?? '').length).toBe(versionen[0]?.zip.bytes);
});

it('an archive that cannot be carried forward stops the ingest: nothing published vanishes', () => {
  const { root, data } = copyFixture();
  expect(run(root, data, { heute: '2025-01-10' }).code).toBe(0);
  const name = lies(data).versionen[0]?.zip.pfad ?? '';
  const p = path.join(data, 'published', 'archiv', name);
  rmSync(p);
  symlinkSync('/etc/passwd', p);
  const before = snapshot(path.join(data, 'published'));
  const r = run(root, data, { heute: '2025-01-11' });
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(`data/published/archiv/${name}: frühere Veröffentlichung symbolischer Link`);
  expect(snapshot(path.join(data, 'published'))).toEqual(before);
});
