/**
 * npm run build (after next build) — writes out/csp.json, out/_headers and
 * out/nginx-csp.conf: each page's Content Security Policy with the hashes of its inline
 * scripts, so the site runs without 'unsafe-inline' for scripts on any hosting.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inlineHashes } from '../lib/sicherheit/csp';
import { headerDateien } from '../lib/sicherheit/header';
import { DATA, dateienUnter, OUT, ROOT } from './io';

// Each page's script hashes, not the page: with many areas the pages are hundreds of MB.
const seiten = new Map<string, string[]>();
for (const d of dateienUnter(OUT)) if (d.name.endsWith('.html')) seiten.set(path.relative(OUT, d.pfad).split(path.sep).join('/'), inlineHashes(readFileSync(d.pfad, 'utf8')));
const kommune = JSON.parse(readFileSync(path.join(DATA, 'published', 'kommune.json'), 'utf8')) as { karte?: { kachelUrl?: string } | null };
const kachel = kommune.karte?.kachelUrl ? new URL(kommune.karte.kachelUrl.replace(/\{[a-z]\}/g, '0')).origin : undefined;
const { json, headers, nginx } = headerDateien(seiten, kachel);
writeFileSync(path.join(OUT, 'csp.json'), json);
writeFileSync(path.join(OUT, '_headers'), headers);
writeFileSync(path.join(OUT, 'nginx-csp.conf'), nginx);
const rel = path.relative(ROOT, OUT);
console.log(`Sicherheitsheader: ${seiten.size} Seiten → ${rel}/csp.json, ${rel}/_headers, ${rel}/nginx-csp.conf`);
