import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  // The atlas is a static multi-page site: links are plain <a> and load the page, whose data is
  // inline in its HTML (no RSC payload files are published, see scripts/ohne-rsc-dateien.ts).
  { rules: { '@next/next/no-html-link-for-pages': 'off' } },
  { ignores: ['node_modules/**', '.next/**', 'out/**', 'out-fixture/**', 'out-bench-*/**', 'data/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
];

export default config;
