// "Download every listing" (issue 16) over the pages' own typed API, each call run as one person
// the way the local worker runs it: moderators get every listing in every status, flat, with a
// private address reduced to its general area; nobody else gets the export at all. And the ORUK
// export (api.oruk_export): moderators get every status, residents only
// what is published, and the listing ids travel to its uuid[] parameter as PostgREST sends them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { as, rpc, type Who } from './as';
import { assetInput, SAMPLE_ORG_A } from './fixtures';
import { createApi } from '../../src/backend/api';
import { rpcSql } from '../../src/backend/rpcSql';
import type { AuthPort, Transport } from '../../src/backend/transport';
import type { ListingsExportRow } from '../../src/domain/export/exportListing';
import { orukExportFile } from '../../src/domain/export/orukExportFile';
import { validateOruk } from '../oruk/validateOruk';
import type { Asset, AssetCollection } from '../../src/domain/types';

let db: PGlite;
const HOME = { lat: 53.541237, lng: -2.591853, address: '14 Quietwater Close, Hindley (sample home)', postcode: 'WN2 9QX' };

beforeAll(async () => {
  db = await createTestDb({ seed: true });
  // A draft that meets in someone's home: the export must not say where.
  await rpc<Asset>(db, 'editor-a', 'save_asset', { asset: assetInput(SAMPLE_ORG_A, { name: 'Sample: Export Home Group', ...HOME, private_address: true }) });
});

const noAuth = new Proxy({} as AuthPort, {
  get: () => () => {
    throw new Error('auth is not part of these calls');
  },
});

function apiAs(who: Who) {
  const transport: Transport = {
    mode: 'local',
    rpc: <T>(fn: string, args?: Record<string, unknown>) => {
      const { sql, params } = rpcSql(fn, args);
      return as(db, who, async (tx) => (await tx.query<{ result: T }>(sql, params)).rows[0].result);
    },
    auth: noAuth,
  };
  return createApi(transport);
}

const KEYS: (keyof ListingsExportRow)[] = [
  'id',
  'status',
  'kind',
  'name',
  'description',
  'categories',
  'org_id',
  'org_name',
  'ward',
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
  'last_verified_at',
  'checked_by',
  'private_address',
  'source',
  'external_id',
  'created_at',
  'updated_at',
];

describe('api.listings_export: every listing, for moderators', () => {
  it('gives a moderator every listing in every status, one flat row each in the type the exports read, by name', async () => {
    const rows = await apiAs('moderator').listingsExport();
    const [{ n }] = (await db.query<{ n: number }>('select count(*)::int as n from app.assets')).rows;
    expect(rows).toHaveLength(n);
    for (const r of rows) expect(Object.keys(r).sort()).toEqual([...KEYS].sort());
    const statuses = new Set(rows.map((r) => r.status));
    for (const s of ['draft', 'pending', 'published', 'archived']) expect(statuses).toContain(s);
    const names = rows.map((r) => r.name);
    const [{ sorted }] = (await db.query<{ sorted: string[] }>('select array_agg(name order by name, id) as sorted from app.assets')).rows;
    expect(names).toEqual(sorted);
  });

  it('gives a listing at a private address only its general area, even to a moderator', async () => {
    const rows = await apiAs('moderator').listingsExport();
    const home = rows.find((r) => r.name === 'Sample: Export Home Group')!;
    expect(home).toMatchObject({ status: 'draft', private_address: true, address: null, postcode: null });
    expect([home.lat, home.lng]).not.toEqual([HOME.lat, HOME.lng]);
    expect(JSON.stringify(rows)).not.toContain('Quietwater');
  });

  it.each<Who>(['resident', 'newcomer', 'editor-a', 'planner'])('refuses %s', async (who) => {
    await expect(apiAs(who).listingsExport()).rejects.toMatchObject({ code: '42501' });
  });
});

describe('api.oruk_export through the typed API', () => {
  const publishedIds = async () => (await rpc<AssetCollection>(db, 'resident', 'published_assets')).features.map((f) => f.properties.id);

  it('gives a moderator every listing in every status and a resident only the published ones, in the order asked', async () => {
    const all = (await apiAs('moderator').listingsExport()).map((l) => l.id);
    const everything = await apiAs('moderator').orukExport(all);
    const published = await apiAs('resident').orukExport(all);
    expect(everything.map((s) => s.id)).toEqual(all);
    const [{ n }] = (await db.query<{ n: number }>('select count(*)::int as n from app.assets')).rows;
    expect(everything).toHaveLength(n);
    expect(published.map((s) => s.id).sort()).toEqual((await publishedIds()).sort());
    // The downloaded file is an ORUK page any consumer reads, whoever made it.
    const meta = { title: 'Every listing', generatedAt: new Date(), link: 'http://localhost/review/export', sample: true };
    expect(validateOruk('service_list_page', orukExportFile(everything, meta)).slice(0, 5)).toEqual([]);
    expect(validateOruk('service_list_page', orukExportFile(published, meta)).slice(0, 5)).toEqual([]);
  });

  it('gives the services for the ids given, a resident never an unpublished one', async () => {
    const ids = (await publishedIds()).slice(0, 3);
    const [{ draft }] = (await db.query<{ draft: string }>("select id as draft from app.assets where status = 'draft' limit 1")).rows;
    const services = (await apiAs('resident').orukExport([...ids, draft])) as { id: string }[];
    expect(services.map((s) => s.id).sort()).toEqual([...ids].sort());
  });
});
