// A real Postgres for SQL tests: PGlite with our extensions, the local auth shim, every migration
// and (optionally) the seed. No mocks of our own database.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { applyMigrations, type Migration } from '../../src/backend/local/migrate';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const pgliteExtensions = { pg_trgm, cube, earthdistance, unaccent };

/** The shim runs as the first "migration" so it is tracked like the rest. */
export const SHIM_NAME = '00000000000000_local_auth_shim.sql';

export function readMigrations(): Migration[] {
  const dir = join(root, 'supabase', 'migrations');
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  return [
    { name: SHIM_NAME, sql: readFileSync(join(root, 'supabase', 'local', 'auth_shim.sql'), 'utf8') },
    ...files.map((f) => ({ name: f, sql: readFileSync(join(dir, f), 'utf8') })),
  ];
}

export function readSeed(): string {
  const file = join(root, 'supabase', 'seed.sql');
  if (!existsSync(file)) throw new Error('supabase/seed.sql is missing: run `npx tsx scripts/seed-sql.ts`');
  return readFileSync(file, 'utf8');
}

export async function createTestDb(options: { seed?: boolean | string } = {}): Promise<PGlite> {
  const db = await PGlite.create({ extensions: pgliteExtensions });
  await applyMigrations(db, readMigrations());
  if (options.seed) await db.exec(typeof options.seed === 'string' ? options.seed : readSeed());
  return db;
}
