// A throwaway Postgres 15 prepared in the shape of a hosted Supabase project (shape/*.sql), with
// every migration applied by the real Supabase CLI (`supabase db push --db-url`) and the seed
// loaded as postgres, as someone deploying this repo would. Temp dir, free port, removed by stop().
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../freePort';
import { repoRoot } from '../localDatabase';
import { requirePackages } from '../system/requirements';

export type HostedRole = 'supabase_admin' | 'postgres' | 'authenticator';

/** Everything a client needs to connect; plain data, so Vitest can `provide` it to tests. */
export interface HostedDbInfo {
  host: string;
  port: number;
  database: string;
  passwords: Record<HostedRole, string>;
}

export interface HostedDb extends HostedDbInfo {
  /** Milliseconds per step: cluster (initdb + start), shape, push, seed. */
  timings: Record<string, number>;
  stop(): Promise<void>;
}

export interface HostedDbOptions {
  /** SQL files loaded with psql as postgres after the migrations; [] for none. */
  seedFiles?: string[];
  log?: (line: string) => void;
}

const PGBIN = process.env.PGBIN ?? '/usr/lib/postgresql/15/bin';
const SHAPE_DIR = join(repoRoot, 'scripts', 'hosted-db', 'shape');
const MIGRATIONS_DIR = join(repoRoot, 'supabase', 'migrations');
const SUPABASE_CLI = join(repoRoot, 'node_modules', '.bin', 'supabase');
const DATABASE = 'postgres';

/** The demo seed once it has moved to supabase/demo/, the old single seed until then. */
export function defaultSeedFiles(): string[] {
  const demo = join(repoRoot, 'supabase', 'demo', 'seed.sql');
  return [existsSync(demo) ? demo : join(repoRoot, 'supabase', 'seed.sql')];
}

export function connectionUrl(info: HostedDbInfo, role: HostedRole): string {
  return `postgresql://${role}:${info.passwords[role]}@${info.host}:${info.port}/${info.database}?sslmode=disable`;
}

