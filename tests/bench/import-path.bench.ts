// A partner file end to end, as a moderator imports it: read (decode + parse + map + validate a
// File, as the import worker does), check (the duplicate check against the map, in requests of
// 1,000 rows, as the wizard sends them) and commit (one api.commit_import), into a database that
// already holds 20,000 listings. Twice: PGlite in Node (local mode) and native Postgres 15 in the
// shape of a hosted Supabase project, called as PostgREST calls it (Supabase mode).
// The naive baseline in the same run is the path as it was before the set-based work: the
// duplicate check bound by row-level security (it could not use its index, so every row read
// every listing) and the row-by-row commit, on a smaller file because they slow down with it.
// The check runs as the app runs it: on this machine (src/features/import/candidateIndex.ts, from
// one api.import_listings read), and, for the figure beside it, in the database
// (api.import_candidates, the set-based SQL); both must find the same possible duplicates.
// Run: npx tsx tests/bench/import-path.bench.ts   (or npm run bench import-path)
// IMPORT_PATH_ROWS (default 10000,100000), IMPORT_PATH_BASELINE_ROWS (default 200; 0 skips the
// baseline), IMPORT_PATH_ENGINES (default pglite,native).
// Supabase gives the authenticated role an 8 s statement timeout, so a request that takes longer
// is refused there; the bench lifts it to time the engine and says which requests would be.
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import type { ImportBatch, ImportCandidate, ImportListings, CommitRow } from '../../src/backend/api';
import { applyMigrations } from '../../src/backend/local/migrate';
import { personaClaims, PERSONAS } from '../../src/backend/personas';
import { createOfflineGeocoder } from '../../src/domain/geocoder';
import { localCandidates } from '../../src/features/import/candidateIndex';
import { buildCommit, planImport, type CandidateQuery } from '../../src/features/import/plan';
import { runImport } from '../../src/features/import/runImport';
import { connectionUrl, startHostedDb } from '../../scripts/hosted-db/hostedDb';
import { generatePartnerCsv, parsePostcodeTable } from '../fixtures/import/generatePartnerCsv';
import { rpc } from '../sql/as';
import { pgliteExtensions, readMigrations, readSeed } from '../sql/db';

const SIZES = (process.env.IMPORT_PATH_ROWS ?? '10000,100000').split(',').map(Number);
const ENGINES = (process.env.IMPORT_PATH_ENGINES ?? 'pglite,native').split(',');
const SUPABASE_TIMEOUT_MS = 8_000;
const BASELINE_ROWS = Number(process.env.IMPORT_PATH_BASELINE_ROWS ?? 200);
const EXISTING = 20_000;
const SET_BASED_CHECK = '20261202160000'; // the duplicate check as the definer
const SET_BASED_COMMIT = '20261202140000'; // the commit as bulk SQL

const categories = (JSON.parse(readFileSync('data/categories.json', 'utf8')) as { slug: string; label: string }[]).map((c) => ({ slug: c.slug, label: c.label }));
const postcodeText = readFileSync('data/postcodes.csv', 'utf8');
const postcodes = parsePostcodeTable(postcodeText);
const geocoder = createOfflineGeocoder(postcodeText);
const moderator = personaClaims(PERSONAS.find((p) => p.id === 'moderator')!);

/** What the app calls: the duplicate check and the commit, on one engine. */
interface Engine {
  candidates: (partner: string, rows: CandidateQuery[]) => Promise<ImportCandidate[]>;
  listings: (partner: string) => Promise<ImportListings>;
  commit: (partner: string, rows: CommitRow[]) => Promise<ImportBatch>;
  close: () => Promise<void>;
}

function partnerFile(rows: number, seed: number): Blob {
  return new Blob([generatePartnerCsv({ rows, seed, postcodes, categories: categories.map((c) => c.label) })]);
}

/** The partner's 20,000 listings already on the map, committed as an import of their own. */
async function existingListings(): Promise<CommitRow[]> {
  const read = await runImport(partnerFile(EXISTING, 7), { categories });
  const plan = await planImport(read.rows, { geocoder, candidates: async (rows) => rows.map((r) => ({ row: r.row, external_match: null, similar: [] })) });
  return buildCommit(plan, new Map(plan.planned.filter((p) => !p.repeats).map((p) => [p.row, { action: 'insert' as const }]))).rows.filter((r) => r.action !== 'skip');
}

