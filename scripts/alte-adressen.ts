/**
 * npm run build (after next build) — keeps addresses that were published once: the embeds of an
 * area's trend charts were one page per area (/einbetten/gebiete/<gebiet>/<chart>/, in iframes on
 * other sites); one page per chart now serves every area (…/<chart>/?gebiet=<gebiet>). Each old
 * address becomes a small page that forwards there (no script; a link for browsers without
 * meta refresh).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TREND_INDIKATOREN, trendId } from '../lib/themen/indikatoren';
import { DATA, OUT } from './io';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const gebiete = JSON.parse(readFileSync(path.join(DATA, 'published', 'gebiete.json'), 'utf8')) as { id: string; ebene: string }[];
let n = 0;
for (const [sprache, vor] of [['de', ''], ['en', 'en/']] as const)
  for (const g of gebiete.filter((x) => x.ebene !== 'stadt'))
    for (const i of TREND_INDIKATOREN) {
      const ziel = `/${vor}einbetten/gebiete/${trendId(i.id)}/?gebiet=${encodeURIComponent(g.id)}`;
      const dir = path.join(OUT, vor, 'einbetten', 'gebiete', g.id, trendId(i.id));
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        path.join(dir, 'index.html'),
        `<!DOCTYPE html><html lang="${sprache}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=${esc(ziel)}"><link rel="canonical" href="${esc(ziel)}"><title>→</title></head><body><a href="${esc(ziel)}">${esc(ziel)}</a></body></html>\n`,
      );
      n++;
    }
console.log(`Alte Adressen weitergeleitet: ${n}`);
