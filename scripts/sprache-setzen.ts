/**
 * npm run build (after next build) — every page under out/en/ declares lang="en" in its static
 * HTML (one root layout serves both languages; the document's language must be right before any
 * script runs, for screen readers, search engines and pages read without JavaScript).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dateienUnter, OUT } from './io';

let n = 0;
// No English pages in this export: nothing to do.
for (const d of dateienUnter(path.join(OUT, 'en')))
  if (d.name.endsWith('.html')) {
    const html = readFileSync(d.pfad, 'utf8');
    const neu = html.replace(/^(<!DOCTYPE html><html) lang="de"/, '$1 lang="en"');
    if (neu !== html) {
      writeFileSync(d.pfad, neu);
      n++;
    }
  }
console.log(`Sprache: ${n} englische Seiten mit lang="en"`);
