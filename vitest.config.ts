import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    // No test asserts speed (the benchmark measures it); the default 5 s limit only failed tests that render a
    // library of hundreds or read 5 MB inputs when the machine's load was above ten.
    testTimeout: 30_000,
    setupFiles: ['tests/support/setup-i18n.ts'],
  },
});
