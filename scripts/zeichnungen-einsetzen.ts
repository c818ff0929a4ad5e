/**
 * npm run build (first step after next build) — sets every drawing into its box in the HTML
 * (lib/zeichnungen.ts): pages were built with empty boxes that name their drawing, the markup
 * waits in .zeichnungen/<export folder>/. Then removes that folder. A box whose drawing is
 * missing stops the build (exit 1): a chart would be empty.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zeichnungenEinsetzen, zeichnungsOrdner } from '../lib/zeichnungen';
import { dateienUnter, OUT, ROOT } from './io';

const ordner = zeichnungsOrdner(OUT, ROOT);
const gelesen = new Map<string, string>();
const lesen = (name: string) => {
  if (!gelesen.has(name)) {
    const p = path.join(ordner, `${name}.svg`);
    if (existsSync(p)) gelesen.set(name, readFileSync(p, 'utf8'));
  }
  return gelesen.get(name);
};
let seiten = 0;
let gesetzt = 0;
const fehler: string[] = [];
for (const d of dateienUnter(OUT, ['_next'])) {
  if (!d.name.endsWith('.html')) continue;
  const html = readFileSync(d.pfad, 'utf8');
  if (!html.includes('data-zeichnung=')) continue;
  const r = zeichnungenEinsetzen(html, lesen);
  for (const name of r.fehlend) fehler.push(`${path.relative(ROOT, d.pfad)}: Zeichnung ${name} fehlt in ${path.relative(ROOT, ordner)}/`);
  if (r.gesetzt) writeFileSync(d.pfad, r.html);
  seiten += 1;
  gesetzt += r.gesetzt;
}
if (fehler.length) {
  for (const f of fehler.slice(0, 20)) console.error(f);
  console.error(`${fehler.length} Zeichnungen fehlen – wurde next build vollständig ausgeführt?`);
  process.exit(1);
}
rmSync(ordner, { recursive: true, force: true });
console.log(`Zeichnungen eingesetzt: ${gesetzt} in ${seiten} Seiten (${gelesen.size} verschiedene)`);
