#!/usr/bin/env node
/**
 * Integrationsatlas offline: serves the folder this file lies in (the built site) on
 * http://localhost:PORT/ (default 8080) — no dependencies, no network, Node 18 or newer.
 * Copy the whole folder to a laptop and run `node server.mjs` in it. `npm start` and the
 * browser tests use the same file from out/.
 *
 * Safe on an open network too: only GET and HEAD; paths resolved from the URL's pathname and
 * checked to stay inside the folder; folders redirected to their address with a slash (308);
 * every page with its own Content Security Policy (csp.json, written by the build) and the
 * usual security headers; file errors answered (404/500/503), stalled clients timed out.
 * Text files are sent brotli- or gzip-compressed where the build left a .br/.gz copy beside them
 * and the browser accepts it; hashed assets (/_next/static/) are cached for a year.
 */
import { constants, fstat, open, close, readFileSync, createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
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
  '.xml': 'application/xml; charset=utf-8',
  '.zip': 'application/zip',
};
const SICHERHEIT = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
const CSP_DATEIEN = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'";
/** Each page's policy, from the build (scripts/sicherheitsheader.ts); without it pages get none. */
const CSP = (() => {
  try {
    return JSON.parse(readFileSync(path.join(DIR, 'csp.json'), 'utf8'));
  } catch {
    return {};
  }
})();

/** Headers of a response for a URL path (the page's CSP; embeds may be framed, nothing else). */
function kopf(urlPfad, typ) {
  const h = { ...SICHERHEIT, 'Content-Type': typ };
  const seite = CSP[urlPfad];
  h['Content-Security-Policy'] = seite ?? (typ.startsWith('text/html') ? "default-src 'self'; frame-ancestors 'none'" : CSP_DATEIEN);
  if (!urlPfad.startsWith('/einbetten/')) h['X-Frame-Options'] = 'DENY';
  if (urlPfad.startsWith('/_next/static/')) h['Cache-Control'] = 'public, max-age=31536000, immutable';
  return h;
}

/** The URL's path, decoded and normalised; undefined for anything that is not a plain path. */
function urlPfad(url) {
  let u;
  try {
    u = new URL(url ?? '/', 'http://localhost');
  } catch {
    return undefined;
  }
  let p;
  try {
    p = decodeURIComponent(u.pathname);
  } catch {
    return undefined;
  }
  if (p.includes('\0') || p.includes('\\') || !p.startsWith('/') || p.startsWith('//')) return undefined;
  return { pfad: p, suche: u.search };
}

/** The file inside DIR a path names, checked with path.relative (no prefix tricks). */
function imOrdner(p) {
  const ziel = path.resolve(DIR, `.${p}`);
  const rel = path.relative(DIR, ziel);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return ziel;
}

/** Opens a regular file; calls back with fd and size, or an error code. */
function oeffne(datei, cb) {
  open(datei, constants.O_RDONLY | constants.O_NONBLOCK, (err, fd) => {
    if (err) return cb(err.code);
    fstat(fd, (e, st) => {
      if (e || !st.isFile()) {
        close(fd, () => cb(e ? e.code : st.isDirectory() ? 'EISDIR' : 'ENOTFILE'));
        return;
      }
      cb(null, fd, st.size);
    });
  });
}

function antworte(req, res, status, text, extra = {}) {
  if (res.headersSent) return res.destroy();
  res.writeHead(status, { ...SICHERHEIT, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CSP_DATEIEN, 'X-Frame-Options': 'DENY', ...extra });
  res.end(req.method === 'HEAD' ? undefined : text);
}

/** Types the build leaves compressed copies of (images and fonts are compressed already). */
const KOMPRIMIERBAR = /^(text\/|application\/(json|geo\+json)|image\/svg)/;

/** The encodings a request accepts among ours, best first ("br;q=0" refuses brotli). */
function kodierungen(req) {
  const angebot = String(req.headers['accept-encoding'] ?? '')
    .split(',')
    .map((t) => t.trim().split(';'))
    .filter(([, q]) => !q || !/^\s*q\s*=\s*0(\.0*)?\s*$/.test(q))
    .map(([name]) => name.trim().toLowerCase());
  return [
    ['br', '.br'],
    ['gzip', '.gz'],
  ].filter(([name]) => angebot.includes(name));
}

