import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The bundled server (public/server.mjs, copied to out/) on loopback, with a few files beside it,
 * in a process limited to 128 file handles: methods, paths, redirects, headers, and a bounded
 * load of stalled and aborted connections after which it still answers.
 */
const PORT = 3300 + Math.floor(Math.random() * 500);
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;
let ordner: string;
let nebenan: string;
const ROH = 'console.log("Integrationsatlas");\n'.repeat(200);

beforeAll(async () => {
  const wurzel = mkdtempSync(path.join(os.tmpdir(), 'atlas-server-'));
  ordner = path.join(wurzel, 'out');
  nebenan = path.join(wurzel, 'out-alt');
  mkdirSync(path.join(ordner, 'karte'), { recursive: true });
  mkdirSync(path.join(ordner, 'einbetten', 'x'), { recursive: true });
  mkdirSync(nebenan);
  copyFileSync(path.resolve(__dirname, '../../public/server.mjs'), path.join(ordner, 'server.mjs'));
  writeFileSync(path.join(ordner, 'index.html'), '<!doctype html><h1>Start</h1>');
  writeFileSync(path.join(ordner, 'karte', 'index.html'), '<!doctype html><h1>Karte</h1>');
  writeFileSync(path.join(ordner, 'einbetten', 'x', 'index.html'), '<!doctype html><h1>Einbettung</h1>');
  writeFileSync(path.join(ordner, '404.html'), '<!doctype html><h1>Nicht gefunden</h1>');
  writeFileSync(path.join(ordner, 'gross.csv'), 'x'.repeat(4 * 1024 * 1024));
  // Precompressed copies as scripts/komprimieren.ts leaves them.
  writeFileSync(path.join(ordner, 'app.js'), ROH);
  writeFileSync(path.join(ordner, 'app.js.br'), brotliCompressSync(ROH));
  writeFileSync(path.join(ordner, 'app.js.gz'), gzipSync(ROH));
  writeFileSync(path.join(ordner, 'karte', 'index.html.gz'), gzipSync('<!doctype html><h1>Karte</h1>'));
  writeFileSync(path.join(ordner, 'csp.json'), JSON.stringify({ '/karte/': "default-src 'self'; script-src 'self' 'sha256-x'; frame-ancestors 'none'" }));
  writeFileSync(path.join(nebenan, 'geheim.txt'), 'GEHEIM');
  server = spawn('bash', ['-c', `ulimit -n 128; exec "${process.execPath}" server.mjs`], { cwd: ordner, env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server.mjs startet nicht');
}, 20_000);
afterAll(() => {
  server?.kill();
});

/** A raw request, as an attacker would write it; the status line and headers of the answer. */
function roh(anfrage: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = net.connect(PORT, '127.0.0.1', () => s.write(anfrage));
    let text = '';
    s.on('data', (d) => (text += d.toString('latin1')));
    s.on('end', () => resolve(text));
    s.on('error', reject);
    setTimeout(() => {
      s.destroy();
      resolve(text);
    }, 3000);
  });
}

describe('bundled server', () => {
  it('serves pages with their CSP and security headers; embeds frameable, pages not', async () => {
    const karte = await fetch(`${BASE}/karte/`);
    expect(karte.status).toBe(200);
    expect(karte.headers.get('content-security-policy')).toContain("script-src 'self' 'sha256-x'");
    expect(karte.headers.get('x-frame-options')).toBe('DENY');
    expect(karte.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(karte.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${BASE}/einbetten/x/`)).headers.get('x-frame-options')).toBeNull();
  });

  it('redirects a folder without its slash (308), answers 405 to other methods, 404 to what is not there', async () => {
    const r = await fetch(`${BASE}/karte?stichtag=2024-12-31`, { redirect: 'manual' });
    expect(r.status).toBe(308);
    expect(r.headers.get('location')).toBe('/karte/?stichtag=2024-12-31');
    for (const method of ['POST', 'DELETE', 'PUT']) expect((await fetch(`${BASE}/karte/`, { method })).status).toBe(405);
    expect(await roh('TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1.1 405/);
    const weg = await fetch(`${BASE}/gibt-es-nicht/`);
    expect(weg.status).toBe(404);
    expect(await weg.text()).toContain('Nicht gefunden');
  });

  it('never leaves its folder: dot segments, absolute-form targets, encoded slashes, neighbours with the same prefix', async () => {
    for (const ziel of ['/../out-alt/geheim.txt', '/%2e%2e/out-alt/geheim.txt', 'http://x/../out-alt/geheim.txt', 'http://x/../../../out-alt/geheim.txt', '/..%2fout-alt%2fgeheim.txt', '/%2e%2e%5cout-alt%5cgeheim.txt', '//etc/passwd']) {
      const antwort = await roh(`GET ${ziel} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(antwort, ziel).not.toContain('GEHEIM');
      expect(antwort, ziel).not.toContain('root:');
      expect(antwort, ziel).toMatch(/^HTTP\/1.1 (400|404)/);
    }
  });

  it('survives stalled and aborted connections and then answers again', async () => {
    const stehend: net.Socket[] = [];
    for (let i = 0; i < 300; i++) {
      const s = net.connect(PORT, '127.0.0.1');
      s.on('error', () => undefined);
      s.write('GET /gross.csv HTTP/1.1\r\nHost: x\r\n\r\n');
      s.pause();
      stehend.push(s);
    }
    for (let i = 0; i < 100; i++) {
      const s = net.connect(PORT, '127.0.0.1');
      s.on('error', () => undefined);
      s.write('GET /gross.csv HTTP/1.1\r\nHo');
      setTimeout(() => s.destroy(), 5);
    }
    await new Promise((r) => setTimeout(r, 1500));
    expect(server.exitCode).toBeNull();
    for (const s of stehend) s.destroy();
    await new Promise((r) => setTimeout(r, 500));
    const r = await fetch(`${BASE}/`);
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('Start');
  }, 30_000);

  it('sends the precompressed copy a browser accepts, brotli first, and says so', async () => {
    const holen = (kodierung: string) => new Promise<{ kopf: Record<string, string | string[] | undefined>; daten: Buffer }>((resolve, reject) => {
      import('node:http').then(({ get }) =>
        get(`${BASE}/app.js`, { headers: { 'Accept-Encoding': kodierung } }, (r) => {
          const teile: Buffer[] = [];
          r.on('data', (d: Buffer) => teile.push(d));
          r.on('end', () => resolve({ kopf: r.headers, daten: Buffer.concat(teile) }));
        }).on('error', reject),
      );
    });
    const br = await holen('gzip, deflate, br');
    expect(br.kopf['content-encoding']).toBe('br');
    expect(br.kopf.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.daten).toString()).toBe(ROH);
    const gz = await holen('br;q=0, gzip');
    expect(gz.kopf['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.daten).toString()).toBe(ROH);
    const ohne = await holen('identity');
    expect(ohne.kopf['content-encoding']).toBeUndefined();
    expect(ohne.daten.toString()).toBe(ROH);
    // A page with only a gzip copy: gzip even when brotli is asked for first.
    const seite = await fetch(`${BASE}/karte/`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(await seite.text()).toContain('Karte');
  });
});
