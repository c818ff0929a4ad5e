import { CSP_DATEIEN, csp, istEinbettung, SICHERHEITS_HEADER } from './csp';

/** URL path of a built HTML file: `karte/index.html` → `/karte/`, `404.html` → `/404.html`. */
export const pfadVon = (datei: string) => `/${datei.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * The header files for three kinds of hosting, from the built pages' inline script hashes
 * (`inlineHashes` of each page, taken as the pages are read, so that no step holds every page at
 * once): `csp.json` (the bundled server), `_headers` (Netlify, Cloudflare Pages and the like) and
 * an nginx `map` of each page's policy (README, Betrieb). Every page gets its own script hashes.
 */
export function headerDateien(hashesJeSeite: Map<string, string[]>, kachelHerkunft?: string): { json: string; headers: string; nginx: string } {
  const je: Record<string, string> = {};
  for (const [datei, hashes] of [...hashesJeSeite].sort(([a], [b]) => a.localeCompare(b))) {
    const pfad = pfadVon(datei);
    je[pfad] = csp(hashes, { einbettbar: istEinbettung(pfad), kachelHerkunft });
  }
  const allgemein = Object.entries(SICHERHEITS_HEADER).map(([k, v]) => `  ${k}: ${v}`);
  const headers = [
    '# Erzeugt von scripts/sicherheitsheader.ts – nicht von Hand bearbeiten.',
    '/*',
    ...allgemein,
    '/_next/static/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    ...Object.entries(je).flatMap(([pfad, policy]) => [pfad, `  Content-Security-Policy: ${policy}`, ...(istEinbettung(pfad) ? [] : ['  X-Frame-Options: DENY'])]),
    '',
  ].join('\n');
  const nginxWert = (s: string) => `"${s.replace(/["\\]/g, '')}"`;
  const nginx = [
    '# Erzeugt von scripts/sicherheitsheader.ts. In den http-Block einbinden; im server-Block:',
    '#   add_header Content-Security-Policy $atlas_csp always;',
    'map_hash_bucket_size 256;',
    'map_hash_max_size 8192;',
    'map $uri $atlas_csp {',
    `  default ${nginxWert(CSP_DATEIEN)};`,
    ...Object.entries(je).flatMap(([pfad, policy]) => {
      const datei = pfad.endsWith('/') ? `${pfad}index.html` : pfad;
      return [`  ${pfad} ${nginxWert(policy)};`, ...(datei !== pfad ? [`  ${datei} ${nginxWert(policy)};`] : [])];
    }),
    '}',
    '',
  ].join('\n');
  return { json: JSON.stringify(je, null, 1) + '\n', headers, nginx };
}