async function pglite(migrationsBefore?: string): Promise<Engine> {
  const db = await PGlite.create({ extensions: pgliteExtensions });
  await applyMigrations(
    db,
    readMigrations().filter((m) => !migrationsBefore || m.name < migrationsBefore),
  );
  await db.exec(readSeed());
  return {
    candidates: (partner, rows) => rpc(db, 'moderator', 'import_candidates', { partner, rows }),
    listings: (partner) => rpc(db, 'moderator', 'import_listings', { partner }),
    commit: (partner, rows) => rpc(db, 'moderator', 'commit_import', { partner, file_name: 'bench.csv', org_id: null, rows, report: [] }),
    close: () => db.close(),
  };
}

async function native(): Promise<Engine> {
  const hosted = await startHostedDb({ log: () => {} });
  const sql = postgres(connectionUrl(hosted, 'authenticator'), { max: 1, onnotice: () => {} });
  const call = <T>(fn: string, args: string, params: unknown[]) =>
    sql.begin(async (tx) => {
      await tx`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${JSON.stringify(moderator)}, true),
                      set_config('statement_timeout', '0', true)`;
      const [r] = await tx.unsafe(`select api.${fn}(${args}) as r`, params as never[]);
      return r.r as T;
    }) as Promise<T>;
  return {
    // postgres.js sends an object given for a jsonb parameter as JSON (a string would be encoded twice).
    candidates: (partner, rows) => call('import_candidates', 'partner => $1, rows => $2::jsonb', [partner, rows]),
    listings: (partner) => call('import_listings', 'partner => $1', [partner]),
    commit: (partner, rows) =>
      call('commit_import', "partner => $1, file_name => 'bench.csv', org_id => null, rows => $2::jsonb, report => '[]'::jsonb", [partner, rows]),
    close: async () => {
      await sql.end({ timeout: 5 });
      await hosted.stop();
    },
  };
}

type Times = { read: number; check: number; checkInDatabase: number | null; commit: number; rows: number; similar: number; slowestCheck: number };

