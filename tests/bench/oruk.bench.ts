// The ORUK API over 20k generated listings: `/services?per_page=50` and `/services/{id}` as
// a partner's client calls them, through the same handler `npm start` serves, on PGlite as anon.
// Ours: the nested JSON built in Postgres (api.oruk_services / api.oruk_service). Naive, in the
// same run: `select *` from the tables and the nested JSON built in JS, as an ORM-style server
// would. Both are timed per request (p50 / p95 over many requests to random pages and ids). The
// naive document is leaner than ours (opening hours left as text, not schedules; terms without
// their taxonomy), so beside a single service it is flattered.
// Then a 1,000-service ORUK feed imported as a moderator imports one: read from the feed over HTTP
// (pages with `full=true`), turned into rows, checked for duplicates and committed in one
// transaction into an empty database. Naive, in the same run: the same feed read as a client that
// does not ask for full pages must (a summary page, then one request per service).
// Run: npx tsx tests/bench/oruk.bench.ts   (or npm run bench oruk)
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb, readSeed } from '../sql/db';
import { as, rpc } from '../sql/as';
import { readSeedData, seedSql, type SeedAsset } from '../../scripts/seed-sql';
import { generateAssets } from '../../scripts/sample/assets';
import { loadSampleContext } from '../../scripts/sample/context';
import { ACCESSIBILITY } from '../../src/domain/types';
import { createOrukHandler } from '../../supabase/functions/oruk/handler.ts';
import { pgliteOrukDb } from '../../scripts/orukLocal';
import { serveWeb } from '../../scripts/serveWeb';
import type { ImportBatch, ImportCandidate } from '../../src/backend/api';
import { createOfflineGeocoder } from '../../src/domain/geocoder';
import { readOrukFeed } from '../../src/features/import/oruk/orukFeed';
import { buildCommit, planImport } from '../../src/features/import/plan';
import type { CategoryOption } from '../../src/features/import/rows';
import { runImport } from '../../src/features/import/runImport';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const PER_PAGE = 50;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timeEach(n: number, fn: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 5; i++) await fn(i); // warm caches and plans
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

type Row = Record<string, unknown>;

/** The naive server: every published listing, organisation and category read with select *, the page cut and nested in JS. */
function naiveService(a: Row, orgs: Map<string, Row>, categories: Map<string, Row>): Row {
  const org = a.org_id ? orgs.get(a.org_id as string) : undefined;
  const locationId = `${a.id}-location`;
  return {
    id: a.id,
    name: a.name,
    description: a.description,
    url: a.website,
    email: a.email,
    status: 'active',
    assured_date: a.last_verified_at ? (a.last_verified_at as Date).toISOString().slice(0, 10) : null,
    last_modified: (a.updated_at as Date).toISOString(),
    organization: org ? { id: org.id, name: org.name, description: org.description, website: org.website } : null,
    phones: a.phone ? [{ id: `${a.id}-phone`, number: a.phone }] : [],
    languages: (a.languages as string[]).map((code) => ({ id: `${a.id}-${code}`, code, name: code })),
    cost_options: a.free ? [{ id: `${a.id}-cost`, option: 'Free', amount: 0, currency: 'GBP' }] : a.cost ? [{ id: `${a.id}-cost`, amount_description: a.cost }] : [],
    schedules: a.opening_hours ? [{ id: `${a.id}-schedule`, description: a.opening_hours }] : [],
    attributes: (a.categories as string[]).map((slug) => ({
      id: `${a.id}-${slug}`,
      taxonomy_term: { id: slug, code: slug, name: categories.get(slug)?.label ?? slug },
    })),
    service_at_locations: [
      {
        id: `${a.id}-sal`,
        location: {
          id: locationId,
          latitude: a.lat,
          longitude: a.lng,
          addresses: a.address ? [{ id: `${a.id}-address`, address_1: a.address, postal_code: a.postcode, country: 'GB' }] : [],
          accessibility: (a.accessibility as (keyof typeof ACCESSIBILITY)[]).map((f) => ({ id: `${a.id}-${f}`, description: ACCESSIBILITY[f] })),
        },
      },
    ],
  };
}

async function naiveTables(db: PGlite) {
  return as(db, 'resident', async (tx) => ({
    assets: (await tx.query<Row>("select * from app.assets where status = 'published'")).rows,
    orgs: new Map((await tx.query<Row>('select * from app.organisations')).rows.map((o) => [o.id as string, o])),
    categories: new Map((await tx.query<Row>('select * from app.categories')).rows.map((c) => [c.slug as string, c])),
  }));
}

async function naivePage(db: PGlite, page: number): Promise<Row> {
  const { assets, orgs, categories } = await naiveTables(db);
  assets.sort((x, y) => String(x.name).localeCompare(String(y.name)));
  const contents = assets.slice((page - 1) * PER_PAGE, page * PER_PAGE).map((a) => naiveService(a, orgs, categories));
  return { total_items: assets.length, page_number: page, size: PER_PAGE, contents };
}

async function naiveOne(db: PGlite, id: string): Promise<Row> {
  return as(db, 'resident', async (tx) => {
    const [a] = (await tx.query<Row>("select * from app.assets where status = 'published' and id = $1", [id])).rows;
    const orgs = new Map((await tx.query<Row>('select * from app.organisations where id = $1', [a.org_id])).rows.map((o) => [o.id as string, o]));
    const categories = new Map((await tx.query<Row>('select * from app.categories')).rows.map((c) => [c.slug as string, c]));
    return naiveService(a, orgs, categories);
  });
}

