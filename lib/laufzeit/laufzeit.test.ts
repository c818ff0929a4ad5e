import { describe, expect, it } from 'vitest';
import { brauchtLaufzeit, clientKomponenten, kannOhneLaufzeit, laufzeitAufAbruf, mitLaufzeitAufAbruf, mitRahmenSkript, nutzlast, ohneLaufzeit, zeigtRahmen } from './laufzeit';

const VORAB = "try{var d=1}catch(e){}";
/** A page as Next 16 exports it (shortened): scripts, preload, bootstrap and the payload in two pushes. */
function seite(komponenten: string[]): string {
  const zeilen = ['1:"$Sreact.fragment"', '2:"/_next/static/chunks/a.js"', '3:I[39756,["$2"],"default"]', 'f:"ViewportBoundary"', '10:I[97367,["$2"],"$f"]', ...komponenten.map((k, i) => `${(20 + i).toString(16)}:I[${900 + i},["$2"],"${k}"]`), '30:["$","p",null,{"children":"Text mit </script> und Zeilen\\n"}]'];
  const text = zeilen.join('\n') + '\n';
  const mitte = Math.floor(text.length / 2);
  const push = (s: string) => `<script>self.__next_f.push(${JSON.stringify([1, s]).replace(/</g, '\\u003c')})</script>`;
  return (
    '<!DOCTYPE html><html lang="de"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/x.css" data-precedence="next"/>' +
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><link rel="modulepreload" href="/_next/static/chunks/m.js"/><link rel="preload" href="/bild.png" as="image"/>' +
    '<script src="/_next/static/chunks/a.js" async=""></script>' +
    `<script>${VORAB}</script><script src="/_next/static/chunks/legacy.js" noModule=""></script>` +
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>' +
    '<script type="application/ld+json">{"@type":"Dataset"}</script><script src="/eigen.js" defer=""></script></head>' +
    '<body><form data-rahmen="suche"></form><p>Text</p><script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
    push(text.slice(0, mitte)) +
    push(text.slice(mitte)) +
    '</body></html>'
  );
}

