// "General area only" (issue 15): a listing that meets at a private address shows residents a
// general area, never its point, address or postcode. For each person a browser can be, every
// way they could read a listing (the published file, the api reads, the tables themselves) is
// asked for the exact location; only the organisation's members and moderators get it.
// Twin: supabase/tests/09-private-address.sql.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { PGlite as PGliteClass } from '@electric-sql/pglite';
import { createTestDb, pgliteExtensions, readMigrations } from './db';
import { applyMigrations } from '../../src/backend/local/migrate';
import { as, rpc, type Who } from './as';
import { assetInput, SAMPLE_ORG_A, SAMPLE_ORG_B, versionOf } from './fixtures';
import type { Asset, AssetCollection } from '../../src/domain/types';
import type { ImportBatch, ImportRow, ReviewItem } from '../../src/backend/api';
import { GENERAL_AREA_CELL, generalAreaCentre } from '../../src/domain/generalArea';

// A home in Hindley, to the millionth of a degree, and an address and postcode nothing else has.
const HOME = { lat: 53.541237, lng: -2.591853 };
const ADDRESS = '14 Quietwater Close, Hindley (sample home)';
const POSTCODE = 'WN2 9QX';
const AREA = generalAreaCentre(HOME);
const SECRETS = [String(HOME.lat), String(HOME.lng), 'Quietwater', POSTCODE];

const OUTSIDERS: Who[] = ['resident', 'newcomer', 'editor-b', 'planner'];
const INSIDERS: Who[] = ['editor-a', 'moderator'];

let db: PGlite;
let id: string;

const leaks = (value: unknown) => SECRETS.filter((s) => JSON.stringify(value ?? null).includes(s));

async function publishPrivateListing(name: string): Promise<string> {
  const draft = await rpc<Asset>(db, 'editor-a', 'save_asset', {
    asset: assetInput(SAMPLE_ORG_A, { name, ...HOME, address: ADDRESS, postcode: POSTCODE, private_address: true }),
  });
  await rpc(db, 'editor-a', 'submit_asset', { id: draft.id, version: draft.version });
  await rpc(db, 'moderator', 'approve_asset', { id: draft.id, version: await versionOf(db, draft.id) });
  return draft.id;
}

beforeAll(async () => {
  db = await createTestDb({ seed: true });
  id = await publishPrivateListing('Sample: Knit and Natter at Jean’s');
});

describe('the general area', () => {
  it('is the centre of the grid cell the point is in, the same in the database and in the browser', async () => {
    const cell = await db.query<{ cell: number[] }>('select private.general_area_cell() as cell');
    expect(cell.rows[0].cell).toEqual([GENERAL_AREA_CELL.lat, GENERAL_AREA_CELL.lng]);
    const points = Array.from({ length: 200 }, (_, i) => ({ lat: 53.4 + i * 0.00137, lng: -2.75 + i * 0.00291 }));
    const r = await db.query<{ lat: number; lng: number; again_lat: number; again_lng: number }>(
      `select private.general_area_lat(p.lat) as lat, private.general_area_lng(p.lng) as lng,
              private.general_area_lat(private.general_area_lat(p.lat)) as again_lat,
              private.general_area_lng(private.general_area_lng(p.lng)) as again_lng
       from jsonb_to_recordset($1::jsonb) as p (lat double precision, lng double precision)`,
      [JSON.stringify(points)],
    );
    r.rows.forEach((row, i) => {
      expect({ lat: row.lat, lng: row.lng }).toEqual(generalAreaCentre(points[i]));
      expect({ lat: row.again_lat, lng: row.again_lng }).toEqual({ lat: row.lat, lng: row.lng });
    });
  });

  it('is the same for two homes in one cell, so it says nothing about where in the cell a home is', () => {
    const neighbour = { lat: HOME.lat + 0.001, lng: HOME.lng - 0.002 };
    expect(generalAreaCentre(neighbour)).toEqual(AREA);
    expect(AREA).not.toEqual(HOME);
  });
});