/** One request through the feed's handler as `npm start` serves it; the body as a client receives it. */
async function get(path: string): Promise<string> {
  const res = await feed(new Request(`http://localhost/oruk${path}`));
  if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
  return res.text();
}

const generated = generateAssets(20_000, 1, loadSampleContext()) as SeedAsset[];
const db = await createTestDb();
await db.exec(seedSql({ ...readSeedData(), assets: generated }));
const ids = (await as(db, 'resident', (tx) => tx.query<{ id: string }>("select id from app.assets where status = 'published' order by id"))).rows.map((r) => r.id);
const pages = Math.ceil(ids.length / PER_PAGE);
const pick = (i: number) => (i * 7919) % pages; // the same spread of pages and ids for both ways
const feed = createOrukHandler(pgliteOrukDb(db));
const first = JSON.parse(await get(`/services?per_page=${PER_PAGE}`));
if (first.total_items !== ids.length) throw new Error(`api.oruk_services counts ${first.total_items}, not the ${ids.length} published listings`);

console.log(`${ids.length} published listings (20k generated), ${REQUESTS} requests each, p50 / p95 in ms`);
const rows: [string, { p50: number; p95: number }, { p50: number; p95: number }][] = [
  [
    `/services?per_page=${PER_PAGE}`,
    await timeEach(REQUESTS, (i) => get(`/services?per_page=${PER_PAGE}&page=${pick(i) + 1}`)),
    await timeEach(Math.min(REQUESTS, 40), async (i) => JSON.stringify(await naivePage(db, pick(i) + 1))),
  ],
  [
    '/services/{id}',
    await timeEach(REQUESTS, (i) => get(`/services/${ids[(i * 7919) % ids.length]}`)),
    await timeEach(REQUESTS, async (i) => JSON.stringify(await naiveOne(db, ids[(i * 7919) % ids.length]))),
  ],
];
for (const [label, o, n] of rows) {
  console.log(`  ${label.padEnd(24)} ours ${o.p50.toFixed(1)} / ${o.p95.toFixed(1)}   naive ${n.p50.toFixed(1)} / ${n.p95.toFixed(1)}`);
  console.log(`  ${''.padEnd(24)} ours / naive = ${(o.p50 / n.p50).toFixed(2)} at p50, ${(o.p95 / n.p95).toFixed(2)} at p95`);
}
console.log('  (the naive document leaves opening hours as text and terms without their taxonomy: leaner than ours)');
await db.close();

// --- Importing a 1,000-service feed -----------------------------------------------------------
const FEED_SERVICES = 1_000;
const categories = (JSON.parse(readFileSync('data/categories.json', 'utf8')) as CategoryOption[]).map((c) => ({ ...c, parent: c.parent ?? null }));
const geocoder = createOfflineGeocoder(readFileSync('data/postcodes.csv', 'utf8'));
const seedData = readSeedData();
const source = await createTestDb();
await source.exec(seedSql({ ...seedData, assets: generateAssets(FEED_SERVICES + 100, 2, loadSampleContext()) as SeedAsset[] }));
// Exactly FEED_SERVICES in the feed: the generator makes some drafts, and a few more than needed.
await source.exec(
  `delete from app.assets where status <> 'published' or id in (select id from app.assets where status = 'published' order by id offset ${FEED_SERVICES})`,
);
const server = createServer((req, res) => void serveWeb(createOrukHandler(pgliteOrukDb(source)), req, res));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oruk`;

/** A fresh database with the sample people and organisations but no listings. */
async function emptyTarget(): Promise<PGlite> {
  const seed = readSeed();
  return createTestDb({ seed: seed.slice(0, seed.indexOf('insert into app.assets')) });
}

async function importOnce(full: boolean) {
  const target = await emptyTarget();
  const phases: Record<string, number> = {};
  let t = performance.now();
  const services = full
    ? await readOrukFeed(base, { perPage: 100 })
    : await readOrukFeed(base, { perPage: 100, fetch: (input, init) => fetch(String(input).replace('&full=true', ''), init) });
  phases.fetch = performance.now() - t;
  t = performance.now();
  const parsed = await runImport({ oruk: services }, { categories, today: new Date() });
  phases.read = performance.now() - t;
  t = performance.now();
  const plan = await planImport(parsed.rows, {
    geocoder,
    candidates: (rows) => rpc<ImportCandidate[]>(target, 'moderator', 'import_candidates', { partner: 'Bench feed', rows }),
  });
  phases.check = performance.now() - t;
  t = performance.now();
  const { rows, report } = buildCommit(plan, new Map());
  const batch = await rpc<ImportBatch>(target, 'moderator', 'commit_import', { partner: 'Bench feed', file_name: base, org_id: null, rows, report });
  phases.commit = performance.now() - t;
  await target.close();
  return { phases, total: Object.values(phases).reduce((a, b) => a + b, 0), services: services.length, inserted: batch.inserted };
}

const ours = await importOnce(true);
const naive = await importOnce(false);
const phaseText = (r: typeof ours) =>
  Object.entries(r.phases)
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`)
    .join(', ');
console.log(`\nImporting a ${ours.services}-service ORUK feed over HTTP into an empty database (${ours.inserted} listings added)`);
console.log(`  ours  (full pages)           ${(ours.total / 1000).toFixed(2)} s: ${phaseText(ours)}`);
console.log(`  naive (one request each)     ${(naive.total / 1000).toFixed(2)} s: ${phaseText(naive)}`);
console.log(`  ours / naive = ${(ours.total / naive.total).toFixed(2)}`);
server.close();
await source.close();
