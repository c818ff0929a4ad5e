import { describe, expect, it } from 'vitest';
import { kopfTags, robotsTxt, sitemapXml } from './auffindbar';

const BASIS = 'https://atlas.example/';

describe('findable', () => {
  it('lists every page with its absolute address and its twin as hreflang alternate, escaped', () => {
    const x = sitemapXml(
      [
        { route: '/', sprache: 'de', zwilling: '/en/' },
        { route: '/en/', sprache: 'en', zwilling: '/' },
        { route: '/leichte-sprache/', sprache: 'de' },
        { route: '/a&b/', sprache: 'de' },
      ],
      BASIS,
      '2024-12-31',
    );
    expect(x).toContain('<loc>https://atlas.example/</loc>');
    expect(x).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://atlas.example/en/"/>');
    expect(x).toContain('<loc>https://atlas.example/a&amp;b/</loc>');
    expect(x.match(/<url>/g)).toHaveLength(4);
    expect(x).toContain('<lastmod>2024-12-31</lastmod>');
  });

  it('robots.txt keeps crawlers off the embeds and names the sitemap', () => {
    expect(robotsTxt(BASIS)).toContain('Disallow: /einbetten/');
    expect(robotsTxt(BASIS)).toContain('Sitemap: https://atlas.example/sitemap.xml');
  });

  it('head tags from the page’s own title and description, entities kept safe; none twice', () => {
    const html = '<html><head><title>A &amp; B – Atlas</title><meta name="description" content="x &quot;y&quot; &lt;z&gt;"/></head></html>';
    const t = kopfTags(html, { route: '/themen/a/', sprache: 'de' }, BASIS, 'Atlas');
    expect(t).toContain('<link rel="canonical" href="https://atlas.example/themen/a/"/>');
    expect(t).toContain('<meta property="og:title" content="A &amp; B – Atlas"/>');
    expect(t).toContain('<meta property="og:description" content="x &quot;y&quot; &lt;z&gt;"/>');
    expect(t).toContain('<meta name="twitter:card" content="summary"/>');
    expect(kopfTags(`${html}<link rel="canonical" href="x"/>`, { route: '/', sprache: 'de' }, BASIS, 'Atlas')).toBe('');
  });

  it('names a preview image with its size and alternative text, and then asks for the large card', () => {
    const t = kopfTags('<title>A</title>', { route: '/themen/a/', sprache: 'de' }, BASIS, 'Atlas', { url: `${BASIS}vorschau/themen/a.png`, alt: 'A "1" & 2' });
    expect(t).toContain('<meta property="og:image" content="https://atlas.example/vorschau/themen/a.png"/>');
    expect(t).toContain('<meta property="og:image:width" content="1200"/><meta property="og:image:height" content="630"/>');
    expect(t).toContain('<meta property="og:image:alt" content="A &quot;1&quot; &amp; 2"/>');
    expect(t).toContain('<meta name="twitter:card" content="summary_large_image"/>');
  });
});
