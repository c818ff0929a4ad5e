import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { runIngest } from '../../lib/ingest/cli';

export const FIXTURE = path.resolve(__dirname, '../fixtures/musterstadt');

/** A fresh copy of the fixture project in a temp folder: { root, data }. */
export function copyFixture(): { root: string; data: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'atlas-'));
  cpSync(path.join(FIXTURE, 'data'), path.join(root, 'data'), { recursive: true, filter: (src) => !src.includes(`${path.sep}published`) });
  return { root, data: path.join(root, 'data') };
}

export function run(root: string, data: string): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runIngest(root, data, { out: (s) => (stdout += s), err: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** Every file below dir with its sha256, to prove a folder was left byte for byte. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}
