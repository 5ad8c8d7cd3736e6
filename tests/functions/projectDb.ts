// The project's database on a throwaway native Postgres: the local auth shim, every migration
// and the demo seed, as scripts/pgtap.sh applies them. Swap startTempPostgres for a hosted-shape
// harness here and both function tests follow.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTempPostgres, type TempPostgres } from './tempPostgres';
import { repoRoot } from './denoFunction';

export function startProjectDb(): Promise<TempPostgres> {
  const dir = join(repoRoot, 'supabase', 'migrations');
  const migrations = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => join(dir, f));
  return startTempPostgres([join(repoRoot, 'supabase', 'local', 'auth_shim.sql'), ...migrations, join(repoRoot, 'supabase', 'demo', 'seed.sql')]);
}
