import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Every temp folder the unit tests make (fixture copies, staging folders, test servers' roots)
 * goes below one folder of this run, removed when the run ends: a run leaves nothing behind.
 * The test processes inherit TMPDIR, which os.tmpdir() reads.
 */
export default function setup(): () => void {
  const ordner = mkdtempSync(path.join(os.tmpdir(), 'atlas-tests-'));
  process.env.TMPDIR = ordner;
  return () => rmSync(ordner, { recursive: true, force: true });
}
