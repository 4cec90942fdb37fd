import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built renderer in Debian's Chromium, driven by Playwright, against the real handler table. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
