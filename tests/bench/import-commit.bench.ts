// Committing a partner file: api.commit_import of 100k checked rows (the generated partner export
// of import.bench.ts, read by runImport and placed by the offline geocoder) into PGlite in Node,
// as a moderator, with the demo seed loaded. The naive baseline in the same run is the
// commit_import this replaced (a PL/pgSQL loop writing one row per statement, every row trigger
// doing its own checks and audit row): the database as it was before 20261202140000, on a
// smaller file because it slows down as the file grows (10 minutes and more at 100k).
// Run: npx tsx tests/bench/import-commit.bench.ts   (or npm run bench import-commit)
// IMPORT_COMMIT_ROWS / IMPORT_COMMIT_BASELINE_ROWS change the sizes.
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { ImportRow } from '../../src/backend/api';
import { applyMigrations } from '../../src/backend/local/migrate';
import { createOfflineGeocoder } from '../../src/domain/geocoder';
import { buildCommit, planImport } from '../../src/features/import/plan';
import { runImport } from '../../src/features/import/runImport';
import { generatePartnerCsv, parsePostcodeTable } from '../fixtures/import/generatePartnerCsv';
import { rpc } from '../sql/as';
import { pgliteExtensions, readMigrations, readSeed } from '../sql/db';

const ROWS = Number(process.env.IMPORT_COMMIT_ROWS ?? 100_000);
const BASELINE_ROWS = Number(process.env.IMPORT_COMMIT_BASELINE_ROWS ?? 5_000);
const BEFORE = '20261202140000';

const categories = (JSON.parse(readFileSync('data/categories.json', 'utf8')) as { slug: string; label: string }[]).map((c) => ({ slug: c.slug, label: c.label }));
const postcodeText = readFileSync('data/postcodes.csv', 'utf8');

async function checkedRows(n: number): Promise<ImportRow[]> {
  const parsed = await runImport(generatePartnerCsv({ rows: n, seed: 42, postcodes: parsePostcodeTable(postcodeText), categories: categories.map((c) => c.label) }), { categories });
  const plan = await planImport(parsed.rows, {
    geocoder: createOfflineGeocoder(postcodeText),
    candidates: async (rows) => rows.map((r) => ({ row: r.row, external_match: null, similar: [] })),
  });
  const { rows } = buildCommit(plan);
  if (rows.length !== n) throw new Error(`expected ${n} rows to commit, got ${rows.length}`);
  return rows;
}

async function database(migrationsBefore?: string): Promise<PGlite> {
  const db = await PGlite.create({ extensions: pgliteExtensions });
  await applyMigrations(db, readMigrations().filter((m) => !migrationsBefore || m.name < migrationsBefore));
  await db.exec(readSeed());
  return db;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function commit(db: PGlite, rows: ImportRow[]): Promise<{ wall: number; cpu: number }> {
  const c0 = cpuMs();
  const t0 = performance.now();
  const batch = await rpc<{ inserted: number }>(db, 'moderator', 'commit_import', { partner: 'Bench partner', file_name: 'bench.csv', org_id: null, rows, report: [] });
  const r = { wall: performance.now() - t0, cpu: cpuMs() - c0 };
  if (batch.inserted !== rows.length) throw new Error(`inserted ${batch.inserted} of ${rows.length}`);
  const n = await db.query<{ n: number }>("select count(*)::int as n from app.assets where source = 'Bench partner'");
  if (n.rows[0].n !== rows.length) throw new Error(`found ${n.rows[0].n} imported listings`);
  return r;
}

const perRow = (ms: number, n: number) => `${((ms / n) * 1000).toFixed(0)} µs/row`;
const line = (label: string, n: number, t: { wall: number; cpu: number }) =>
  console.log(`${label.padEnd(46)} ${n.toLocaleString('en-GB').padStart(7)} rows ${(t.wall / 1000).toFixed(1).padStart(6)} s  ${Math.round(n / (t.wall / 1000)).toLocaleString('en-GB').padStart(6)} rows/s  cpu ${(t.cpu / 1000).toFixed(1)} s (${perRow(t.cpu, n)})`);

const small = await checkedRows(BASELINE_ROWS);
const big = await checkedRows(ROWS);

const naive = await commit(await database(BEFORE), small);
const oursSmall = await commit(await database(), small);
const ours = await commit(await database(), big);

line('before: row by row (naive)', BASELINE_ROWS, naive);
line('ours: set-based', BASELINE_ROWS, oursSmall);
line('ours: set-based', ROWS, ours);
console.log(`commit_import ${BASELINE_ROWS.toLocaleString('en-GB')} rows: before / ours = ${(naive.wall / oursSmall.wall).toFixed(1)}x (cpu ${(naive.cpu / oursSmall.cpu).toFixed(1)}x)`);
console.log(`commit_import ${ROWS.toLocaleString('en-GB')} rows in ${(ours.wall / 1000).toFixed(1)} s (aim 10 s)`);
