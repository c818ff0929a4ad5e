/**
 * Findable (issue 17): sitemap.xml, robots.txt and the head tags every page gets at build time —
 * canonical address, Open Graph and Twitter card — from the routes of the static export. Pure.
 */

import { VORSCHAU } from '../bild/vorschau';

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** A page of the export: its route ('/themen/x/'), and its twin in the other language, if any. */
export interface Seite {
  route: string;
  sprache: 'de' | 'en';
  /** Route of the same page in the other language. */
  zwilling?: string;
}

/** The sitemap (sitemaps.org 0.9) with hreflang alternates where a page has its twin. */
export function sitemapXml(seiten: Seite[], basis: string, stand?: string): string {
  const url = (r: string) => xml(`${basis}${r.slice(1)}`);
  const zeilen = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'];
  for (const s of [...seiten].sort((a, b) => a.route.localeCompare(b.route))) {
    zeilen.push('  <url>', `    <loc>${url(s.route)}</loc>`);
    if (stand) zeilen.push(`    <lastmod>${xml(stand)}</lastmod>`);
    if (s.zwilling) {
      const andere = s.sprache === 'de' ? 'en' : 'de';
      zeilen.push(`    <xhtml:link rel="alternate" hreflang="${s.sprache}" href="${url(s.route)}"/>`, `    <xhtml:link rel="alternate" hreflang="${andere}" href="${url(s.zwilling)}"/>`);
    }
    zeilen.push('  </url>');
  }
  zeilen.push('</urlset>');
  return zeilen.join('\n') + '\n';
}

/** robots.txt: everything may be read except the embed pages (meant for iframes elsewhere); where the sitemap is. */
export const robotsTxt = (basis: string) => `User-agent: *\nAllow: /\nDisallow: /einbetten/\nDisallow: /en/einbetten/\n\nSitemap: ${basis}sitemap.xml\n`;

const entity = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? '');
const attr = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * The tags a page's <head> gets: canonical address and the social preview (Open Graph, Twitter
 * card), from the page's own <title> and description. Nothing when the page has a canonical already.
 */
export function kopfTags(html: string, seite: Seite, basis: string, siteName: string, bild?: { url: string; alt: string }): string {
  if (/<link rel="canonical"/.test(html)) return '';
  const titel = entity(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? siteName);
  const beschreibung = entity(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '');
  const url = `${basis}${seite.route.slice(1)}`;
  const tags = [
    `<link rel="canonical" href="${attr(url)}"/>`,
    `<meta property="og:type" content="website"/>`,
    `<meta property="og:site_name" content="${attr(siteName)}"/>`,
    `<meta property="og:title" content="${attr(titel)}"/>`,
    ...(beschreibung ? [`<meta property="og:description" content="${attr(beschreibung)}"/>`] : []),
    `<meta property="og:url" content="${attr(url)}"/>`,
    `<meta property="og:locale" content="${seite.sprache === 'de' ? 'de_DE' : 'en_GB'}"/>`,
    ...(bild
      ? [
          `<meta property="og:image" content="${attr(bild.url)}"/>`,
          `<meta property="og:image:type" content="image/png"/>`,
          `<meta property="og:image:width" content="${VORSCHAU.breite}"/>`,
          `<meta property="og:image:height" content="${VORSCHAU.hoehe}"/>`,
          `<meta property="og:image:alt" content="${attr(bild.alt)}"/>`,
          `<meta name="twitter:image:alt" content="${attr(bild.alt)}"/>`,
        ]
      : []),
    `<meta name="twitter:card" content="${bild ? 'summary_large_image' : 'summary'}"/>`,
  ];
  return tags.join('');
}