describe('pages without the framework runtime', () => {
  it('reads the payload across its pushes and names its client components, resolving $ names', () => {
    const html = seite(['SuchErgebnisse', 'Zitierzeile']);
    expect(nutzlast(html)).toContain('Text mit </script> und Zeilen');
    expect(clientKomponenten(html)).toEqual(['default', 'ViewportBoundary', 'SuchErgebnisse', 'Zitierzeile']);
  });

  it('a page needs the runtime only for a client component that hydrates', () => {
    expect(brauchtLaufzeit(seite(['SprachWechsel', 'Zitierzeile', 'DruckFuss', 'OutletBoundary', 'IconMark', 'HydrierungMelden']))).toBe(false);
    expect(brauchtLaufzeit(seite(['SprachWechsel', 'VergleichKarte']))).toBe(true);
    // An unknown part keeps the runtime; a page Next did not build needs none.
    expect(brauchtLaufzeit(seite(['ClientSegmentRoot']))).toBe(true);
    expect(brauchtLaufzeit('<html><head><meta http-equiv="refresh" content="0; url=/x/"></head></html>')).toBe(false);
    // Only a page Next built, that needs none, is served without it.
    expect(kannOhneLaufzeit(seite(['SprachWechsel', 'DruckFuss']))).toBe(true);
    expect(kannOhneLaufzeit(seite(['VergleichKarte']))).toBe(false);
    expect(kannOhneLaufzeit('<html><head><meta http-equiv="refresh" content="0; url=/x/"></head></html>')).toBe(false);
  });

  it('removes every script of Next and its preloading, keeps the listed inline scripts, JSON-LD and the site\'s own files', () => {
    const ohne = ohneLaufzeit(seite(['SprachWechsel']), [VORAB]);
    expect(ohne).not.toMatch(/_next\/static\/chunks\/[^"]*\.js/);
    expect(ohne).toContain('<link rel="preload" href="/bild.png" as="image"/>');
    expect(ohne).not.toContain('__next_f');
    expect(ohne).not.toContain('TURBOPACK');
    expect(ohne).toContain(`<script>${VORAB}</script>`);
    expect(ohne).toContain('<script type="application/ld+json">{"@type":"Dataset"}</script>');
    expect(ohne).toContain('<script src="/eigen.js" defer=""></script>');
    expect(ohne).toContain('<link rel="stylesheet" href="/_next/static/chunks/x.css" data-precedence="next"/>');
    expect(ohne).toContain('<body><form data-rahmen="suche"></form><p>Text</p></body>');
    expect(ohneLaufzeit(ohne, [VORAB])).toBe(ohne);
  });

  it('adds the frame script once, where the page shows the frame', () => {
    const html = seite([]);
    expect(zeigtRahmen(html)).toBe(true);
    expect(zeigtRahmen('<html><head></head><body></body></html>')).toBe(false);
    const mit = mitRahmenSkript(html, '/_next/static/chunks/rahmen-1.js');
    expect(mit).toContain('<script type="module" src="/_next/static/chunks/rahmen-1.js"></script></head>');
    expect(mitRahmenSkript(mit, '/_next/static/chunks/rahmen-1.js')).toBe(mit);
    expect(mitRahmenSkript(mit, '/_next/static/chunks/rahmen-2F.js').match(/rahmen-/g)).toEqual(['rahmen-']);
    // One of a build before the frame script was a module is replaced too.
    expect(mitRahmenSkript(html.replace('</head>', '<script src="/_next/static/chunks/rahmen-0a.js" defer=""></script></head>'), '/x/rahmen-3.js').match(/rahmen-/g)).toEqual(['rahmen-']);
  });

  it('a page whose hydrating parts all show their default view in HTML loads the runtime on request', () => {
    expect(laufzeitAufAbruf(seite(['SprachWechsel', 'VergleichKarte', 'StatusKarte', 'HydrierungMelden']))).toBe(true);
    expect(laufzeitAufAbruf(seite(['VergleichKarte', 'KarteApp']))).toBe(true);
    expect(laufzeitAufAbruf(seite(['VergleichKarte', 'GebietTrendEinbettung']))).toBe(false);
    expect(laufzeitAufAbruf(seite(['SprachWechsel']))).toBe(false);
    const html = seite(['VergleichKarte']);
    const abgelegt: string[] = [];
    const ablegen = (eintraege: string) => {
      abgelegt.push(eintraege);
      return `/_next/static/nutzlast/${abgelegt.length}.json`;
    };
    const abruf = mitLaufzeitAufAbruf(html, ablegen);
    // The scripts' addresses in order, without the polyfills, and the payload's; no script tag or preload of Next.
    expect(abruf).toContain('<meta name="laufzeit" content="/_next/static/chunks/a.js" data-nutzlast="/_next/static/nutzlast/1.json"></head>');
    expect(abruf).not.toMatch(/<script[^>]*src="\/_next\//);
    expect(abruf).not.toMatch(/<link[^>]*(preload|modulepreload)[^>]*\.js"/);
    expect(abruf).toContain('<link rel="preload" href="/bild.png" as="image"/>');
    // The payload leaves the page whole: every push in order, as the runtime would have read them inline.
    expect(abruf).not.toContain('__next_f');
    expect(abgelegt).toHaveLength(1);
    const eintraege = JSON.parse(abgelegt[0] ?? '') as unknown[][];
    expect(eintraege[0]).toEqual([0]);
    expect(eintraege.slice(1).map((e) => e[1]).join('')).toBe(nutzlast(html));
    expect(abgelegt[0]).not.toContain('</script>');
    expect(abruf).toContain('TURBOPACK');
    expect(abruf).toContain('<script src="/eigen.js" defer=""></script>');
    expect(abruf).toContain('<body><form data-rahmen="suche"></form><p>Text</p></body>');
    expect(mitLaufzeitAufAbruf(abruf, ablegen)).toBe(abruf);
    expect(abgelegt).toHaveLength(1);
    // A push that is not JSON (Next changed how it writes them) stops the build rather than break the page.
    expect(() => mitLaufzeitAufAbruf(html.replace('push([0])', 'push([0,x])'), ablegen)).toThrow();
  });
});