/** Sends a file, its precompressed copy where accepted and present, else the file itself. */
function sendeDatei(req, res, fd, groesse, status, urlP, datei) {
  const liste = KOMPRIMIERBAR.test(TYPES[path.extname(datei)] ?? '') ? kodierungen(req) : [];
  const naechste = (i) => {
    if (i >= liste.length) return sende(req, res, fd, groesse, status, urlP, datei);
    const [name, endung] = liste[i];
    oeffne(`${datei}${endung}`, (err, fdK, groesseK) => {
      if (err) return naechste(i + 1);
      close(fd, () => undefined);
      sende(req, res, fdK, groesseK, status, urlP, datei, name);
    });
  };
  naechste(0);
}

/** Sends an open file; the stream is destroyed when the client goes away or reading fails. */
function sende(req, res, fd, groesse, status, urlP, datei, kodierung) {
  const typ = TYPES[path.extname(datei)] ?? 'application/octet-stream';
  const zusatz = kodierung ? { 'Content-Encoding': kodierung, Vary: 'Accept-Encoding' } : KOMPRIMIERBAR.test(typ) ? { Vary: 'Accept-Encoding' } : {};
  res.writeHead(status, { ...kopf(urlP, typ), ...zusatz, 'Content-Length': String(groesse) });
  if (req.method === 'HEAD') {
    close(fd, () => undefined);
    return res.end();
  }
  pipeline(createReadStream('', { fd, autoClose: true }), res, () => undefined);
}

function bediene(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return antworte(req, res, 405, 'Nur GET und HEAD.', { Allow: 'GET, HEAD' });
  const u = urlPfad(req.url);
  const datei = u && imOrdner(u.pfad);
  if (!u || !datei) return nichtGefunden(req, res);
  const kandidaten = u.pfad.endsWith('/') ? [path.join(datei, 'index.html')] : [datei, `${datei}.html`];
  const versuche = (i) => {
    if (i >= kandidaten.length) {
      // A folder addressed without its slash: redirect, so relative links and hydration match the build.
      if (!u.pfad.endsWith('/'))
        return oeffne(path.join(datei, 'index.html'), (err, fd) => {
          if (err) return fehler(req, res, err);
          close(fd, () => undefined);
          antworte(req, res, 308, 'Weiter', { Location: `${u.pfad}/${u.suche}` });
        });
      return nichtGefunden(req, res);
    }
    oeffne(kandidaten[i], (err, fd, groesse) => {
      if (err === 'ENOENT' || err === 'ENOTDIR' || err === 'EISDIR' || err === 'ENOTFILE') return versuche(i + 1);
      if (err) return fehler(req, res, err);
      sendeDatei(req, res, fd, groesse, 200, u.pfad, kandidaten[i]);
    });
  };
  versuche(0);
}

function fehler(req, res, code) {
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' || code === 'ENOTFILE') return nichtGefunden(req, res);
  // Out of file handles: tell the client to come back, do not fall over.
  if (code === 'EMFILE' || code === 'ENFILE') return antworte(req, res, 503, 'Server ausgelastet – bitte gleich noch einmal.', { 'Retry-After': '1' });
  return antworte(req, res, 500, 'Interner Fehler.');
}

function nichtGefunden(req, res) {
  oeffne(path.join(DIR, '404.html'), (err, fd, groesse) => {
    if (err) return antworte(req, res, 404, 'Nicht gefunden');
    sendeDatei(req, res, fd, groesse, 404, '/404.html', path.join(DIR, '404.html'));
  });
}

const server = createServer((req, res) => {
  try {
    bediene(req, res);
  } catch {
    antworte(req, res, 500, 'Interner Fehler.');
  }
});
// Stalled or slow clients must not hold sockets and file handles forever.
server.requestTimeout = 30_000;
server.headersTimeout = 15_000;
server.keepAliveTimeout = 5_000;
server.setTimeout(30_000, (socket) => socket.destroy());
server.maxConnections = Number(process.env.MAX_VERBINDUNGEN ?? 1000);
server.on('clientError', (_err, socket) => socket.destroy());
// Accepting fails when file handles run out (EMFILE): keep serving the connections there are.
server.on('error', (e) => {
  if (!server.listening) throw e;
  console.error(`Integrationsatlas: ${e.code ?? e.message}`);
});
server.listen(PORT, HOST, () => console.log(`Integrationsatlas: http://localhost:${PORT}/ (Ordner ${DIR}; beenden mit Strg+C)`));
