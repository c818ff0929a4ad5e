import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { runIngest, type CliOptionen } from '../../lib/ingest/cli';

export const FIXTURE = path.resolve(__dirname, '../fixtures/musterstadt');
/** Fixture municipalities with one (Einstadt) and three (Dreistadt) area levels; Musterstadt has two. */
export const FIXTURE_EINE_EBENE = path.resolve(__dirname, '../fixtures/einstadt');
export const FIXTURE_DREI_EBENEN = path.resolve(__dirname, '../fixtures/dreistadt');

/** A fresh copy of a fixture project (default Musterstadt) in a temp folder: { root, data }. */
export function copyFixture(fixture = FIXTURE): { root: string; data: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'atlas-'));
  cpSync(path.join(fixture, 'data'), path.join(root, 'data'), { recursive: true, filter: (src) => !src.includes(`${path.sep}published`) });
  return { root, data: path.join(root, 'data') };
}

/** Runs the ingest CLI on a data folder; `heute` fixes the release date (golden files). */
export function run(root: string, data: string, optionen: CliOptionen = {}): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runIngest(root, data, { out: (s) => (stdout += s), err: (s) => (stderr += s) }, optionen);
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

export type File = { path: string; readonly text: string; write: (t: string) => void };
export type Mutate = (file: (rel: string) => File) => void;

/**
 * Publishes the fixture, breaks one input, runs the ingest again: it must exit 1, print the
 * expected `<path>:<line>: <message>` on stderr and leave data/published/ byte for byte.
 */
export function breakAndRun(mutate: Mutate): string {
  const { root, data } = copyFixture();
  expect(run(root, data).code).toBe(0);
  const before = snapshot(path.join(data, 'published'));
  mutate((rel) => {
    const p = path.join(data, rel);
    return {
      path: p,
      get text() {
        return readFileSync(p, 'latin1');
      },
      write: (t: string) => writeFileSync(p, t, 'latin1'),
    };
  });
  const again = run(root, data);
  expect(again.code).toBe(1);
  expect(again.stdout).toBe('');
  expect(snapshot(path.join(data, 'published'))).toEqual(before);
  expect(again.stderr).toMatch(/Ingest abgebrochen: \d+ Fehler.*data\/published\/ bleibt unverändert/);
  return again.stderr;
}

export const replaceIn = (rel: string, from: string | RegExp, to: string): Mutate => (f) => {
  const file = f(rel);
  const next = file.text.replace(from, to);
  expect(next).not.toBe(file.text);
  file.write(next);
};

