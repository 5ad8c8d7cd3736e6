// A throwaway native Postgres 15 for tests that need a real server (an Edge Function connects to
// it over TCP): a cluster in a temp dir on a free port, trust auth on 127.0.0.1 only, removed by
// stop(). Run as root, it runs the server as the `postgres` system user, like scripts/pgtap.sh.
// Small on purpose: a hosted-shape harness can stand in for it with the same three members.
import { execFileSync } from 'node:child_process';
import { chownSync, chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempPostgres {
  /** postgres://postgres@127.0.0.1:<port>/<db>, for clients outside this process. */
  url: string;
  /** Runs SQL with psql and returns its unaligned, tuples-only output (`-At`). */
  psql(sql: string): string;
  stop(): void;
}

const PGBIN = process.env.PGBIN ?? '/usr/lib/postgresql/15/bin';
const DB = 'commonground';

function requirePrograms(): void {
  const missing: string[] = [];
  for (const p of ['initdb', 'pg_ctl', 'postgres']) if (!existsSync(join(PGBIN, p))) missing.push(`postgresql-15 (${PGBIN}/${p})`);
  try {
    execFileSync('psql', ['--version'], { stdio: 'ignore' });
  } catch {
    missing.push('postgresql-client-15 (psql)');
  }
  if (missing.length) throw new Error(`A native Postgres 15 is needed; missing: ${missing.join(', ')}. Install with: bash scripts/setup-system.sh`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts the cluster and applies `files` (paths of .sql files), each in one transaction, in order. */
export async function startTempPostgres(files: string[]): Promise<TempPostgres> {
  requirePrograms();
  const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  const run = (cmd: string, args: string[]) => {
    const [bin, ...rest] = [...asPostgres, cmd, ...args];
    return execFileSync(bin, rest, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  };
  const dir = mkdtempSync(join(tmpdir(), 'commonground-pg-'));
  chmodSync(dir, 0o755);
  if (asPostgres.length) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), 0);
  let port = await freePort();
  while (port === 5432 || port === 54329) port = await freePort();

  const stop = () => {
    try {
      run(join(PGBIN, 'pg_ctl'), ['-D', join(dir, 'data'), '-m', 'immediate', 'stop']);
    } catch {
      // not running
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run(join(PGBIN, 'initdb'), ['-D', join(dir, 'data'), '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
    run(join(PGBIN, 'pg_ctl'), [
      '-D',
      join(dir, 'data'),
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      'start',
    ]);
    const base = ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres'];
    const env = { ...process.env, PGOPTIONS: '-c client_min_messages=warning' };
    execFileSync('psql', [...base, '-d', 'postgres', '-c', `create database ${DB}`], { env });
    // Like Supabase, where the API roles' search_path includes the extensions schema.
    execFileSync('psql', [...base, '-d', DB, '-c', `alter database ${DB} set search_path = "$user", public, extensions`], { env });
    for (const f of files) {
      try {
        execFileSync('psql', [...base, '-1', '-d', DB, '-f', f], { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
      } catch (e) {
        throw new Error(`Applying ${f} failed: ${(e as { stderr?: string }).stderr ?? e}`);
      }
    }
    return {
      url: `postgres://postgres@127.0.0.1:${port}/${DB}`,
      psql: (sql) => execFileSync('psql', [...base, '-At', '-d', DB, '-c', sql], { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).trim(),
      stop,
    };
  } catch (e) {
    stop();
    throw e;
  }
}
