// Node's view of the local database: the migrations and seed read from disk, in the order and
// under the names the browser worker uses (src/backend/local/migrations.ts), so a snapshot built
// here and a database migrated there record the same history.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Migration } from '../src/backend/local/migrate';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The shim runs as the first "migration" so it is tracked like the rest. */
export const SHIM_NAME = '00000000000000_local_auth_shim.sql';

export function readMigrations(): Migration[] {
  const dir = join(repoRoot, 'supabase', 'migrations');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  return [
    { name: SHIM_NAME, sql: readFileSync(join(repoRoot, 'supabase', 'local', 'auth_shim.sql'), 'utf8') },
    ...files.map((f) => ({ name: f, sql: readFileSync(join(dir, f), 'utf8') })),
  ];
}

export function readSeed(): string {
  const file = join(repoRoot, 'supabase', 'demo', 'seed.sql');
  if (!existsSync(file)) throw new Error('supabase/demo/seed.sql is missing: run `npx tsx scripts/seed-sql.ts`');
  return readFileSync(file, 'utf8');
}
