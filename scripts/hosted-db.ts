// The hosted-shape Postgres 15 from the command line (see scripts/hosted-db/hostedDb.ts).
//
//   npx tsx scripts/hosted-db.ts test                   both suites on it (npm run test:hosted):
//                                                       pgTAP, then Vitest (vitest.hosted.config.ts)
//   npx tsx scripts/hosted-db.ts pgtap [file.sql ...]   run supabase/tests/ with pg_prove on it
//   npx tsx scripts/hosted-db.ts up                     start it, print the URLs, stop on Ctrl-C
//
// Options: --seed FILE (repeatable; default supabase/demo/seed.sql, else supabase/seed.sql),
// --no-seed. The cluster is removed when the command ends, pass or fail. pgTAP leaves its helper
// schema behind, so Vitest gets a cluster of its own (its globalSetup starts one).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { connectionUrl, startHostedDb, type HostedDb } from './hosted-db/hostedDb';
import { repoRoot } from './localDatabase';
import { requirePackages } from './system/requirements';

async function main(argv: string[]): Promise<number> {
  const { command, files, seedFiles } = parseArgs(argv);
  if (command === 'test') {
    if (files.length > 0) throw new Error('`test` runs every file; use `pgtap FILE` or `npx vitest run --config vitest.hosted.config.ts FILE`');
    // Both suites always run, so one run reports every failure.
    const pgtapCode = await main(['pgtap', ...argv.slice(1)]);
    const seedEnv: Record<string, string> = seedFiles ? { HOSTED_DB_SEED: seedFiles.join(',') } : {};
    const vitestCode = await exec('npx', ['vitest', 'run', '--config', 'vitest.hosted.config.ts'], seedEnv);
    return pgtapCode || vitestCode;
  }
  if (command === 'pgtap') requirePackages(['postgresql-15-pgtap', 'libtap-parser-sourcehandler-pgtap-perl'], 'pgTAP on the hosted shape');
  const db = await startHostedDb({ seedFiles });
  try {
    return command === 'pgtap' ? await pgtap(db, files) : await up(db);
  } finally {
    await db.stop();
  }
}

/** As `supabase test db` does: pgtap created by postgres if missing, then pg_prove. */
async function pgtap(db: HostedDb, files: string[]): Promise<number> {
  const env = { PGHOST: db.host, PGPORT: String(db.port), PGUSER: 'postgres', PGPASSWORD: db.passwords.postgres, PGDATABASE: db.database };
  const setup = await exec('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', 'create extension if not exists pgtap with schema extensions'], env);
  if (setup !== 0) return setup;
  const testDir = resolve(repoRoot, 'supabase', 'tests');
  const all = readdirSync(testDir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  return exec('pg_prove', ['--failures', ...(files.length > 0 ? files : all)], env, testDir);
}

async function up(db: HostedDb): Promise<number> {
  for (const role of ['postgres', 'authenticator', 'supabase_admin'] as const) console.log(`${role.padEnd(15)} ${connectionUrl(db, role)}`);
  console.log('Ctrl-C stops and removes it.');
  setInterval(() => {}, 60_000); // a pending promise alone would let Node exit at once
  await new Promise(() => {});
  return 0;
}

function exec(command: string, args: string[], env: Record<string, string>, cwd = repoRoot): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env, PGOPTIONS: '-c client_min_messages=warning' }, stdio: 'inherit' });
    child.on('error', fail);
    child.on('close', (code) => done(code ?? 1));
  });
}

function parseArgs(argv: string[]) {
  const [command, ...rest] = argv;
  if (command !== 'test' && command !== 'pgtap' && command !== 'up') {
    throw new Error('Usage: tsx scripts/hosted-db.ts test | pgtap [file.sql ...] | up  [--seed FILE ...] [--no-seed]');
  }
  const files: string[] = [];
  let seedFiles: string[] | undefined;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--no-seed') seedFiles = [];
    else if (rest[i] === '--seed') (seedFiles ??= []).push(resolve(rest[++i] ?? ''));
    else files.push(rest[i]);
  }
  return { command, files, seedFiles };
}

// On Ctrl-C or a kill, exit at once: hostedDb.ts's watcher stops and removes the cluster.
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
