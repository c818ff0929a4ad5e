/** Build-time: the published peer comparison, or null when the exports hold the municipality alone. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PUBLISHED } from '../ingest/outputs';
import type { Vergleich } from './regionen';

const DIR = path.join(process.env.INTEGRATIONSATLAS_DATA ?? path.join(process.cwd(), 'data'), 'published');

export function loadVergleich(): Vergleich | null {
  const p = path.join(DIR, PUBLISHED.vergleich);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Vergleich) : null;
}
