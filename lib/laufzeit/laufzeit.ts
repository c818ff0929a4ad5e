/**
 * Which built pages need the framework's runtime in the browser, and the page without it.
 *
 * Every page Next exports loads React, the router and the RSC client (about 130 KB gzip) and
 * hydrates the whole document: on a phone that is most of a page's blocking time. A page whose
 * interactive parts are all handled by the frame script (components/rahmen/) gains nothing from
 * hydrating, so the build serves it as what it is: HTML, CSS and that one small script.
 *
 * The decision is computed from the page itself — the client components its inline RSC payload
 * references — never from a list of routes, so it follows what a municipality's data puts on a
 * page: chart cards, the comparisons and the map, whose view the reader changes, load the runtime
 * on request (their default view is complete in HTML, the map's drawn as static SVG); tables,
 * downloads and a chart's tools need none.
 */

/**
 * Client components whose static HTML is complete: they render from the page's address only
 * (which the shared layout does not know) and do nothing in the browser that the frame script
 * does not do. Exported names, as the payload names them.
 */
export const OHNE_LAUFZEIT_VOLLSTAENDIG: ReadonlySet<string> = new Set(['SprachWechsel', 'Zitierzeile', 'DruckFuss']);

/**
 * Client components whose work exists only with the runtime: marking that React has hydrated the
 * page (components/HydrierungMelden.tsx). They do not make a page need it.
 */
export const NUR_MIT_LAUFZEIT: ReadonlySet<string> = new Set(['HydrierungMelden']);

/** The attribute on <html> set once React has hydrated the page. */
export const HYDRIERT = 'data-hydriert';

/**
 * Next's own client parts of every page (layout router, template, metadata and viewport
 * boundaries, icon mark). Our components export no default (tests/unit/client-komponenten.test.ts),
 * so `default` is always Next's. An unknown name keeps the runtime: the safe side.
 */
const NEXT_INTERN: ReadonlySet<string> = new Set(['default', 'OutletBoundary', 'ViewportBoundary', 'MetadataBoundary', 'IconMark']);

/** Every push of the inline payload: the bootstrap's `[0]` and the `[1, "…"]` text (and any other kind), in order. */
const NUTZLAST_SKRIPT = /<script>(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\((\[[\s\S]*?\])\)<\/script>/g;

/** The inline RSC payload of a page (the strings of its `self.__next_f.push([1, "…"])` scripts). */
export function nutzlast(html: string): string {
  const teile: string[] = [];
  for (const m of html.matchAll(NUTZLAST_SKRIPT)) {
    const eintrag = JSON.parse(m[1] ?? '[]') as unknown[];
    if (eintrag[0] === 1 && typeof eintrag[1] === 'string') teile.push(eintrag[1]);
  }
  return teile.join('');
}

/**
 * Exported names of the client components a page's payload references (`I[id, chunks, name]`
 * rows; a name written as `$<row>` stands for that row's string), without duplicates.
 */
export function clientKomponenten(html: string): string[] {
  const text = nutzlast(html);
  const zeilen = new Map<string, string>();
  const verweise: string[] = [];
  for (const zeile of text.split('\n')) {
    const m = /^([0-9a-f]+):(.*)$/.exec(zeile);
    if (!m) continue;
    const [, id = '', rest = ''] = m;
    zeilen.set(id, rest);
    if (rest.startsWith('I[')) {
      const name = (JSON.parse(rest.slice(1)) as unknown[])[2];
      verweise.push(typeof name === 'string' ? name : '');
    }
  }
  const namen: string[] = [];
  for (const name of verweise) {
    let n = name;
    if (n.startsWith('$')) {
      const wert = zeilen.get(n.slice(1));
      n = wert?.startsWith('"') ? (JSON.parse(wert) as string) : n;
    }
    if (!namen.includes(n)) namen.push(n);
  }
  return namen;
}

/**
 * Client components whose static HTML is their default view, complete: they need the runtime
 * only to show another view (a reader chooses one in their selects, or opens one from a link)
 * or, for the map (KarteApp), to zoom and pan it.
 * A page whose hydrating parts are all of these loads the runtime on request (mitLaufzeitAufAbruf).
 */
export const LAUFZEIT_AUF_ABRUF: ReadonlySet<string> = new Set(['VergleichKarte', 'StatusKarte', 'RanglisteKarte', 'PeerKarte', 'KarteApp', 'GebieteVergleich']);

/** The client components of a page that hydrate (without duplicates). */
const hydrierend = (html: string): string[] => clientKomponenten(html).filter((n) => !NEXT_INTERN.has(n) && !OHNE_LAUFZEIT_VOLLSTAENDIG.has(n) && !NUR_MIT_LAUFZEIT.has(n));

/** True if the page was built by Next and references a client component that needs hydrating. */
export const brauchtLaufzeit = (html: string): boolean => hydrierend(html).length > 0;

/** True if the page needs the runtime, but only on request: every part that hydrates is one of LAUFZEIT_AUF_ABRUF. */
export function laufzeitAufAbruf(html: string): boolean {
  const teile = hydrierend(html);
  return teile.length > 0 && teile.every((n) => LAUFZEIT_AUF_ABRUF.has(n));
}

/** True if Next built the page (it carries a payload) and none of its parts needs hydrating. */
export function kannOhneLaufzeit(html: string): boolean {
  return html.includes('self.__next_f') && !brauchtLaufzeit(html);
}

const SKRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const SKRIPT_VORLADEN = /<link\b(?=[^>]*\brel="modulepreload"|(?=[^>]*\brel="preload")[^>]*\bas="script")[^>]*\/?>/gi;

/**
 * The page without the framework's runtime: no script of Next (files, bootstrap, payload) and no
 * script preloading (`<link rel="preload" as="script">`, `rel="modulepreload"`). Inline scripts
 * in `bleiben` (by their exact text) and JSON-LD stay, as does any script not served from
 * /_next/ but from the site itself.
 */
export function ohneLaufzeit(html: string, bleiben: readonly string[]): string {
  return html
    .replace(SKRIPT, (ganz, attrs: string, inhalt: string) => {
      const src = /\bsrc="([^"]*)"/.exec(attrs)?.[1];
      if (src !== undefined) return src.startsWith('/_next/') ? '' : ganz;
      if (/\btype="application\/ld\+json"/i.test(attrs) || bleiben.includes(inhalt)) return ganz;
      return '';
    })
    .replace(SKRIPT_VORLADEN, '');
}