describe('the demo', () => {
  it('has a writers’ group that meets in members’ homes, published as a general area', async () => {
    const fc = await rpc<AssetCollection>(db, 'resident', 'published_assets');
    const homes = fc.features.filter((f) => f.properties.private_address && f.properties.source?.startsWith('Sample: '));
    expect(homes.map((f) => f.properties.name)).toContain('Sample: Pemberton Writers Group');
    const home = homes.find((f) => f.properties.name === 'Sample: Pemberton Writers Group')!;
    expect(home.properties).toMatchObject({ address: null, postcode: null });
    const [lng, lat] = home.geometry.coordinates;
    expect(generalAreaCentre({ lat, lng })).toEqual({ lat, lng });
    const exact = await db.query<{ address: string }>('select address from app.asset_private_locations where asset_id = $1', [home.properties.id]);
    expect(exact.rows[0].address).toMatch(/\(sample address\)$/);
  });
});

describe('the ward', () => {
  it('is stamped from the general area, so nothing public is worked out from the exact point', async () => {
    const r = await db.query<{ ward: string | null; at_area: string | null }>('select ward, private.ward_at(lat, lng) as at_area from app.assets where id = $1', [id]);
    expect(r.rows[0].ward).not.toBeNull();
    expect(r.rows[0].ward).toBe(r.rows[0].at_area);
  });
});

describe('people outside the organisation', () => {
  it.each(OUTSIDERS)('%s finds the listing in the published file at its general area, without address or postcode', async (who) => {
    const fc = await rpc<AssetCollection>(db, who, 'published_assets');
    const f = fc.features.find((x) => x.properties.id === id)!;
    expect(f.geometry.coordinates).toEqual([AREA.lng, AREA.lat]);
    expect(f.properties).toMatchObject({ private_address: true, address: null, postcode: null });
    expect(leaks(fc)).toEqual([]);
  });

  it.each(OUTSIDERS)('%s gets only the general area from api.asset and from the organisation’s listings', async (who) => {
    const one = await rpc<Asset>(db, who, 'asset', { id });
    expect(one).toMatchObject({ lat: AREA.lat, lng: AREA.lng, address: null, postcode: null, private_address: true });
    expect(leaks(one)).toEqual([]);
    if (who !== 'resident') expect(leaks(await rpc(db, who, 'org_assets', { org_id: SAMPLE_ORG_A }))).toEqual([]);
  });

  it.each(OUTSIDERS)('%s reads neither the exact location nor the trail from the tables themselves', async (who) => {
    const row = await as(db, who, (tx) => tx.query('select * from app.assets where id = $1', [id]));
    expect(row.rows).toHaveLength(1);
    expect(leaks(row.rows)).toEqual([]);
    if (who === 'resident') {
      await expect(as(db, who, (tx) => tx.query('select * from app.asset_private_locations'))).rejects.toMatchObject({ code: '42501' });
    } else {
      expect((await as(db, who, (tx) => tx.query('select * from app.asset_private_locations'))).rows).toEqual([]);
      expect(leaks((await as(db, who, (tx) => tx.query('select * from app.asset_reviews where asset_id = $1', [id]))).rows)).toEqual([]);
      expect(leaks(await rpc(db, who, 'asset_events', { asset_id: id }))).toEqual([]);
      expect(leaks(await rpc(db, who, 'staleness_report', { months: 0 }))).toEqual([]);
    }
  });

  it('a member of another organisation cannot borrow their own organisation to unlock it', async () => {
    // A forged row: the private listing's id with organisation B's id, which editor-b manages.
    const r = await as(db, 'editor-b', (tx) =>
      tx.query<{ lat: number; address: string | null }>(
        `select (private.with_private_location(x)).lat, (private.with_private_location(x)).address
         from (select (jsonb_populate_record(a, jsonb_build_object('org_id', $2::text))) as x from app.assets a where a.id = $1) as t`,
        [id, SAMPLE_ORG_B],
      ),
    );
    expect(r.rows).toEqual([{ lat: AREA.lat, address: null }]);
  });

  it.each(OUTSIDERS.filter((w) => w !== 'resident'))('%s cannot reach the moderators’ exports of listings', async (who) => {
    await expect(rpc(db, who, 'review_queue')).rejects.toMatchObject({ code: '42501' });
    await expect(rpc(db, who, 'import_listings', { partner: 'Anyone' })).rejects.toMatchObject({ code: '42501' });
  });

  it('measure their distance to the general area: the nearest listings to a resident are ordered by the point they were given', async () => {
    const fc = await rpc<AssetCollection>(db, 'resident', 'published_assets');
    const points = fc.features.filter((f) => f.properties.private_address).map((f) => f.geometry.coordinates);
    expect(points).toContainEqual([AREA.lng, AREA.lat]);
    for (const [lng, lat] of points) expect(generalAreaCentre({ lat, lng })).toEqual({ lat, lng });
  });
});

