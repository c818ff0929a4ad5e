import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { csp, inlineHashes } from './csp';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('csp', () => {
  it('hashes exactly the inline scripts of a page, not external or JSON ones', () => {
    const html = '<script src="/a.js" async=""></script><script>self.x=1</script><script id="_R_">y()</script><script type="application/ld+json">{}</script><script>self.x=1</script>';
    expect(inlineHashes(html)).toEqual([sha('self.x=1'), sha('y()')]);
  });

  it("never allows inline scripts wholesale; embeds are frameable, other pages not", () => {
    const p = csp(["'sha256-abc'"], { einbettbar: false });
    expect(p).toContain("script-src 'self' 'sha256-abc'");
    expect(p).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(p).toContain("frame-ancestors 'none'");
    expect(csp([], { einbettbar: true, kachelHerkunft: 'https://tiles.example' })).toMatch(/frame-ancestors \*$/);
    expect(csp([], { einbettbar: true, kachelHerkunft: 'https://tiles.example' })).toContain('img-src \'self\' data: blob: https://tiles.example');
  });
});
