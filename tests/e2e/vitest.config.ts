import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** End-to-end tests: real Chromium and Firefox driving the built extension (`npm run test:e2e`). */
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // One browser at a time on a two-core machine.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
