// Vitest global setup: makes the seeded local database once per run (initdb, every migration and
// the sample seed, as the browser's snapshot is made) and leaves it in a temporary file, so each
// SQL test file that needs it loads that copy instead of building its own (about 3 s each).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTestDb, SEEDED_DB_FILE_ENV } from './db';

export async function setup() {
  const db = await buildTestDb({ seed: true });
  const dir = mkdtempSync(join(tmpdir(), 'cg-seeded-db-'));
  const file = join(dir, 'seeded.tar');
  writeFileSync(file, Buffer.from(await (await db.dumpDataDir('none')).arrayBuffer()));
  await db.close();
  // Test files run in forks of this process, which inherit its environment.
  process.env[SEEDED_DB_FILE_ENV] = file;
  return () => rmSync(dir, { recursive: true, force: true });
}
