import { defineConfig } from 'vitest/config';

// Unit and SQL tests run in Node; SQL tests use a real Postgres (PGlite), never a mock.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/sql/**/*.test.ts', 'tests/functions/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
