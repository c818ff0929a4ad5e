/**
 * npm run build (after next build) — the frame script and the pages without the framework's
 * runtime (lib/laufzeit/laufzeit.ts). Bundles components/rahmen/rahmen.ts into one ES module named
 * by its content under /_next/static/chunks/ (cached for a year like Next's own; the code of the
 * downloads in a chunk loaded on the first click), adds it to every
 * page that shows the frame, and removes Next's scripts and payload from every page none of
 * whose parts needs hydrating: those pages are HTML, CSS and that one script. A page whose
 * hydrating parts show their default view complete in HTML loads Next's scripts and its payload
 * (a file of its own under /_next/static/nutzlast/) on request.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { VORAB_SKRIPT } from '../lib/darstellung/darstellung';
import { kannOhneLaufzeit, laufzeitAufAbruf, mitLaufzeitAufAbruf, mitRahmenSkript, ohneLaufzeit, zeigtRahmen } from '../lib/laufzeit/laufzeit';
import { dateienUnter, OUT, ROOT } from './io';
import nextConfig from '../next.config.mjs';

// An ES module: code used only on request (the downloads' files) is split into chunks it imports
// when asked. Every file is named by its content (esbuild's hash), so it is cached for a year.
const CHUNKS = path.join(OUT, '_next', 'static', 'chunks');
const gebaut = buildSync({
  entryPoints: [path.join(ROOT, 'components', 'rahmen', 'rahmen.ts')],
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  legalComments: 'none',
  // The values Next inlines into client code (next.config.mjs `env`), the same here.
  define: Object.fromEntries(Object.entries(nextConfig.env ?? {}).map(([k, v]) => [`process.env.${k}`, JSON.stringify(v)])),
  outdir: CHUNKS,
  entryNames: 'rahmen-[hash]',
  chunkNames: 'rahmen-[name]-[hash]',
  write: false,
  logLevel: 'error',
});
let js: Uint8Array | undefined;
let src = '';
for (const datei of gebaut.outputFiles) {
  writeFileSync(datei.path, datei.contents);
  if (!/^rahmen-[0-9A-Z]+\.js$/.test(path.basename(datei.path))) continue;
  js = datei.contents;
  src = `/_next/static/chunks/${path.basename(datei.path)}`;
}
if (!js) throw new Error('components/rahmen/rahmen.ts: kein Bündel');

/**
 * A page's payload, loaded on request, as a file named by its content beside the scripts (cached
 * for a year like them; a page of an earlier build never meets the payload of a later one).
 */
const NUTZLAST = path.join(OUT, '_next', 'static', 'nutzlast');
function nutzlastAblegen(eintraege: string): string {
  const name = `${createHash('sha256').update(eintraege).digest('hex').slice(0, 20)}.json`;
  mkdirSync(NUTZLAST, { recursive: true });
  writeFileSync(path.join(NUTZLAST, name), eintraege);
  return `/_next/static/nutzlast/${name}`;
}

let mitRahmen = 0;
let ohne = 0;
let aufAbruf = 0;
let seiten = 0;
for (const d of dateienUnter(OUT, ['_next'])) {
  if (!d.name.endsWith('.html')) continue;
  seiten++;
  const html = readFileSync(d.pfad, 'utf8');
  let neu = html;
  if (kannOhneLaufzeit(neu)) {
    neu = ohneLaufzeit(neu, [VORAB_SKRIPT]);
    ohne++;
  } else if (laufzeitAufAbruf(neu)) {
    neu = mitLaufzeitAufAbruf(neu, nutzlastAblegen);
    aufAbruf++;
  }
  // After removing Next's scripts: the frame script is served from beside them.
  if (zeigtRahmen(neu)) {
    neu = mitRahmenSkript(neu, src);
    mitRahmen++;
  }
  if (neu !== html) writeFileSync(d.pfad, neu);
}
console.log(`Ohne Laufzeit: ${ohne} von ${seiten} Seiten nur HTML, CSS und das Rahmenskript (${(js.length / 1024).toFixed(1)} KB, ${mitRahmen} Seiten); ${aufAbruf} laden sie erst auf Abruf`);
