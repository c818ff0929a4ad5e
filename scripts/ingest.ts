/**
 * npm run ingest — validates data/kommune.json and everything in data/raw/, and publishes
 * the processed data to data/published/. Every problem is printed as `<path>:<line>: …` on
 * stderr; on any error the exit code is 1 and data/published/ stays as it was.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ingest } from '../lib/ingest/run';
import { publishAtomically } from '../lib/ingest/publish';
import { formatProblem } from '../lib/problems';
import { DATA, ROOT } from './io';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('.')) return [];
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const rel = (p: string) => path.relative(ROOT, p).split(path.sep).join('/');
const files = new Map<string, Uint8Array>();
const konfig = path.join(DATA, 'kommune.json');
for (const p of [konfig, ...walk(path.join(DATA, 'raw'))]) files.set(rel(p), readFileSync(p));

const t0 = performance.now();
const { problems, outputs } = ingest(files, { dataDir: rel(DATA) });
for (const p of problems) process.stderr.write(formatProblem(p) + '\n');
const errors = problems.filter((p) => p.severity === 'error').length;
if (!outputs) {
  process.stderr.write(`\nIngest abgebrochen: ${errors} Fehler, ${problems.length - errors} Warnungen. ${rel(path.join(DATA, 'published'))}/ bleibt unverändert.\n`);
  process.exit(1);
}
publishAtomically(path.join(DATA, 'published'), outputs);
console.log(`Ingest: ${files.size} Eingabedateien → ${outputs.size} Dateien in ${rel(path.join(DATA, 'published'))}/ (${problems.length} Warnungen, ${Math.round(performance.now() - t0)} ms)`);