/** One file through the whole path, as the wizard runs it. */
async function importFile(engine: Engine, rows: number, options: { inDatabase: boolean } = { inDatabase: true }): Promise<Times> {
  const file = partnerFile(rows, 42);
  let t = performance.now();
  const read = await runImport(file, { categories });
  const readMs = performance.now() - t;
  t = performance.now();
  let slowestCheck = 0;
  const timed = (candidates: (q: CandidateQuery[]) => Promise<ImportCandidate[]>) => async (q: CandidateQuery[]) => {
    const t0 = performance.now();
    const answer = await candidates(q);
    slowestCheck = Math.max(slowestCheck, performance.now() - t0);
    return answer;
  };
  const plan = await planImport(read.rows, { geocoder, candidates: timed(localCandidates(() => engine.listings('Bench partner'))) });
  const checkMs = performance.now() - t;
  let checkInDatabase: number | null = null;
  if (options.inDatabase) {
    t = performance.now();
    const sqlPlan = await planImport(read.rows, { geocoder, candidates: (q) => engine.candidates('Bench partner', q) });
    checkInDatabase = performance.now() - t;
    const answer = (p: (typeof plan.planned)[number]) => JSON.stringify([p.row, p.status, p.target_id, p.similar]);
    const differ = plan.planned.findIndex((p, i) => answer(p) !== answer(sqlPlan.planned[i]));
    if (differ >= 0) {
      throw new Error(
        `The check on this machine and in the database differ at row ${plan.planned[differ].row}: ${answer(plan.planned[differ])} vs ${answer(sqlPlan.planned[differ])}`,
      );
    }
  }
  // Every possible duplicate of a listing on the map imported as new; repeats within the file
  // keep their first row, as by default.
  const { rows: commitRows } = buildCommit(
    plan,
    new Map(plan.planned.filter((p) => p.status === 'duplicate' && !p.repeats).map((p) => [p.row, { action: 'insert' as const }])),
  );
  t = performance.now();
  const batch = await engine.commit('Bench partner', commitRows);
  const commitMs = performance.now() - t;
  const written = commitRows.filter((r) => r.action !== 'skip').length;
  if (batch.inserted + batch.updated !== written) throw new Error(`wrote ${batch.inserted + batch.updated} of ${written} rows`);
  return { read: readMs, check: checkMs, checkInDatabase, commit: commitMs, rows, similar: plan.counts.duplicates, slowestCheck };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1).padStart(6)} s`;
const perSecond = (n: number, ms: number) =>
  `${Math.round(n / (ms / 1000))
    .toLocaleString('en-GB')
    .padStart(7)} rows/s`;
function line(label: string, t: Times) {
  console.log(
    `${label.padEnd(34)} ${t.rows.toLocaleString('en-GB').padStart(7)} rows  read ${s(t.read)}  check ${s(t.check)} (${perSecond(t.rows, t.check)})${t.checkInDatabase === null ? '' : `  [in the database ${s(t.checkInDatabase)}]`}  commit ${s(t.commit)} (${perSecond(t.rows, t.commit)})  ${t.similar.toLocaleString('en-GB')} possible duplicates`,
  );
}

const existing = await existingListings();
async function withExisting(engine: Promise<Engine>): Promise<Engine> {
  const e = await engine;
  await e.commit('Existing partner', existing);
  return e;
}

// Naive first: the check before it could use its index, the commit before it was set-based.
async function baseline(migrationsBefore: string): Promise<Times> {
  const engine = await withExisting(pglite(migrationsBefore));
  const t = await importFile(engine, BASELINE_ROWS);
  await engine.close();
  return t;
}
const checkBefore = BASELINE_ROWS > 0 ? await baseline(SET_BASED_CHECK) : null;
if (checkBefore) line('PGlite, before: check (RLS-bound)', checkBefore);
const commitBefore = BASELINE_ROWS > 0 ? await baseline(SET_BASED_COMMIT) : null;
if (commitBefore) line('PGlite, before: commit row by row', commitBefore);

const results: [string, Times][] = [];
const engines: [string, () => Promise<Engine>][] = [
  ['PGlite (local mode)', () => pglite()],
  ['native Postgres 15 (Supabase mode)', native],
];
for (const [label, start] of engines.filter(([l]) => ENGINES.some((e) => l.toLowerCase().startsWith(e)))) {
  for (const size of SIZES) {
    const engine = await withExisting(start());
    results.push([label, await importFile(engine, size)]);
    line(...results.at(-1)!);
    await engine.close();
  }
}

const rate = (n: number, ms: number) => n / ms;
const first = results.find(([label]) => label.startsWith('PGlite'))?.[1];
if (first && checkBefore && commitBefore) {
  console.log(
    `check: before / ours = ${(rate(first.rows, first.check) / rate(checkBefore.rows, checkBefore.check)).toFixed(0)}x rows per second (PGlite, ${BASELINE_ROWS} vs ${first.rows.toLocaleString('en-GB')} rows)`,
  );
  console.log(`commit: before / ours = ${(rate(first.rows, first.commit) / rate(commitBefore.rows, commitBefore.commit)).toFixed(1)}x rows per second (PGlite)`);
}
for (const [label, t] of results.filter(([, t]) => t.rows === 100_000)) {
  console.log(`${label}, 100,000 rows: checked in ${(t.check / 1000).toFixed(1)} s (goal 20 s), committed in ${(t.commit / 1000).toFixed(1)} s (goal 30 s, aim 10 s)`);
}
for (const [label, t] of results.filter(([l]) => l.startsWith('native'))) {
  const refused = [t.slowestCheck > SUPABASE_TIMEOUT_MS && 'a check request', t.commit > SUPABASE_TIMEOUT_MS && 'the commit'].filter(Boolean);
  console.log(
    `${label}, ${t.rows.toLocaleString('en-GB')} rows: slowest check request ${(t.slowestCheck / 1000).toFixed(1)} s, commit ${(t.commit / 1000).toFixed(1)} s; ${refused.length ? `Supabase's 8 s timeout for signed-in requests would refuse ${refused.join(' and ')}` : "both within Supabase's 8 s timeout for signed-in requests"}`,
  );
}
