import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app served by `vite preview`, driven by Playwright in the system
// Chromium. One file at a time: two cores cannot run several WebGL browsers well.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
