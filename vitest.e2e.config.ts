import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app served by `vite preview`, driven by Playwright in the system
// Chromium. Two files at a time: each test spends much of its time waiting on its own browser,
// so two browsers share two cores well (the whole suite in about 60% of the time of one at a
// time). The files that close and reopen tabs while the local database is starting or busy run
// alone afterwards: how quickly a closed tab's database worker goes away depends on how busy the
// machine is, and those tests are about exactly that moment.
const ALONE = ['tests/e2e/import-interrupted.e2e.ts', 'tests/e2e/local-db.e2e.ts', 'tests/e2e/local-db-churn.e2e.ts', 'tests/e2e/signed-in-start.e2e.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.e2e.ts'], exclude: ALONE, maxWorkers: 2, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'e2e-alone', include: ALONE, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
