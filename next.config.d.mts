// The type of next.config.mjs for the build's own scripts (scripts/ohne-laufzeit.ts reads its `env`).
import type { NextConfig } from 'next';

declare const nextConfig: NextConfig;
export default nextConfig;
