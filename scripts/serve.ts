/**
 * Serves the static export in out/ on PORT (default 3000): plain files, no runtime logic,
 * the same as any web server or CDN would. Used by `npm start` and the browser tests.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { ROOT } from './io';

const OUT = path.resolve(process.env.OUT_DIR ?? path.join(ROOT, 'out'));
const PORT = Number(process.env.PORT ?? 3000);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
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

if (!existsSync(OUT)) {
  console.error(`${OUT} fehlt – zuerst „npm run build“ ausführen.`);
  process.exit(1);
}

function resolve(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const p = path.join(OUT, path.normalize(clean));
  if (!p.startsWith(OUT)) return undefined;
  for (const candidate of [p, path.join(p, 'index.html'), `${p}.html`])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

createServer((req, res) => {
  let file: string | undefined;
  try {
    file = resolve(req.url ?? '/');
  } catch {
    file = undefined;
  }
  const status = file ? 200 : 404;
  file ??= path.join(OUT, '404.html');
  res.writeHead(status, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'X-Content-Type-Options': 'nosniff' });
  if (existsSync(file)) createReadStream(file).pipe(res);
  else res.end('Nicht gefunden');
}).listen(PORT, () => console.log(`Integrationsatlas: http://localhost:${PORT}/ (statischer Export aus ${path.relative(ROOT, OUT) || OUT})`));
