import { readFileSync } from 'node:fs';
import path from 'node:path';
import { kommuneSchema, type Kommune } from '../lib/config';

export const ROOT = path.resolve(__dirname, '..');
export const DATA = process.env.INTEGRATIONSATLAS_DATA ?? path.join(ROOT, 'data');
/** The static export: `out/`, or another folder inside the project (INTEGRATIONSATLAS_OUT, e.g. a fixture's site). */
export const OUT = path.join(ROOT, process.env.INTEGRATIONSATLAS_OUT ?? 'out');
export const rawPath = (rel: string) => path.join(DATA, 'raw', rel);

export function loadKommune(): Kommune {
  return kommuneSchema.parse(JSON.parse(readFileSync(path.join(DATA, 'kommune.json'), 'utf8')));
}
