import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../problems';
import { DATEN } from '../daten/paket';
import type { Neu } from '../daten/neu';
import { DATASET_IDS } from '../datasets';
import type { DatensatzDatei } from '../published';
import { PUBLISHED, type Vorher } from './outputs';
import { publishAtomically } from './publish';
import { ingest } from './run';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('.')) return [];
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every input of a data folder (kommune.json and raw/**), keyed by path relative to root. */
export function readInputs(root: string, dataDir: string): Map<string, Uint8Array> {
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const files = new Map<string, Uint8Array>();
  const praesentation = path.join(dataDir, 'praesentation.json');
  for (const p of [path.join(dataDir, 'kommune.json'), ...(existsSync(praesentation) ? [praesentation] : []), ...walk(path.join(dataDir, 'raw'))]) files.set(rel(p), readFileSync(p));
  return files;
}

/** The currently published datasets and release notes, if a previous ingest wrote them. */
export function readVorher(published: string): Vorher | undefined {
  const read = (rel: string) => {
    try {
      return JSON.parse(readFileSync(path.join(published, rel), 'utf8'));
    } catch {
      return undefined;
    }
  };
  const datensaetze = DATASET_IDS.map((ds) => read(PUBLISHED.datensatz(ds)) as DatensatzDatei | undefined).filter((d): d is DatensatzDatei => d !== undefined);
  if (datensaetze.length === 0) return undefined;
  return { datensaetze, neu: read(PUBLISHED.daten(DATEN.neu)) as Neu | undefined };
}

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

/**
 * Reads `<dataDir>/kommune.json` and `<dataDir>/raw/**`, runs the pipeline and, only when there
 * is no error, swaps `<dataDir>/published/` in as a whole. Returns the exit code.
 */
export function runIngest(root: string, dataDir: string, io: CliIo): number {
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const files = readInputs(root, dataDir);
  const t0 = performance.now();
  const published = path.join(dataDir, 'published');
  const { problems, outputs } = ingest(files, { dataDir: rel(dataDir), vorher: readVorher(published) });
  for (const p of problems) io.err(formatProblem(p) + '\n');
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (!outputs) {
    io.err(`\nIngest abgebrochen: ${errors} Fehler, ${problems.length - errors} Warnungen. ${rel(published)}/ bleibt unverändert.\n`);
    return 1;
  }
  publishAtomically(published, outputs);
  io.out(`Ingest: ${files.size} Eingabedateien → ${outputs.size} Dateien in ${rel(published)}/ (${problems.length} Warnungen, ${Math.round(performance.now() - t0)} ms)\n`);
  return 0;
}
