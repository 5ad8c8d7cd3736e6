// api.published_assets(): the resident map's whole payload, built in SQL as one GeoJSON
// FeatureCollection (json_agg), against the naive way in the same run: `select *` from assets
// (plus organisations for their names) and building the GeoJSON in JS. Both run as anon through
// RLS in PGlite, as the local transport does, with 1.5k (the sample) and 20k generated assets.
// Run: npx tsx tests/bench/published-assets.bench.ts   (or npm run bench published)
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from '../sql/db';
import { as } from '../sql/as';
import { readSeedData, seedSql, type SeedAsset } from '../../scripts/seed-sql';
import { generateAssets } from '../../scripts/sample/assets';
import { loadSampleContext } from '../../scripts/sample/context';
import type { AssetCollection, AssetFeature } from '../../src/domain/types';

const REPS = 7;

async function ours(db: PGlite): Promise<AssetCollection> {
  return as(db, 'resident', async (tx) => (await tx.query<{ fc: AssetCollection }>('select api.published_assets() as fc')).rows[0].fc);
}

type Row = Record<string, unknown> & { id: string; org_id: string | null; lat: number; lng: number };
async function naive(db: PGlite): Promise<AssetCollection> {
  return as(db, 'resident', async (tx) => {
    const assets = (await tx.query<Row>("select * from app.assets where status = 'published'")).rows;
    const orgs = (await tx.query<{ id: string; name: string; status: string }>('select * from app.organisations')).rows;
    const orgById = new Map(orgs.map((o) => [o.id, o]));
    const features: AssetFeature[] = assets
      .filter((a) => !a.org_id || orgById.get(a.org_id)?.status !== 'rejected')
      .map((a) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [a.lng, a.lat] },
        properties: {
          id: a.id,
          kind: a.kind,
          name: a.name,
          description: a.description,
          categories: a.categories,
          org_id: a.org_id,
          org_name: a.org_id ? (orgById.get(a.org_id)?.name ?? null) : null,
          ward: a.ward,
          address: a.address,
          postcode: a.postcode,
          opening_hours: a.opening_hours,
          free: a.free,
          cost: a.cost,
          age_groups: a.age_groups,
          accessibility: a.accessibility,
          last_verified_at: a.last_verified_at ? (a.last_verified_at as Date).toISOString() : null,
        } as AssetFeature['properties'],
      }));
    return { type: 'FeatureCollection', features };
  });
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm caches and plans
  const times: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(REPS / 2)];
}

async function run(label: string, assets: SeedAsset[]): Promise<void> {
  const data = { ...readSeedData(), assets };
  let t = performance.now();
  const db = await createTestDb();
  const migrated = performance.now() - t;
  t = performance.now();
  await db.exec(seedSql(data));
  const seeded = performance.now() - t;
  const a = await ours(db);
  const b = await naive(db);
  if (a.features.length !== b.features.length) throw new Error(`ours returned ${a.features.length} features, naive ${b.features.length}`);
  const o = await median(() => ours(db));
  const n = await median(() => naive(db));
  // The same function without handing 15 MB to JS: what Postgres itself spends.
  const sqlOnly = await median(() => as(db, 'resident', (tx) => tx.query('select length(api.published_assets()::text)')));
  const bytes = JSON.stringify(a).length;
  console.log(
    `${label}: ${a.features.length} published features, ${(bytes / 1e6).toFixed(1)} MB of GeoJSON (fresh PGlite + migrations ${migrated.toFixed(0)} ms, seed ${seeded.toFixed(0)} ms)`,
  );
  console.log(`  api.published_assets()          ${o.toFixed(1)} ms (median of ${REPS})`);
  console.log(`  of which building it in SQL     ${sqlOnly.toFixed(1)} ms (the rest is transfer and JSON.parse)`);
  console.log(`  naive select * + GeoJSON in JS  ${n.toFixed(1)} ms`);
  console.log(`  ours / naive = ${(o / n).toFixed(2)}  (${(n / o).toFixed(1)}x faster)`);
  await db.close();
}

const sample = readSeedData().assets;
await run('1.5k sample', sample);
const generated = generateAssets(20_000, 1, loadSampleContext()) as SeedAsset[];
await run('20k generated', generated);
