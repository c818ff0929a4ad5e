/**
 * npm run build (after next build) — the frame script and the pages without the framework's
 * runtime (lib/laufzeit/laufzeit.ts). Bundles components/rahmen/rahmen.ts into one file named by
 * its content under /_next/static/chunks/ (cached for a year like Next's own), adds it to every
 * page that shows the frame, and removes Next's scripts and payload from every page none of
 * whose parts needs hydrating: those pages are HTML, CSS and that one script.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { VORAB_SKRIPT } from '../lib/darstellung/darstellung';
import { kannOhneLaufzeit, mitRahmenSkript, ohneLaufzeit, zeigtRahmen } from '../lib/laufzeit/laufzeit';
import { dateienUnter, OUT, ROOT } from './io';

const gebaut = buildSync({
  entryPoints: [path.join(ROOT, 'components', 'rahmen', 'rahmen.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  legalComments: 'none',
  write: false,
  logLevel: 'error',
});
const js = gebaut.outputFiles[0]?.contents;
if (!js) throw new Error('components/rahmen/rahmen.ts: kein Bündel');
const name = `rahmen-${createHash('sha256').update(js).digest('hex').slice(0, 16)}.js`;
writeFileSync(path.join(OUT, '_next', 'static', 'chunks', name), js);
const src = `/_next/static/chunks/${name}`;

let mitRahmen = 0;
let ohne = 0;
let seiten = 0;
for (const d of dateienUnter(OUT, ['_next'])) {
  if (!d.name.endsWith('.html')) continue;
  seiten++;
  const html = readFileSync(d.pfad, 'utf8');
  let neu = html;
  if (kannOhneLaufzeit(neu)) {
    neu = ohneLaufzeit(neu, [VORAB_SKRIPT]);
    ohne++;
  }
  // After removing Next's scripts: the frame script is served from beside them.
  if (zeigtRahmen(neu)) {
    neu = mitRahmenSkript(neu, src);
    mitRahmen++;
  }
  if (neu !== html) writeFileSync(d.pfad, neu);
}
console.log(`Ohne Laufzeit: ${ohne} von ${seiten} Seiten nur HTML, CSS und das Rahmenskript (${(js.length / 1024).toFixed(1)} KB, ${mitRahmen} Seiten)`);
