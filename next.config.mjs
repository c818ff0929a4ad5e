import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/** Disclosure threshold of the published data, for the "withheld" text (see lib/format.ts). */
function schwelle() {
  const dir = process.env.INTEGRATIONSATLAS_DATA || path.join(ROOT, 'data');
  try {
    return String(JSON.parse(readFileSync(path.join(dir, 'published', 'kommune.json'), 'utf8')).geheimhaltung.schwellenwert);
  } catch {
    return '3';
  }
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // With output 'export' the distDir is the export folder: `out/`, or a fixture's site in the tests.
  distDir: process.env.INTEGRATIONSATLAS_OUT || 'out',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  env: { NEXT_PUBLIC_GEHEIM_SCHWELLE: schwelle() },
  experimental: {
    // The 404 page is a document of its own (app/global-not-found.tsx), not part of every page's payload.
    globalNotFound: true,
    // One page-generating worker per core: Next's default (cores − 1) leaves a core idle while its
    // main process waits for the workers (2 cores, bench-bau with 270 finest areas: static generation 62 → 38 s).
    cpus: os.availableParallelism(),
  },
};

export default nextConfig;
