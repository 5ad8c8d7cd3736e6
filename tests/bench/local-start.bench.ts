// Cold start of the local backend: what a browser's first visit pays before the database
// answers. Ours starts PGlite from the snapshot the build makes (migrations + seed inside),
// applies any newer migrations (none here) and answers api.published_assets(); the naive way
// runs initdb, every migration and the seed SQL first. Node, in-memory, 1.5k and 20k assets.
// Run: npx tsx tests/bench/local-start.bench.ts   (or npm run bench local-start)
import { PGlite } from '@electric-sql/pglite';
import { applyMigrations } from '../../src/backend/local/migrate';
import { createTestDb, pgliteExtensions, readMigrations } from '../sql/db';
import { as } from '../sql/as';
import { readSeedData, seedSql, type SeedAsset } from '../../scripts/seed-sql';
import { generateAssets } from '../../scripts/sample/assets';
import { loadSampleContext } from '../../scripts/sample/context';

const REPS = 3;

async function firstAnswer(db: PGlite): Promise<number> {
  return as(db, 'resident', async (tx) => {
    const r = await tx.query<{ n: number }>("select json_array_length((api.published_assets())->'features') as n");
    return r.rows[0].n;
  });
}

async function naiveStart(seed: string): Promise<number> {
  const db = await createTestDb();
  await db.exec(seed);
  const n = await firstAnswer(db);
  await db.close();
  return n;
}

async function snapshotStart(snapshot: Blob): Promise<number> {
  const db = await PGlite.create({ extensions: pgliteExtensions, loadDataDir: snapshot });
  await applyMigrations(db, readMigrations());
  const n = await firstAnswer(db);
  await db.close();
  return n;
}

async function medianMs(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(REPS / 2)];
}

async function run(label: string, assets: SeedAsset[]) {
  const seed = seedSql({ ...readSeedData(), assets });
  const built = await createTestDb();
  await built.exec(seed);
  await built.exec('checkpoint');
  const snapshot = await built.dumpDataDir('gzip');
  await built.close();
  const [a, b] = [await snapshotStart(snapshot), await naiveStart(seed)];
  if (a !== b) throw new Error(`snapshot answered ${a} features, fresh ${b}`);
  const ours = await medianMs(() => snapshotStart(snapshot));
  const naive = await medianMs(() => naiveStart(seed));
  console.log(`${label}: ${a} published, snapshot ${(snapshot.size / 1e6).toFixed(1)} MB gzip`);
  console.log(`  from snapshot + migration check + first query  ${ours.toFixed(0)} ms (median of ${REPS})`);
  console.log(`  naive initdb + migrations + seed + first query  ${naive.toFixed(0)} ms`);
  console.log(`  ours / naive = ${(ours / naive).toFixed(2)}  (${(naive / ours).toFixed(1)}x faster)`);
}

await run('1.5k sample', readSeedData().assets);
await run('20k generated', generateAssets(20_000, 1, loadSampleContext()) as SeedAsset[]);
