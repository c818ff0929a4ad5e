/**
 * npm run pruefen — checks data/kommune.json and data/raw/ like the ingest, prints every
 * problem and warning (unused sources, outline area against the official area, …) and
 * publishes nothing. Exit code 1 when there are errors.
 */
import { runIngest } from '../lib/ingest/cli';
import { DATA, ROOT } from './io';

process.exitCode = runIngest(ROOT, DATA, { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }, { nurPruefen: true, entfernen: process.argv.includes('--entfernen') });
