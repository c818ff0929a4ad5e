#!/usr/bin/env node
/**
 * Integrationsatlas offline: serves the folder this file lies in (the built site) on
 * http://localhost:PORT/ (default 8080) — no dependencies, no network, Node 18 or newer.
 * Copy the whole folder to a laptop and run `node server.mjs` in it. `npm start` and the
 * browser tests use the same file from out/.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.dirname(fileURLToPath(import.meta.url));
const PORT = Number(process.env.PORT ?? process.argv[2] ?? 8080);
const HOST = process.env.HOST ?? '127.0.0.1';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttl': 'text/turtle; charset=utf-8',
};

/** The file a URL path names: the file itself, or the folder's index.html; never outside DIR. */
function resolve(urlPath) {
  const clean = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const p = path.join(DIR, path.normalize(clean));
  if (!p.startsWith(DIR)) return undefined;
  for (const candidate of [p, path.join(p, 'index.html'), `${p}.html`]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

createServer((req, res) => {
  let file;
  try {
    file = resolve(req.url ?? '/');
  } catch {
    file = undefined;
  }
  const status = file ? 200 : 404;
  file ??= path.join(DIR, '404.html');
  res.writeHead(status, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'X-Content-Type-Options': 'nosniff' });
  if (existsSync(file)) createReadStream(file).pipe(res);
  else res.end('Nicht gefunden');
}).listen(PORT, HOST, () => console.log(`Integrationsatlas: http://localhost:${PORT}/ (Ordner ${DIR}; beenden mit Strg+C)`));
