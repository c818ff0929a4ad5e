import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    // Ingest-level tests read the whole bundled data set; CI machines may be slower.
    testTimeout: 20_000,
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'components/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/fast-check.setup.ts'],
    globalSetup: ['tests/unit/tmp.global.ts'],
  },
});
