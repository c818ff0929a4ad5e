/**
 * npm run kommune:neu -- --ags <AGS> --name "<Name>" [--ziel <Ordner>] — a clean data folder
 * for another municipality from vorlagen/kommune/ (see its LIESMICH.md).
 */
import path from 'node:path';
import { neueKommune } from '../lib/ingest/vorlage';
import { ROOT } from './io';

const arg = (n: string) => {
  const i = process.argv.indexOf(`--${n}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ags = arg('ags') ?? '';
const name = arg('name') ?? '';
const ziel = path.resolve(arg('ziel') ?? path.join(ROOT, 'kommunen', ags, 'data'));
try {
  const dateien = neueKommune(path.join(ROOT, 'vorlagen', 'kommune'), ziel, { ags, name, heute: new Date().toISOString().slice(0, 10) });
  console.log(`Neue Kommune ${name} (${ags}) in ${ziel}: ${dateien.join(', ')}`);
  console.log(`Weiter: Stadtgrenze und Gebiete nach raw/, GENESIS-Exporte nach raw/genesis/, dann INTEGRATIONSATLAS_DATA=${ziel} npm run pruefen`);
} catch (e) {
  process.stderr.write(`kommune:neu: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