describe('the organisation’s members and moderators', () => {
  it.each(INSIDERS)('%s sees and edits the exact location', async (who) => {
    const one = await rpc<Asset>(db, who, 'asset', { id });
    expect(one).toMatchObject({ ...HOME, address: ADDRESS, postcode: POSTCODE, private_address: true });
    const mine = await rpc<Asset[]>(db, who, 'org_assets', { org_id: SAMPLE_ORG_A });
    expect(mine.find((a) => a.id === id)).toMatchObject({ ...HOME, address: ADDRESS });
    const row = await as(db, who, (tx) => tx.query('select lat, lng, address, postcode from app.asset_private_locations where asset_id = $1', [id]));
    expect(row.rows).toEqual([{ ...HOME, address: ADDRESS, postcode: POSTCODE }]);
  });

  it('review a proposed move with the exact points on both sides, and approving it keeps it private', async () => {
    const current = await rpc<Asset>(db, 'editor-a', 'asset', { id });
    const moved = { lat: 53.543311, lng: -2.589977 };
    await rpc(db, 'editor-a', 'save_asset', { asset: { ...current, ...moved, address: '3 Quietwater Mews, Hindley (sample home)' } });
    const queued = (await rpc<ReviewItem[]>(db, 'moderator', 'review_queue')).find((r) => r.id === id)!;
    expect(queued.diff).toMatchObject({
      lat: { from: HOME.lat, to: moved.lat },
      lng: { from: HOME.lng, to: moved.lng },
      address: { from: ADDRESS, to: '3 Quietwater Mews, Hindley (sample home)' },
    });
    expect(leaks(await rpc(db, 'resident', 'published_assets'))).toEqual([]);
    await rpc(db, 'moderator', 'approve_asset', { id, version: await versionOf(db, id) });
    expect(await rpc<Asset>(db, 'moderator', 'asset', { id })).toMatchObject({ ...moved, postcode: POSTCODE, private_address: true });
    const area = generalAreaCentre(moved);
    expect(await rpc<Asset>(db, 'resident', 'asset', { id })).toMatchObject({ lat: area.lat, lng: area.lng, address: null });
    // and back to the first home, for the tests that follow
    const again = await rpc<Asset>(db, 'editor-a', 'asset', { id });
    await rpc(db, 'editor-a', 'save_asset', { asset: { ...again, ...HOME, address: ADDRESS } });
    await rpc(db, 'moderator', 'approve_asset', { id, version: await versionOf(db, id) });
  });

  it('a new private listing waits in the queue with its exact location for the moderator', async () => {
    const draft = await rpc<Asset>(db, 'editor-a', 'save_asset', {
      asset: assetInput(SAMPLE_ORG_A, { name: 'Sample: Book club at Pat’s', ...HOME, address: ADDRESS, postcode: POSTCODE, private_address: true }),
    });
    await rpc(db, 'editor-a', 'submit_asset', { id: draft.id, version: draft.version });
    const queued = (await rpc<ReviewItem[]>(db, 'moderator', 'review_queue')).find((r) => r.id === draft.id)!;
    expect(queued.diff).toMatchObject({ lat: { to: HOME.lat }, address: { to: ADDRESS }, private_address: { to: true } });
  });
});

