/**
 * npm run build:fixture — builds the site of a fixture municipality (default Dreistadt, three
 * area levels) into out-fixture/, exactly as `npm run build` builds the bundled data into out/ (the same steps, scripts/nachbearbeiten.ts):
 * the browser tests of area levels run against it. The fixture's folder is not written to.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './io';

const name = process.argv[2] ?? 'dreistadt';
if (!/^[a-z]+$/.test(name)) throw new Error(`Fixture „${name}“: nur Kleinbuchstaben`);
const ordner = mkdtempSync(path.join(os.tmpdir(), `atlas-${name}-`));
const data = path.join(ordner, 'data');
let status = 0;
try {
  cpSync(path.join(ROOT, 'tests/fixtures', name, 'data'), data, { recursive: true });
  const env = { ...process.env, INTEGRATIONSATLAS_DATA: data, INTEGRATIONSATLAS_OUT: 'out-fixture', NEXT_TELEMETRY_DISABLED: '1' };
  for (const args of [['tsx', 'scripts/ingest.ts'], ['next', 'build'], ['tsx', 'scripts/nachbearbeiten.ts']]) {
    const r = spawnSync('npx', ['--no-install', ...args], { cwd: ROOT, env, stdio: 'inherit' });
    if (r.status !== 0) {
      status = r.status ?? 1;
      break;
    }
  }
} finally {
  // The copy is only the build's input: out-fixture/ holds all the tests serve.
  rmSync(ordner, { recursive: true, force: true });
}
if (status) process.exit(status);
console.log(`Fixture ${name} → out-fixture/`);
