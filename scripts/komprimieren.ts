/**
 * npm run build (last step) — writes a gzip and a brotli copy beside every text file of the
 * export (HTML, JS, CSS, JSON, CSV, SVG, GeoJSON, Turtle, RSC payloads) that compresses by at
 * least 10 %: the bundled server (and nginx with gzip_static/brotli_static) sends them to
 * browsers that accept them, without compressing on every request.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { dateienUnter, OUT, ROOT } from './io';

const ENDUNGEN = new Set(['.html', '.js', '.css', '.json', '.txt', '.svg', '.geojson', '.csv', '.ttl', '.xml']);
let dateien = 0;
let roh = 0;
let br = 0;
for (const { pfad: p, name, groesse } of dateienUnter(OUT))
  if (ENDUNGEN.has(path.extname(name)) && groesse >= 512) {
    const daten = readFileSync(p);
    const b = brotliCompressSync(daten, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: daten.length } });
    if (b.length > daten.length * 0.9) continue;
    writeFileSync(`${p}.br`, b);
    writeFileSync(`${p}.gz`, gzipSync(daten, { level: 9 }));
    dateien++;
    roh += daten.length;
    br += b.length;
  }
console.log(`Komprimiert: ${dateien} Dateien in ${path.relative(ROOT, OUT)}/, ${(roh / 1e6).toFixed(1)} MB → ${(br / 1e6).toFixed(1)} MB (brotli)`);
