// Starts the hosted-shape database once for the whole run: a throwaway cluster, the migrations
// pushed by the Supabase CLI, the seed loaded. HOSTED_DB_SEED picks other seed files
// (comma-separated paths; empty for none).
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startHostedDb, type HostedDb, type HostedDbInfo } from '../../scripts/hosted-db/hostedDb';

let db: HostedDb | undefined;

export async function setup(project: TestProject) {
  const seed = process.env.HOSTED_DB_SEED;
  db = await startHostedDb({
    seedFiles:
      seed === undefined
        ? undefined
        : seed
            .split(',')
            .filter(Boolean)
            .map((f) => resolve(f)),
  });
  const { host, port, database, passwords } = db;
  project.provide('hostedDb', { host, port, database, passwords });
}

export async function teardown() {
  await db?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    hostedDb: HostedDbInfo;
  }
}