describe('turning the general area on and off', () => {
  it('off puts the exact location back where everyone can see it, and on hides it again', async () => {
    // Organisation B publishes without review: the change is live at once. A listing of its own,
    // at a place of its own: this one ends up public.
    const OPEN_HOME = { lat: 53.552468, lng: -2.611734 };
    const OPEN_ADDRESS = '7 Brookside Walk, Hindley (sample home)';
    const OPEN_AREA = generalAreaCentre(OPEN_HOME);
    const saved = await rpc<Asset>(db, 'editor-b', 'save_asset', {
      asset: assetInput(SAMPLE_ORG_B, { name: 'Sample: Toggle club', ...OPEN_HOME, address: OPEN_ADDRESS, postcode: 'WN2 3AN' }),
    });
    const pub = await rpc<Asset>(db, 'editor-b', 'submit_asset', { id: saved.id, version: saved.version });
    expect(await rpc<Asset>(db, 'resident', 'asset', { id: pub.id })).toMatchObject({ ...OPEN_HOME, address: OPEN_ADDRESS });

    const hidden = await rpc<Asset>(db, 'editor-b', 'save_asset', { asset: { ...pub, private_address: true } });
    expect(hidden).toMatchObject({ ...OPEN_HOME, address: OPEN_ADDRESS, postcode: 'WN2 3AN', private_address: true });
    expect(await rpc<Asset>(db, 'resident', 'asset', { id: pub.id })).toMatchObject({ lat: OPEN_AREA.lat, lng: OPEN_AREA.lng, address: null, postcode: null });

    // An edit of something else while hidden keeps the exact location and the general area.
    const renamed = await rpc<Asset>(db, 'editor-b', 'save_asset', { asset: { ...hidden, name: 'Sample: Toggle club (Tuesdays)' } });
    expect(renamed).toMatchObject({ ...OPEN_HOME, address: OPEN_ADDRESS });
    expect(await rpc<Asset>(db, 'resident', 'asset', { id: pub.id })).toMatchObject({ name: 'Sample: Toggle club (Tuesdays)', lat: OPEN_AREA.lat, address: null });

    const shown = await rpc<Asset>(db, 'editor-b', 'save_asset', { asset: { ...renamed, private_address: false } });
    expect(shown).toMatchObject({ ...OPEN_HOME, address: OPEN_ADDRESS, private_address: false });
    expect(await rpc<Asset>(db, 'resident', 'asset', { id: pub.id })).toMatchObject({ ...OPEN_HOME, address: OPEN_ADDRESS, postcode: 'WN2 3AN' });
    expect((await db.query('select 1 from app.asset_private_locations where asset_id = $1', [pub.id])).rows).toEqual([]);
  });

  it('on, for an organisation whose edits wait for review, hides the address at once; the rest of the edit still waits', async () => {
    const SHOP = { lat: 53.538811, lng: -2.583306 };
    const draft = await rpc<Asset>(db, 'editor-a', 'save_asset', {
      asset: assetInput(SAMPLE_ORG_A, { name: 'Sample: Craft circle', ...SHOP, address: '2 Lantern Yard, Hindley (sample home)' }),
    });
    await rpc(db, 'editor-a', 'submit_asset', { id: draft.id, version: draft.version });
    const pub = await rpc<Asset>(db, 'moderator', 'approve_asset', { id: draft.id, version: await versionOf(db, draft.id) });
    expect(await rpc<Asset>(db, 'resident', 'asset', { id: pub.id })).toMatchObject({ ...SHOP, address: '2 Lantern Yard, Hindley (sample home)' });

    const saved = await rpc<Asset>(db, 'editor-a', 'save_asset', { asset: { ...pub, private_address: true, name: 'Sample: Craft circle (Thursdays)' } });
    expect(saved).toMatchObject({ ...SHOP, private_address: true, name: 'Sample: Craft circle', pending_changes: { name: 'Sample: Craft circle (Thursdays)' } });
    const area = generalAreaCentre(SHOP);
    expect(await rpc<Asset>(db, 'resident', 'asset', { id: pub.id })).toMatchObject({ lat: area.lat, lng: area.lng, address: null, name: 'Sample: Craft circle' });
    expect(leaks(await rpc(db, 'resident', 'published_assets')).length).toBe(0);
    expect(JSON.stringify(await rpc(db, 'resident', 'published_assets'))).not.toContain('Lantern Yard');

    // Showing it again is an edit like any other: it waits for a moderator.
    const shown = await rpc<Asset>(db, 'editor-a', 'save_asset', { asset: { ...saved, private_address: false } });
    expect(shown.pending_changes).toMatchObject({ private_address: false });
    expect(await rpc<Asset>(db, 'resident', 'asset', { id: pub.id })).toMatchObject({ lat: area.lat, address: null });
    await rpc(db, 'moderator', 'approve_asset', { id: pub.id, version: await versionOf(db, pub.id) });
    expect(await rpc<Asset>(db, 'resident', 'asset', { id: pub.id })).toMatchObject({
      ...SHOP,
      address: '2 Lantern Yard, Hindley (sample home)',
      private_address: false,
    });
  });

  it('a status change (archive and restore) keeps the exact location', async () => {
    const cur = await rpc<Asset>(db, 'editor-a', 'asset', { id });
    const archived = await rpc<Asset>(db, 'editor-a', 'archive_asset', { id, version: cur.version });
    const restored = await rpc<Asset>(db, 'editor-a', 'restore_asset', { id, version: archived.version });
    expect(restored).toMatchObject({ ...HOME, address: ADDRESS, private_address: true });
    await rpc(db, 'moderator', 'approve_asset', { id, version: await versionOf(db, id) });
    expect(await rpc<Asset>(db, 'resident', 'asset', { id })).toMatchObject({ status: 'published', lat: AREA.lat, address: null });
  });

  it('refuses a flag that is not true or false, beside the field', async () => {
    await expect(rpc(db, 'editor-a', 'save_asset', { asset: assetInput(SAMPLE_ORG_A, { private_address: 'yes' as unknown as boolean }) })).rejects.toMatchObject({
      code: '23514',
      column: 'private_address',
    });
  });
});