/** Where a page keeps the addresses of the runtime's scripts it loads on request. */
export const LAUFZEIT_META = 'laufzeit';

/**
 * The page with the framework's runtime loaded on request: its scripts' addresses in
 * `<meta name="laufzeit">` (the frame script loads them, components/rahmen/laufzeit.ts), their
 * tags and preloads removed. The payload for the hydration that follows leaves the page too: its
 * pushes, in order, are one JSON list (`[[0],[1,"…"],…]`) that `ablegen` stores and names; the
 * meta's `data-nutzlast` holds that address, and the frame script fetches it before the scripts.
 * A reader who only reads neither downloads nor parses it (half of a topic page's HTML).
 * The polyfills for browsers without modules go: those browsers run no module, the frame script
 * included, and read the static page. A page already prepared is returned as it is.
 */
export function mitLaufzeitAufAbruf(html: string, ablegen: (eintraege: string) => string): string {
  if (html.includes(`<meta name="${LAUFZEIT_META}"`)) return html;
  const quellen: string[] = [];
  const eintraege: string[] = [];
  const ohne = html
    .replace(NUTZLAST_SKRIPT, (_, eintrag: string) => {
      // Next writes each push as JSON (with <, > and & as \u escapes): checked, kept as written.
      JSON.parse(eintrag);
      eintraege.push(eintrag);
      return '';
    })
    .replace(SKRIPT, (ganz, attrs: string) => {
      const src = /\bsrc="([^"]*)"/.exec(attrs)?.[1];
      if (src === undefined || !src.startsWith('/_next/')) return ganz;
      if (!/\bnomodule\b/i.test(attrs)) quellen.push(src);
      return '';
    })
    .replace(SKRIPT_VORLADEN, '');
  const nutzlast = eintraege.length ? ` data-nutzlast="${ablegen(`[${eintraege.join(',')}]`)}"` : '';
  return ohne.replace('</head>', `<meta name="${LAUFZEIT_META}" content="${quellen.join(' ')}"${nutzlast}></head>`);
}

const RAHMEN_SKRIPT = /<script (?:type="module" )?src="[^"]*\/rahmen-[0-9A-Za-z]+\.js"(?: defer="")?><\/script>/g;

/**
 * The page with the frame script (an ES module, so it runs once the document is parsed), at the
 * end of <head>; one of an earlier build is replaced.
 */
export function mitRahmenSkript(html: string, src: string): string {
  return html.replace(RAHMEN_SKRIPT, '').replace('</head>', `<script type="module" src="${src}"></script></head>`);
}

/** True if the page shows parts of the frame that the frame script handles. */
export const zeigtRahmen = (html: string): boolean => html.includes('data-rahmen="');
