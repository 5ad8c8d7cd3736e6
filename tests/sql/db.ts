// A real Postgres for SQL tests: PGlite with our extensions, the local auth shim, every migration
// and (optionally) the seed. No mocks of our own database.
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { applyMigrations } from '../../src/backend/local/migrate';
import { PGLITE_EXTENSIONS } from '../../src/backend/local/extensions';
import { readMigrations, readSeed } from '../../scripts/localDatabase';

export { readMigrations, readSeed, SHIM_NAME, repoRoot as root } from '../../scripts/localDatabase';
export const pgliteExtensions = PGLITE_EXTENSIONS;

/** Where the run's seeded database is (tests/sql/seededDbSetup.ts), when Vitest made one. */
export const SEEDED_DB_FILE_ENV = 'CG_SEEDED_DB_FILE';

/**
 * `before`: SQL run on the empty database first, e.g. a hosted project's default privileges.
 * A plain seeded database is loaded from the copy the run made once, when there is one.
 */
export async function createTestDb(options: { seed?: boolean | string; before?: string } = {}): Promise<PGlite> {
  const seeded = process.env[SEEDED_DB_FILE_ENV];
  if (options.seed === true && !options.before && seeded) {
    return PGlite.create({ extensions: pgliteExtensions, loadDataDir: new Blob([readFileSync(seeded)]) });
  }
  return buildTestDb(options);
}

/** A new database: initdb, every migration, then the seed if asked for. */
export async function buildTestDb(options: { seed?: boolean | string; before?: string } = {}): Promise<PGlite> {
  const db = await PGlite.create({ extensions: pgliteExtensions });
  if (options.before) await db.exec(options.before);
  await applyMigrations(db, readMigrations());
  if (options.seed) await db.exec(typeof options.seed === 'string' ? options.seed : readSeed());
  return db;
}
