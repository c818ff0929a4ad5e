import { describe, expect, it } from 'vitest';
import { inlineHashes } from './csp';
import { headerDateien, pfadVon } from './header';

describe('headerDateien', () => {
  it('gives each page its own policy in all three formats, embeds frameable', () => {
    const seiten = new Map([
      ['index.html', '<script>a()</script>'],
      ['karte/index.html', '<script>b()</script>'],
      ['einbetten/karte/x/index.html', '<script>c()</script>'],
      ['404.html', ''],
    ]);
    const { json, headers, nginx } = headerDateien(new Map([...seiten].map(([d, html]) => [d, inlineHashes(html)])));
    const je = JSON.parse(json) as Record<string, string>;
    expect(Object.keys(je)).toEqual(['/404.html', '/einbetten/karte/x/', '/', '/karte/']);
    expect(je['/karte/']).not.toBe(je['/']);
    expect(je['/einbetten/karte/x/']).toContain('frame-ancestors *');
    expect(headers).toContain('/karte/\n  Content-Security-Policy: default-src');
    expect(headers).toContain('/karte/\n  Content-Security-Policy: ' + je['/karte/'] + '\n  X-Frame-Options: DENY');
    expect(nginx).toContain(`  /karte/index.html "${je['/karte/']}";`);
    expect(nginx).toContain('map_hash_bucket_size 256;');
    expect(pfadVon('a/b/index.html')).toBe('/a/b/');
  });
});
