import { createHash } from 'node:crypto';

/**
 * Content Security Policy of the built site without 'unsafe-inline' for scripts: each page
 * allows exactly the inline scripts it holds, by their SHA-256. Styles keep 'unsafe-inline'
 * (React style attributes); no script can come from anywhere but the site itself.
 */

/** SHA-256 (base64) of every inline <script> of a page, in order, without duplicates. */
export function inlineHashes(html: string): string[] {
  const out: string[] = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const attrs = m[1] ?? '';
    const inhalt = m[2] ?? '';
    if (/\bsrc\s*=/.test(attrs) || inhalt === '') continue;
    if (/\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attrs)) continue;
    const h = `'sha256-${createHash('sha256').update(inhalt, 'utf8').digest('base64')}'`;
    if (!out.includes(h)) out.push(h);
  }
  return out;
}

export interface CspOptionen {
  /** Pages meant for iframes on other sites (/einbetten/…). */
  einbettbar: boolean;
  /** Origin of a configured tile server (images only), if any. */
  kachelHerkunft?: string;
}

/** The policy of one page. */
export function csp(hashes: readonly string[], { einbettbar, kachelHerkunft }: CspOptionen): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${kachelHerkunft ? ` ${kachelHerkunft}` : ''}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${einbettbar ? '*' : "'none'"}`,
  ].join('; ');
}

/** Headers every response gets besides its CSP. */
export const SICHERHEITS_HEADER: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The policy of responses that are not pages (data, scripts, images): nothing may run or frame them. */
export const CSP_DATEIEN = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'";

/** Whether a URL path is an embed page. */
export const istEinbettung = (pfad: string) => pfad.startsWith('/einbetten/');
