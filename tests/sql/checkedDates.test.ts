// Issue 13 item 7: a listing's checked date says when someone last confirmed its details, and
// who. A moderator's approval is a check; an organisation publishing or confirming its own
// listing is one; an import keeps the partner's own date, or says the details were imported and
// not yet confirmed, never "checked today". Residents read the same facts from
// api.published_assets.
import { beforeAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { applyMigrations } from '../../src/backend/local/migrate';
import { createTestDb, pgliteExtensions, readMigrations, readSeed } from './db';
import { rpc } from './as';
import { assetInput, SAMPLE_ORG_A, SAMPLE_ORG_B, versionOf } from './fixtures';
import type { Asset, AssetCollection, AssetEvent } from '../../src/domain/types';
import type { ImportBatch, ImportRow } from '../../src/backend/api';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

interface Checked {
  last_verified_at: string | null;
  checked_by: string | null;
  imported_at: string | null;
  status: string;
}
const checkedOf = async (id: string): Promise<Checked> =>
  (await db.query<Checked>('select last_verified_at::text, checked_by, imported_at::text, status from app.assets where id = $1', [id])).rows[0];
const secondsAgo = async (ts: string | null) =>
  ts === null ? null : (await db.query<{ s: number }>('select extract(epoch from now() - $1::timestamptz)::float8 as s', [ts])).rows[0].s;
const publishedProps = async (id: string) => (await rpc<AssetCollection>(db, 'resident', 'published_assets')).features.find((f) => f.properties.id === id)?.properties;

async function newListing(who: 'editor-a' | 'editor-b', org: string, name: string): Promise<string> {
  const created = await rpc<Asset>(db, who, 'save_asset', { asset: assetInput(org, { name }) });
  return created.id;
}

describe('moderation and organisations', () => {
  it('counts a moderator approving a new listing as a check, recorded in the same step of the history', async () => {
    const id = await newListing('editor-a', SAMPLE_ORG_A, 'Sample: Approved Club');
    expect(await checkedOf(id)).toMatchObject({ last_verified_at: null, checked_by: null });
    await rpc(db, 'editor-a', 'submit_asset', { id, version: await versionOf(db, id) });
    const approved = await rpc<Asset & { checked_by: string }>(db, 'moderator', 'approve_asset', { id, version: await versionOf(db, id), note: null });
    expect(approved.checked_by).toBe('moderator');
    const c = await checkedOf(id);
    expect(c).toMatchObject({ status: 'published', checked_by: 'moderator' });
    expect(await secondsAgo(c.last_verified_at)).toBeLessThan(60);
    const events = await rpc<AssetEvent[]>(db, 'moderator', 'asset_events', { asset_id: id });
    const published = events.filter((e) => e.action === 'published');
    expect(published).toHaveLength(1);
    expect(Object.keys(published[0].diff)).toContain('last_verified_at');
    expect(events.some((e) => e.action === 'verified')).toBe(false);
    expect(await publishedProps(id)).toMatchObject({ checked_by: 'moderator', imported_at: null });
  });

  it('counts approving a proposed edit as a check', async () => {
    const id = await newListing('editor-a', SAMPLE_ORG_A, 'Sample: Edited Club');
    await rpc(db, 'editor-a', 'submit_asset', { id, version: await versionOf(db, id) });
    await rpc(db, 'moderator', 'approve_asset', { id, version: await versionOf(db, id), note: null });
    // Pretend the approval was long ago, then propose and approve an edit.
    await db.query("update app.assets set last_verified_at = now() - interval '2 years' where id = $1", [id]);
    const current = await rpc<Asset>(db, 'editor-a', 'asset', { id });
    await rpc(db, 'editor-a', 'save_asset', { asset: { ...current, name: 'Sample: Edited Club (new hall)' } });
    await rpc(db, 'moderator', 'approve_asset', { id, version: await versionOf(db, id), note: null });
    const c = await checkedOf(id);
    expect(c.checked_by).toBe('moderator');
    expect(await secondsAgo(c.last_verified_at)).toBeLessThan(60);
  });

  it('counts a trusted organisation publishing its own listing as its check', async () => {
    const id = await newListing('editor-b', SAMPLE_ORG_B, 'Sample: Trusted Club');
    await rpc(db, 'editor-b', 'submit_asset', { id, version: await versionOf(db, id) });
    const c = await checkedOf(id);
    expect(c).toMatchObject({ status: 'published', checked_by: 'organisation' });
    expect(await secondsAgo(c.last_verified_at)).toBeLessThan(60);
  });

  it('records who pressed "Still correct"', async () => {
    const id = await newListing('editor-a', SAMPLE_ORG_A, 'Sample: Confirmed Club');
    await rpc(db, 'editor-a', 'submit_asset', { id, version: await versionOf(db, id) });
    await rpc(db, 'moderator', 'approve_asset', { id, version: await versionOf(db, id), note: null });
    await rpc(db, 'editor-a', 'verify_asset', { id, version: await versionOf(db, id) });
    expect((await checkedOf(id)).checked_by).toBe('organisation');
    await rpc(db, 'moderator', 'verify_asset', { id, version: await versionOf(db, id) });
    expect((await checkedOf(id)).checked_by).toBe('moderator');
  });

  it('does not call restoring an archived listing a check', async () => {
    const id = await newListing('editor-b', SAMPLE_ORG_B, 'Sample: Restored Club');
    await rpc(db, 'editor-b', 'submit_asset', { id, version: await versionOf(db, id) });
    await db.query("update app.assets set last_verified_at = '2024-01-10T10:00:00Z' where id = $1", [id]);
    await rpc(db, 'editor-b', 'archive_asset', { id, version: await versionOf(db, id) });
    await rpc(db, 'editor-b', 'restore_asset', { id, version: await versionOf(db, id) });
    const c = await checkedOf(id);
    expect(c.status).toBe('published');
    expect(new Date(c.last_verified_at!).toISOString()).toBe('2024-01-10T10:00:00.000Z');
  });
});

const PARTNER = 'Sample Checked Partner';
function row(n: number, over: Partial<ImportRow['asset']> = {}): ImportRow {
  return {
    row: n,
    action: 'insert',
    asset: {
      kind: 'service',
      name: `Sample: Dated service ${n}`,
      description: 'From a partner file',
      categories: ['advice-money'],
      lat: 53.5 + n * 0.001,
      lng: -2.7,
      address: null,
      postcode: 'WN1 1AA',
      phone: null,
      email: null,
      website: null,
      opening_hours: null,
      free: true,
      cost: null,
      age_groups: [],
      accessibility: [],
      languages: ['en'],
      external_id: `D-${n}`,
      ...over,
    },
  };
}
const commit = (rows: ImportRow[]) => rpc<ImportBatch>(db, 'moderator', 'commit_import', { partner: PARTNER, file_name: 'dated.csv', org_id: null, rows, report: [] });
const idOf = async (external: string) =>
  (await db.query<{ id: string }>('select id from app.assets where source = $1 and external_id = $2', [PARTNER, external])).rows[0].id;

describe('imports', () => {
  it('marks a row without a date as imported and not yet confirmed, never checked', async () => {
    const batch = await commit([row(1)]);
    const id = await idOf('D-1');
    const c = await checkedOf(id);
    expect(c).toMatchObject({ last_verified_at: null, checked_by: null, status: 'published' });
    expect(new Date(c.imported_at!).toISOString()).toBe(new Date(batch.created_at).toISOString());
    expect(await publishedProps(id)).toMatchObject({ last_verified_at: null, checked_by: null, import_batch_id: batch.id });
    expect(new Date((await publishedProps(id))!.imported_at!).toISOString()).toBe(new Date(batch.created_at).toISOString());
  });

  it('reports an unconfirmed import as never confirmed, counting its months from the import, not from when the listing was first made', async () => {
    type Stale = { id: string; last_verified_at: string | null; imported_at: string | null; source: string | null; months_since: number };
    const old = (await db.query<{ id: string }>("select id from app.assets where status = 'published' and created_at < now() - interval '2 years' order by name limit 1"))
      .rows[0].id;
    await commit([{ row: 1, action: 'update', target_id: old, asset: { ...row(30).asset, description: 'New details from the partner' } }]);
    const c = await checkedOf(old);
    expect(c).toMatchObject({ last_verified_at: null, checked_by: null });
    const overSixMonths = await rpc<Stale[]>(db, 'moderator', 'staleness_report', { months: 6 });
    expect(overSixMonths.map((s) => s.id)).not.toContain(old);
    const all = await rpc<Stale[]>(db, 'moderator', 'staleness_report', { months: 0 });
    expect(all.find((s) => s.id === old)).toMatchObject({ last_verified_at: null, source: PARTNER, months_since: 0 });
    expect(all.find((s) => s.id === old)!.imported_at).not.toBeNull();
  });

  it("keeps the partner's own last-checked date", async () => {
    await commit([row(2, { last_verified_at: '2025-03-14' })]);
    const c = await checkedOf(await idOf('D-2'));
    expect(c.checked_by).toBe('partner');
    expect(c.last_verified_at!.slice(0, 10)).toBe('2025-03-14');
  });

  it('refuses a partner date in the future or not a date, naming the row, and writes nothing', async () => {
    await expect(commit([row(3), row(4, { last_verified_at: '2999-01-01' })])).rejects.toMatchObject({
      message: expect.stringMatching(/^Row 4: .*last checked.*future/i),
    });
    await expect(commit([row(5, { last_verified_at: 'last Tuesday' })])).rejects.toMatchObject({ message: expect.stringMatching(/^Row 5: .*last checked/i) });
    expect((await db.query('select 1 from app.assets where source = $1 and external_id in ($2, $3)', [PARTNER, 'D-3', 'D-5'])).rows).toHaveLength(0);
  });

  it('on re-import, keeps a newer check of unchanged details and drops it when the details change', async () => {
    await commit([row(6)]);
    const id = await idOf('D-6');
    await rpc(db, 'moderator', 'verify_asset', { id, version: await versionOf(db, id) });
    // The same details again, with an older partner date: the moderator's check still holds.
    await commit([{ ...row(6, { last_verified_at: '2024-05-01' }), action: 'update', target_id: id }]);
    expect((await checkedOf(id)).checked_by).toBe('moderator');
    // New details without a date: imported, not confirmed.
    await commit([{ ...row(6, { description: 'New opening times' }), action: 'update', target_id: id }]);
    expect(await checkedOf(id)).toMatchObject({ last_verified_at: null, checked_by: null });
    // The organisation confirms them.
    await rpc(db, 'moderator', 'verify_asset', { id, version: await versionOf(db, id) });
    expect((await checkedOf(id)).checked_by).toBe('moderator');
  });

  it('undoing an import puts the previous checked date and its source back', async () => {
    await commit([row(7, { last_verified_at: '2025-06-01' })]);
    const id = await idOf('D-7');
    const before = await checkedOf(id);
    const batch = await commit([{ ...row(7, { description: 'Changed' }), action: 'update', target_id: id }]);
    expect((await checkedOf(id)).checked_by).toBeNull();
    await rpc(db, 'moderator', 'undo_import', { batch_id: batch.id });
    expect(await checkedOf(id)).toEqual(before);
  });
});

describe('a database written before checked dates had a source', () => {
  const MINE = '20261202140000';
  let old: PGlite;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const all = readMigrations();
    old = await PGlite.create({ extensions: pgliteExtensions });
    await applyMigrations(
      old,
      all.filter((m) => m.name < MINE),
    );
    // Today's seed, less the columns and tables that schema did not have yet (jsonb_to_recordset ignores the extra keys).
    await old.exec(
      readSeed()
        .replace(/, private_address( boolean)?/g, '')
        .replace(/insert into app\.postcode_points[^;]*;/g, ''),
    );
    // What that build did: an approval left the listing "not checked"; an import stamped every row
    // with the time of the import.
    const created = await rpc<Asset>(old, 'editor-a', 'save_asset', { asset: assetInput(SAMPLE_ORG_A, { name: 'Sample: Old Approved Club' }) });
    ids.approved = created.id;
    const v = async (id: string) => (await old.query<{ version: number }>('select version from app.assets where id = $1', [id])).rows[0].version;
    await rpc(old, 'editor-a', 'submit_asset', { id: ids.approved, version: await v(ids.approved) });
    await rpc(old, 'moderator', 'approve_asset', { id: ids.approved, version: await v(ids.approved), note: null });
    await rpc(old, 'moderator', 'commit_import', { partner: PARTNER, file_name: 'old.csv', org_id: null, rows: [row(20), row(21)], report: [] });
    ids.imported = (await old.query<{ id: string }>("select id from app.assets where external_id = 'D-20'")).rows[0].id;
    ids.confirmed = (await old.query<{ id: string }>("select id from app.assets where external_id = 'D-21'")).rows[0].id;
    await old.query("update app.assets set last_verified_at = now() + interval '1 hour' where id = $1", [ids.confirmed]);
    ids.sample = (
      await old.query<{ id: string }>("select id from app.assets where status = 'published' and last_verified_at is not null and import_batch_id is null limit 1")
    ).rows[0].id;
    await applyMigrations(old, all);
  });
  const of = async (id: string) =>
    (await old.query<Checked>('select last_verified_at::text, checked_by, imported_at::text, status from app.assets where id = $1', [id])).rows[0];

  it('gives a listing a moderator approved the date of that approval', async () => {
    const c = await of(ids.approved);
    expect(c.checked_by).toBe('moderator');
    const approvedAt = (await old.query<{ at: string }>("select max(at)::text as at from app.asset_events where asset_id = $1 and action = 'published'", [ids.approved]))
      .rows[0].at;
    expect(c.last_verified_at).toBe(approvedAt);
  });

  it('takes the import stamp off imported rows, keeping a later confirmation', async () => {
    const c = await of(ids.imported);
    expect(c).toMatchObject({ last_verified_at: null, checked_by: null });
    expect(c.imported_at).not.toBeNull();
    // Confirmed after the import: kept, an organisation's check from before sources were kept.
    expect(await of(ids.confirmed)).toMatchObject({ checked_by: null });
    expect((await of(ids.confirmed)).last_verified_at).not.toBeNull();
  });

  it("leaves the sample listings' dates alone (their organisations' checks), without touching the rows", async () => {
    const before = (await old.query<{ v: number }>('select version as v from app.assets where id = $1', [ids.sample])).rows[0].v;
    expect(await of(ids.sample)).toMatchObject({ checked_by: null, imported_at: null });
    expect((await of(ids.sample)).last_verified_at).not.toBeNull();
    expect(before).toBe(1);
  });
});
