/**
 * npm run build (after next build) — makes the site findable from its own routes: sitemap.xml
 * (every page, with its twin in the other language), robots.txt, and in every page's head the
 * canonical address from `veroeffentlichung.basisUrl` and the social preview tags (Open Graph,
 * Twitter card) with a preview image for topics and areas (out/vorschau/, PNG of their trend chart). Embed pages are kept out of search results (noindex) and out of the sitemap.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { kopfTags, robotsTxt, sitemapXml, type Seite } from '../lib/auffindbar/auffindbar';
import { vorschauFuer } from '../lib/auffindbar/vorschau';
import { vorschauZeichnen } from '../lib/auffindbar/zeichnen';
import { vorschauPfad } from '../lib/bild/vorschau';
import { nebenlaeufig } from '../lib/nebenlaeufig';
import { dateienUnter, loadKommune, OUT, zuEnde } from './io';

const kommune = loadKommune();
const basis = kommune.veroeffentlichung.basisUrl;
const routeVon = (datei: string) => `/${path.relative(OUT, path.dirname(datei)).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/');
const seiten: Seite[] = [];
let noindex = 0;
/** The preview images linked by a page (files in out/vorschau/). */
const verlinkt = new Set<string>();
/** Linked images not drawn yet (scripts/vorschaubilder.ts draws them beforehand): drawn at the end, one per core. */
const fehlend: string[] = [];
/** The page's preview image in out/vorschau/ (topics and areas: their trend chart). */
function vorschau(route: string): { url: string; alt: string } | undefined {
  const v = vorschauFuer(route);
  if (!v) return undefined;
  const datei = path.join(OUT, vorschauPfad(route));
  verlinkt.add(datei);
  if (!existsSync(datei)) fehlend.push(route);
  return { url: `${basis}${vorschauPfad(route)}`, alt: v.alt };
}
for (const d of dateienUnter(OUT, ['_next', '_not-found', '404'])) {
  if (d.name !== 'index.html') continue;
  const html = readFileSync(d.pfad, 'utf8');
  // Forwarders of old addresses carry their own noindex and canonical.
  if (html.includes('http-equiv="refresh"')) continue;
  const route = routeVon(d.pfad);
  const sprache = route.startsWith('/en/') ? 'en' : 'de';
  if (/^\/(en\/)?einbetten\//.test(route)) {
    if (!html.includes('name="robots"')) {
      writeFileSync(d.pfad, html.replace('</head>', '<meta name="robots" content="noindex"/></head>'));
      noindex++;
    }
    continue;
  }
  const andere = sprache === 'de' ? `/en${route}` : route.replace(/^\/en/, '');
  const seite: Seite = { route, sprache, ...(existsSync(path.join(OUT, andere, 'index.html')) ? { zwilling: andere } : {}) };
  seiten.push(seite);
  const tags = kopfTags(html, seite, basis, sprache === 'de' ? `Integrationsatlas ${kommune.name}` : `Integration Atlas ${kommune.name}`, vorschau(route));
  if (tags) writeFileSync(d.pfad, html.replace('</head>', `${tags}</head>`));
}
writeFileSync(path.join(OUT, 'sitemap.xml'), sitemapXml(seiten, basis));
writeFileSync(path.join(OUT, 'robots.txt'), robotsTxt(basis));
// An image no page links (its page was removed after it was drawn) is not published.
let entfernt = 0;
for (const d of dateienUnter(path.join(OUT, 'vorschau')))
  if (!verlinkt.has(d.pfad)) {
    rmSync(d.pfad);
    entfernt++;
  }
zuEnde(
  nebenlaeufig(fehlend, async (route) => void (await vorschauZeichnen(OUT, route))),
  () => `Auffindbar: ${seiten.length} Seiten in sitemap.xml, robots.txt; ${verlinkt.size} Vorschaubilder (${fehlend.length} hier gezeichnet, ${entfernt} ohne Seite entfernt); noindex ergänzt in ${noindex} Einbettungen`,
);
