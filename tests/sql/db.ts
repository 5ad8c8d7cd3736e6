// A real Postgres for SQL tests: PGlite with our extensions, the local auth shim, every migration
// and (optionally) the seed. No mocks of our own database.
import { PGlite } from '@electric-sql/pglite';
import { applyMigrations } from '../../src/backend/local/migrate';
import { PGLITE_EXTENSIONS } from '../../src/backend/local/extensions';
import { readMigrations, readSeed } from '../../scripts/localDatabase';

export { readMigrations, readSeed, SHIM_NAME, repoRoot as root } from '../../scripts/localDatabase';
export const pgliteExtensions = PGLITE_EXTENSIONS;

/** `before`: SQL run on the empty database first, e.g. a hosted project's default privileges. */
export async function createTestDb(options: { seed?: boolean | string; before?: string } = {}): Promise<PGlite> {
  const db = await PGlite.create({ extensions: pgliteExtensions });
  if (options.before) await db.exec(options.before);
  await applyMigrations(db, readMigrations());
  if (options.seed) await db.exec(typeof options.seed === 'string' ? options.seed : readSeed());
  return db;
}
