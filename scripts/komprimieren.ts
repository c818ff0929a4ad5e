/**
 * npm run build (last step) — writes a gzip and a brotli copy beside every text file of the
 * export (HTML, JS, CSS, JSON, CSV, SVG, GeoJSON, Turtle, RSC payloads) that compresses by at
 * least 10 %: the bundled server (and nginx with gzip_static/brotli_static) sends them to
 * browsers that accept them, without compressing on every request.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { nebenlaeufig } from '../lib/nebenlaeufig';
import { dateienUnter, OUT, ROOT, zuEnde } from './io';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const ENDUNGEN = new Set(['.html', '.js', '.css', '.json', '.txt', '.svg', '.geojson', '.csv', '.ttl', '.xml']);
let dateien = 0;
let roh = 0;
let br = 0;
const zuKomprimieren = dateienUnter(OUT).filter(({ name, groesse }) => ENDUNGEN.has(path.extname(name)) && groesse >= 512);
const GETEILT = `${path.sep}_next${path.sep}static${path.sep}`;
/**
 * How hard: the scripts and styles every page shares (hashed, cached for a year) at brotli 9 and
 * gzip 9; pages and downloads, whose number grows with the areas, at brotli 6 and gzip 6. Brotli
 * 7 is where it turns slow: on this site's pages (data with 10× the areas, 815 pages, 141 MB)
 * level 6 took 1.9 s and 13.19 MB, level 7 9.3 s and 13.03 MB — 1.2 % smaller, five times slower.
 */
const stufen = (pfad: string) => (pfad.includes(GETEILT) ? { brotli: 9, gzip: 9 } : { brotli: 6, gzip: 6 });
// Compression runs in zlib's thread pool: one file per core at a time.
const arbeit = nebenlaeufig(zuKomprimieren, async ({ pfad: p }) => {
  const daten = await readFile(p);
  const stufe = stufen(p);
  const b = await brotli(daten, { params: { [constants.BROTLI_PARAM_QUALITY]: stufe.brotli, [constants.BROTLI_PARAM_SIZE_HINT]: daten.length } });
  if (b.length > daten.length * 0.9) return;
  await writeFile(`${p}.br`, b);
  await writeFile(`${p}.gz`, await gz(daten, { level: stufe.gzip }));
  dateien++;
  roh += daten.length;
  br += b.length;
});
zuEnde(arbeit, () => `Komprimiert: ${dateien} Dateien in ${path.relative(ROOT, OUT)}/, ${(roh / 1e6).toFixed(1)} MB → ${(br / 1e6).toFixed(1)} MB (brotli)`);
