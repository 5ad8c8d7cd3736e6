import { defineConfig } from 'vitest/config';

// Tests against Postgres 15 in the shape of a hosted Supabase project, migrations applied by the
// Supabase CLI (tests/hosted/globalSetup.ts). One database serves every file, so files run one
// at a time and a test that commits cannot disturb another file's assumptions mid-run.
export default defineConfig({
  test: {
    include: ['tests/hosted/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/hosted/globalSetup.ts'],
    setupFiles: ['tests/hosted/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