export async function startHostedDb(options: HostedDbOptions = {}): Promise<HostedDb> {
  const log = options.log ?? ((line: string) => console.log(`hosted-db: ${line}`));
  const seedFiles = options.seedFiles ?? defaultSeedFiles();
  checkPrerequisites(seedFiles);

  // Postgres refuses to run as root; as root (CI) the server runs as the postgres system user.
  const asServerUser = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  const serverUid = asServerUser.length > 0 ? postgresUid() : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'commonground-hosted-'));
  chmodSync(dir, 0o755);
  if (serverUid !== undefined) chownSync(dir, serverUid, -1);
  const info: HostedDbInfo = {
    host: '127.0.0.1',
    port: 0,
    database: DATABASE,
    passwords: { supabase_admin: secret(), postgres: secret(), authenticator: secret() },
  };
  const timings: Record<string, number> = {};
  const pgCtlStop = [...asServerUser, join(PGBIN, 'pg_ctl'), '-D', join(dir, 'data'), '-m', 'immediate', 'stop'];
  const watcher = removeWhenGone(dir, pgCtlStop);
  const stop = async () => {
    watcher.kill();
    if (existsSync(join(dir, 'data', 'postmaster.pid'))) await run(pgCtlStop).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };

  const step = async (name: string, work: () => Promise<void>) => {
    const started = performance.now();
    await work();
    timings[name] = Math.round(performance.now() - started);
  };

  try {
    await step('cluster', async () => {
      const pwfile = join(dir, 'pwfile');
      writeFileSync(pwfile, info.passwords.supabase_admin, { mode: 0o600 });
      if (serverUid !== undefined) chownSync(pwfile, serverUid, -1);
      await run([
        ...asServerUser,
        join(PGBIN, 'initdb'),
        '-D',
        join(dir, 'data'),
        '-U',
        'supabase_admin',
        `--pwfile=${pwfile}`,
        '-A',
        'scram-sha-256',
        '-E',
        'UTF8',
        '--no-sync',
      ]);
      rmSync(pwfile);
      info.port = await freePort();
      await run([
        ...asServerUser,
        join(PGBIN, 'pg_ctl'),
        '-D',
        join(dir, 'data'),
        '-l',
        join(dir, 'server.log'),
        '-w',
        '-o',
        [
          `-p ${info.port}`,
          `-k ${dir}`,
          "-c listen_addresses='127.0.0.1'",
          '-c fsync=off -c synchronous_commit=off -c full_page_writes=off',
          // pg_cron as on a hosted project; background workers so jobs run without a password.
          "-c shared_preload_libraries='pg_cron'",
          `-c cron.database_name='${DATABASE}'`,
          '-c cron.use_background_workers=on',
        ].join(' '),
        'start',
      ]);
    });

    await step('shape', async () => {
      const vars = ['-v', `postgres_password=${info.passwords.postgres}`, '-v', `authenticator_password=${info.passwords.authenticator}`];
      for (const file of readdirSync(SHAPE_DIR)
        .filter((f) => f.endsWith('.sql'))
        .sort()) {
        await psql(info, 'supabase_admin', ['-1', ...vars, '-f', join(SHAPE_DIR, file)]);
      }
    });

    await step('push', async () => {
      await run([SUPABASE_CLI, 'db', 'push', '--db-url', connectionUrl(info, 'postgres'), '--yes', '--workdir', repoRoot], {
        // Offline and private: no telemetry, no update check, no state in the user's ~/.supabase.
        SUPABASE_TELEMETRY_DISABLED: '1',
        DO_NOT_TRACK: '1',
        SUPABASE_NO_UPDATE_NOTIFIER: '1',
        SUPABASE_HOME: join(dir, 'supabase-home'),
      });
      await assertEveryMigrationRecorded(info);
    });

    await step('seed', async () => {
      for (const file of seedFiles) await psql(info, 'postgres', ['-1', '-f', file]);
    });
  } catch (error) {
    await stop();
    throw error;
  }
  log(
    `ready on port ${info.port} (${Object.entries(timings)
      .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`)
      .join(', ')})`,
  );
  return { ...info, timings, stop };
}

/**
 * Stops and removes the cluster once this process is gone, however it ended: Ctrl-C, a crash, or
 * SIGKILL (tsx kills a child that does not answer a relayed signal within 30 ms). A detached
 * shell, so it outlives us; stop() ends it when it is not needed.
 */
function removeWhenGone(dir: string, pgCtlStop: string[]): ChildProcess {
  const script = 'while kill -0 "$1" 2>/dev/null; do sleep 1; done; shift; "$@" >/dev/null 2>&1; rm -rf "$CLUSTER_DIR"';
  const watcher = spawn('bash', ['-c', script, 'hosted-db-watcher', String(process.pid), ...pgCtlStop], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, CLUSTER_DIR: dir },
  });
  watcher.unref();
  return watcher;
}

function checkPrerequisites(seedFiles: string[]) {
  requirePackages(['postgresql-15', 'postgresql-client-15', 'postgresql-15-cron'], 'The hosted-shape database');
  if (!existsSync(SUPABASE_CLI)) throw new Error(`The Supabase CLI is missing (${SUPABASE_CLI}): run npm ci`);
  const absent = seedFiles.filter((f) => !existsSync(f));
  if (absent.length > 0) throw new Error(`Seed file not found: ${absent.join(', ')}`);
}

/** The CLI records each file's version (the name up to the first `_`); all of them must be there. */
async function assertEveryMigrationRecorded(info: HostedDbInfo) {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const recorded = new Set((await psql(info, 'postgres', ['-At', '-c', 'select version from supabase_migrations.schema_migrations'])).split('\n').filter(Boolean));
  const missing = files.filter((f) => !recorded.has(f.split('_')[0]));
  if (missing.length > 0) {
    throw new Error(`supabase db push did not record these migrations in supabase_migrations.schema_migrations: ${missing.join(', ')}`);
  }
}

function psql(info: HostedDbInfo, role: HostedRole, args: string[]): Promise<string> {
  return run(['psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', info.host, '-p', String(info.port), '-U', role, '-d', info.database, ...args], {
    PGPASSWORD: info.passwords[role],
    PGOPTIONS: '-c client_min_messages=warning',
  });
}

/** Runs a program, resolving with its stdout; rejects with everything it printed. */
function run(argv: string[], env: Record<string, string> = {}): Promise<string> {
  const [command, ...args] = argv;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => reject(new Error(`${command}: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(redact(`${argv.join(' ')} failed (exit ${code}):\n${stdout}${stderr}`)));
    });
  });
}

function secret(): string {
  return randomBytes(18).toString('hex');
}

function postgresUid(): number {
  try {
    return Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  } catch {
    throw new Error('Running as root needs the postgres system user, which the Debian package postgresql-15 creates');
  }
}

/** Throwaway passwords still stay out of error messages. */
function redact(text: string): string {
  return text.replace(/(postgresql:\/\/[^:]+:)[^@]+@/g, '$1***@').replace(/(_password=)\S+/g, '$1***');
}
