/**
 * The build's steps after `next build`, in order — one list for `npm run build` and the fixture
 * site (scripts/fixture-site.ts). Each step is its own script working on out/ (INTEGRATIONSATLAS_OUT).
 */
import { spawnSync } from 'node:child_process';
import { ROOT } from './io';

export const SCHRITTE = ['zeichnungen-einsetzen', 'seiten-ohne-daten', 'ohne-rsc-dateien', 'alte-adressen', 'sprache-setzen', 'auffindbar', 'sicherheitsheader', 'komprimieren'] as const;

const zeiten: string[] = [];
for (const s of SCHRITTE) {
  const t = performance.now();
  const r = spawnSync('npx', ['--no-install', 'tsx', `scripts/${s}.ts`], { cwd: ROOT, env: process.env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  zeiten.push(`${s} ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
console.log(`Nachbearbeitung: ${zeiten.join(', ')}`);
