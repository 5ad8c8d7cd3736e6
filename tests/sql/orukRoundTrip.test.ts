// The round trip: the product's own ORUK feed (the HTTP handler on the api.oruk_* functions, over
// the demo seed) read by the importer page by page, imported into an empty database through the
// import SQL, gives the same published listings, field by field. Ids become partner ids, so the
// same feed imported again updates every listing and adds none.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import OpeningHours from 'opening_hours';
import type { ImportBatch, ImportCandidate } from '../../src/backend/api';
import { createOfflineGeocoder } from '../../src/domain/geocoder';
import { readOrukFeed } from '../../src/features/import/oruk/orukFeed';
import type { OrukService } from '../../src/features/import/oruk/orukServices';
import { buildCommit, planImport } from '../../src/features/import/plan';
import type { CategoryOption } from '../../src/features/import/rows';
import { runImport } from '../../src/features/import/runImport';
import { pgliteOrukDb } from '../../scripts/orukLocal';
import { createOrukHandler } from '../../supabase/functions/oruk/handler';
import { rpc } from './as';
import { createTestDb, readSeed } from './db';

const categories = (JSON.parse(readFileSync('data/categories.json', 'utf8')) as CategoryOption[]).map((c) => ({
  slug: c.slug,
  label: c.label,
  parent: c.parent ?? null,
  kind: c.kind ?? null,
  aliases: c.aliases ?? [],
}));
const geocoder = createOfflineGeocoder(readFileSync('data/postcodes.csv', 'utf8'));
const PARTNER = 'Common Ground (round trip)';
const FEED = 'http://feed.test/oruk';

const COLUMNS = [
  'id',
  'kind',
  'name',
  'description',
  'categories',
  'lat',
  'lng',
  'address',
  'postcode',
  'phone',
  'email',
  'website',
  'opening_hours',
  'free',
  'cost',
  'age_groups',
  'accessibility',
  'languages',
  'checked',
] as const;
type Listing = Record<(typeof COLUMNS)[number], unknown>;

/** What a resident sees of each listing, in a form both databases share. */
async function listingsOf(db: PGlite, where: string, id: string): Promise<Listing[]> {
  const r = await db.query<Listing>(
    `select ${id} as id, kind, name, description, categories, round(lat::numeric, 6)::float8 as lat, round(lng::numeric, 6)::float8 as lng,
            address, postcode, phone, email, website, opening_hours, free, cost, age_groups, accessibility, languages,
            last_verified_at::date::text as checked
       from app.assets where ${where} order by ${id}`,
  );
  return r.rows;
}

/**
 * Opening hours that open and close at the same moments over a year are the same hours, however
 * they are written ("Mo-Fr 09:00-16:00; Th 09:00-19:00" is "Mo-We,Fr 09:00-16:00; Th 09:00-19:00").
 */
function sameHours(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return a === b;
  const from = new Date(2027, 0, 1);
  const to = new Date(2028, 0, 1);
  const times = (v: string) => JSON.stringify(new OpeningHours(v, null, 2).getOpenIntervals(from, to));
  return times(a) === times(b);
}

/** Features have no order: a listing shows them in ours. */
const sorted = (v: unknown) => (Array.isArray(v) ? [...(v as string[])].sort() : v);

function same(column: (typeof COLUMNS)[number], a: unknown, b: unknown): boolean {
  if (column === 'opening_hours') return sameHours(a, b);
  if (column === 'accessibility') return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
  return JSON.stringify(a) === JSON.stringify(b);
}

let source: PGlite;
let target: PGlite;
let services: OrukService[];

beforeAll(async () => {
  source = await createTestDb({ seed: true });
  // The empty database has only the sample people (so a moderator can import), no listings.
  const seed = readSeed();
  target = await createTestDb({ seed: seed.slice(0, seed.indexOf('insert into app.organisations')) });
  const handler = createOrukHandler(pgliteOrukDb(source));
  services = await readOrukFeed(FEED, { perPage: 40, fetch: (input) => handler(new Request(String(input))) });
});
afterAll(async () => {
  await source?.close();
  await target?.close();
});

async function importFeed() {
  const parsed = await runImport({ oruk: services }, { categories, today: new Date() });
  const plan = await planImport(parsed.rows, {
    geocoder,
    candidates: (rows) => rpc<ImportCandidate[]>(target, 'moderator', 'import_candidates', { partner: PARTNER, rows }),
  });
  // Listings close together that share words are possible duplicates; in a round trip each is its own.
  const { rows, report } = buildCommit(plan, new Map(plan.planned.filter((p) => p.status === 'duplicate').map((p) => [p.row, { action: 'insert' as const }])));
  const batch = await rpc<ImportBatch>(target, 'moderator', 'commit_import', { partner: PARTNER, file_name: FEED, org_id: null, rows, report });
  return { parsed, plan, batch };
}

describe('export → import into an empty database', () => {
  it('reads every published listing from the product’s own feed', async () => {
    const published = await source.query<{ n: number }>("select count(*)::int as n from app.assets where status = 'published'");
    expect(services).toHaveLength(published.rows[0].n);
  });

  it('imports them with no problem and gives the same listings, field by field', async () => {
    const { parsed, batch } = await importFeed();
    const problems = parsed.rows.flatMap((r) => (r.issues ?? []).map((i) => `${r.asset.name}: ${i.field}: ${i.message}`));
    expect(batch.inserted).toBe(services.length);
    const before = await listingsOf(source, "status = 'published'", 'id::text');
    const after = new Map((await listingsOf(target, `source = '${PARTNER}'`, 'external_id')).map((l) => [l.id, l]));
    // Each difference as "name: field: before → after", so a failure says what changed.
    const differences = before.flatMap((l) =>
      COLUMNS.filter((c) => !same(c, l[c], after.get(l.id as string)?.[c])).map(
        (c) => `${String(l.name)}: ${c}: ${JSON.stringify(l[c])} → ${JSON.stringify(after.get(l.id as string)?.[c])}`,
      ),
    );
    expect({ problems, differences: differences.slice(0, 40), count: differences.length }).toEqual({ problems: [], differences: [], count: 0 });
    expect(after.size).toBe(before.length);
  });

  it('imports the same feed again as updates by ORUK id, adding nothing', async () => {
    const { plan, batch } = await importFeed();
    expect(new Set(plan.planned.map((p) => p.status))).toEqual(new Set(['update']));
    expect(batch.inserted).toBe(0);
    // Nothing changed in between, so every listing is matched and left as it was.
    expect(batch.updated + batch.unchanged).toBe(services.length);
  });
});
