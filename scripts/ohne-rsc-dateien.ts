/**
 * npm run build (after next build) — removes the RSC payload files of every page (index.txt,
 * __next.*.txt). Each page's payload is already inline in its HTML (hydration needs it there);
 * Next writes it up to four more times beside the page for client-side navigation. The atlas is
 * a static site with prefetching off: a link that finds no payload makes Next load the page
 * itself, as a browser would. Saves most of out/ (84 → 30-odd MB for one language).
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { OUT } from './io';

let n = 0;
let bytes = 0;
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      if (name !== '_next') walk(p);
    } else if (name === 'index.txt' || (name.startsWith('__next.') && name.endsWith('.txt'))) {
      rmSync(p);
      n++;
      bytes += st.size;
    }
  }
};
walk(OUT);
console.log(`RSC-Dateien entfernt: ${n} (${(bytes / 1e6).toFixed(1)} MB); die Seiten tragen ihre Daten im HTML`);
