/**
 * npm run build (after next build) — removes the RSC payload files of every page (index.txt,
 * __next.*.txt). Each page's payload is already inline in its HTML (hydration needs it there);
 * Next writes it up to four more times beside the page for client-side navigation. The atlas is
 * a static site with prefetching off: a link that finds no payload makes Next load the page
 * itself, as a browser would. Saves most of out/ (84 → 30-odd MB for one language).
 */
import { rmSync } from 'node:fs';
import { dateienUnter, OUT } from './io';

let n = 0;
let bytes = 0;
for (const d of dateienUnter(OUT, ['_next']))
  if (d.name === 'index.txt' || (d.name.startsWith('__next.') && d.name.endsWith('.txt'))) {
    rmSync(d.pfad);
    n++;
    bytes += d.groesse;
  }
console.log(`RSC-Dateien entfernt: ${n} (${(bytes / 1e6).toFixed(1)} MB); die Seiten tragen ihre Daten im HTML`);
