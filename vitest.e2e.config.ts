import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in real headless Chromium (and Firefox, tests/e2e/firefox), one browser at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
