/**
 * npm run ingest — validates data/kommune.json and everything in data/raw/, and publishes
 * the processed data to data/published/. Every problem is printed as `<path>:<line>: …` on
 * stderr; on any error the exit code is 1 and data/published/ stays as it was.
 * `--entfernen`: datasets, Stichtage or values that are published now may disappear.
 */
import { runIngest } from '../lib/ingest/cli';
import { DATA, ROOT } from './io';

process.exitCode = runIngest(ROOT, DATA, { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }, { entfernen: process.argv.includes('--entfernen') });
