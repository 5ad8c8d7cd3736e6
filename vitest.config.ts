import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

// Unit and SQL tests run in Node; SQL tests use a real Postgres (PGlite), never a mock.
// Solid resolves to its browser build (the plugin does so in test mode), so `createX` primitives
// run reactively under createRoot: effects fire and resources resolve as they do in the page.
export default defineConfig({
  plugins: [solid()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/sql/**/*.test.ts', 'tests/functions/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/sql/seededDbSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