describe('an import', () => {
  it('updating a private listing from a partner’s file keeps the address it gives out of the public row', async () => {
    const row = (over: Partial<ImportRow['asset']>): ImportRow => ({
      row: 2,
      action: 'insert',
      asset: {
        ...assetInput(SAMPLE_ORG_B, { name: 'Sample: Imported home group', lat: 53.5, lng: -2.6, address: null, postcode: null }),
        org_id: null,
        external_id: 'HOME-1',
        ...over,
      },
    });
    const commit = (r: ImportRow) =>
      rpc<ImportBatch>(db, 'moderator', 'commit_import', { partner: 'Sample Home Groups', file_name: 'homes.csv', org_id: SAMPLE_ORG_B, rows: [r], report: [] });
    await commit(row({}));
    const imported = (await db.query<{ id: string }>("select id from app.assets where external_id = 'HOME-1'")).rows[0].id;
    const cur = await rpc<Asset>(db, 'moderator', 'asset', { id: imported });
    await rpc(db, 'moderator', 'save_asset', { asset: { ...cur, private_address: true } });
    await commit({ ...row({ ...HOME, address: ADDRESS, postcode: POSTCODE }), action: 'update', target_id: imported });
    expect(leaks(await rpc(db, 'resident', 'asset', { id: imported }))).toEqual([]);
    expect(leaks(await rpc(db, 'resident', 'published_assets'))).toEqual([]);
    expect(await rpc<Asset>(db, 'moderator', 'asset', { id: imported })).toMatchObject({ ...HOME, address: ADDRESS, postcode: POSTCODE, private_address: true });
  });
});

describe('a database from before private addresses', () => {
  it('moves forward with every listing public as it was', async () => {
    const mine = '20261203100000_private_addresses.sql';
    const all = readMigrations();
    const old = await PGliteClass.create({ extensions: pgliteExtensions });
    await applyMigrations(
      old,
      all.filter((m) => m.name < mine),
    );
    await old.exec(`insert into auth.users (id, email) values ('e0000000-0000-4000-8000-0000000000a1', 'editor.a@example.org');
      insert into app.categories (slug, label, sort, colour, icon) values ('older-people', 'Older people', 0, '#225588', 'users') on conflict do nothing;
      insert into app.organisations (id, name, email, status) values ('${SAMPLE_ORG_A}', 'Sample: Hindley Community Trust', 'trust@example.org', 'verified');
      insert into app.memberships (org_id, user_id, role) values ('${SAMPLE_ORG_A}', 'e0000000-0000-4000-8000-0000000000a1', 'owner');`);
    const before = await rpc<Asset>(old, 'editor-a', 'save_asset', { asset: assetInput(SAMPLE_ORG_A, { ...HOME, address: ADDRESS }) });
    await applyMigrations(old, all);
    const after = await rpc<Asset>(old, 'editor-a', 'asset', { id: before.id });
    expect(after).toMatchObject({ ...HOME, address: ADDRESS, private_address: false, version: before.version });
    const marked = await rpc<Asset>(old, 'editor-a', 'save_asset', { asset: { ...after, private_address: true } });
    expect((await old.query('select lat, lng, address from app.assets where id = $1', [marked.id])).rows).toEqual([{ lat: AREA.lat, lng: AREA.lng, address: null }]);
    await old.close();
  });
});
