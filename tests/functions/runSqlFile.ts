// Runs a SQL file with psql as a person would (stop at the first error), for the deploy files in
// supabase/deploy/: 'ok', or the error text it stopped with.
import { execFileSync } from 'node:child_process';
import type { TempPostgres } from './tempPostgres';

export function runSqlFile(pg: TempPostgres, file: string): string {
  const url = new URL(pg.url);
  try {
    execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', url.hostname, '-p', url.port, '-U', 'postgres', '-d', url.pathname.slice(1), '-f', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return 'ok';
  } catch (e) {
    return String((e as { stderr?: string }).stderr);
  }
}
