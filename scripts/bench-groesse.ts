/**
 * npm run bench:groesse — prints the transfer weight (gzip) of each built page: its HTML plus
 * every script and stylesheet it references. Run after `npm run build`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './io';

const OUT = path.join(ROOT, 'out');
const gz = (p: string) => gzipSync(readFileSync(p)).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) return n === '_next' ? [] : pages(p);
    return n === 'index.html' ? [p] : [];
  });
}

const rows = pages(OUT).map((html) => {
  const text = readFileSync(html, 'utf8');
  const assets = [...new Set([...text.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] as string))];
  const js = assets.filter((a) => a.endsWith('.js')).reduce((s, a) => s + gz(path.join(OUT, a)), 0);
  const css = assets.filter((a) => a.endsWith('.css')).reduce((s, a) => s + gz(path.join(OUT, a)), 0);
  return { seite: '/' + path.relative(OUT, path.dirname(html)).split(path.sep).join('/'), html: gz(html), js, css };
});
rows.sort((a, b) => a.seite.localeCompare(b.seite));
// One page per kind: profiles of a Sozialraum and a Wohnbereich, one embed per kind of chart.
const art = (seite: string) => {
  const t = seite.split('/');
  if (t[1] === 'gebiete' && t[2]) return `gebiete/${t[2][0]}`;
  if (t[1] === 'einbetten') return `einbetten/${t[2] === 'karte' || t[2] === 'gebiete' ? t[2] : (t[3] ?? '')}`;
  return seite;
};
const show = rows.filter((r, i) => i === rows.findIndex((x) => art(x.seite) === art(r.seite)));
console.log('Seite'.padEnd(36), 'HTML'.padStart(10), 'JS'.padStart(10), 'CSS'.padStart(10), 'gesamt'.padStart(10));
for (const r of show) console.log(r.seite.padEnd(36), kb(r.html).padStart(10), kb(r.js).padStart(10), kb(r.css).padStart(10), kb(r.html + r.js + r.css).padStart(10));
console.log(`${rows.length} Seiten; gezeigt: eine je Art (Gebietsprofile: ein Sozialraum, ein Wohnbereich; Einbettungen: eine je Diagrammart).`);
