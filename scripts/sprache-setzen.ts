/**
 * npm run build (after next build) — every page under out/en/ declares lang="en" in its static
 * HTML (one root layout serves both languages; the document's language must be right before any
 * script runs, for screen readers, search engines and pages read without JavaScript).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OUT } from './io';

let n = 0;
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.html')) {
      const html = readFileSync(p, 'utf8');
      const neu = html.replace(/^(<!DOCTYPE html><html) lang="de"/, '$1 lang="en"');
      if (neu !== html) {
        writeFileSync(p, neu);
        n++;
      }
    }
  }
};
const en = path.join(OUT, 'en');
try {
  walk(en);
} catch {
  // No English pages in this export.
}
console.log(`Sprache: ${n} englische Seiten mit lang="en"`);
