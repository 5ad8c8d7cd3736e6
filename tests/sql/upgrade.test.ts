// A browser that ran the first build keeps its local database: the next build applies only the
// migrations it has not seen. This builds such a database with the first build's migrations and
// its own api (drafts, a proposed edit, review notes, an archived listing, an import), then
// applies the rest and checks that nothing anyone wrote is lost and the new rules hold on it.
import { beforeAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { applyMigrations } from '../../src/backend/local/migrate';
import { pgliteExtensions, readMigrations } from './db';
import { rpc } from './as';
import { assetInput, count, SAMPLE_ORG_A, versionOf } from './fixtures';
import type { Asset, Category } from '../../src/domain/types';

const FIRST_BUILD_LAST = '20251125101500_api_import.sql';
const all = readMigrations();
const firstBuild = all.filter((m) => m.name <= FIRST_BUILD_LAST);

let db: PGlite;
const ids: Record<string, string> = {};

// What the first build's seed and its users had written, through its own tables and functions.
const FIRST_BUILD_DATA = `
insert into auth.users (id, email) values
  ('e0000000-0000-4000-8000-0000000000a1', 'editor.a@example.org'),
  ('d0000000-0000-4000-8000-000000000001', 'moderator@example.gov.uk');
insert into public.staff (user_id, role) values ('d0000000-0000-4000-8000-000000000001', 'moderator');
insert into public.categories (slug, label, sort) values ('older-people', 'Older people', 0), ('food-support', 'Food support', 1);
insert into public.organisations (id, name, email, status) values
  ('${SAMPLE_ORG_A}', 'Sample: Hindley Community Trust', 'trust@example.org', 'verified');
insert into public.memberships (org_id, user_id, role) values ('${SAMPLE_ORG_A}', 'e0000000-0000-4000-8000-0000000000a1', 'owner');
`;

beforeAll(async () => {
  db = await PGlite.create({ extensions: pgliteExtensions });
  await applyMigrations(db, firstBuild);
  await db.exec(FIRST_BUILD_DATA);
  // The first build's api: no versions, no take-down.
  const save = (asset: object) => rpc<Asset>(db, 'editor-a', 'save_asset', { asset });
  ids.draft = (await save(assetInput(SAMPLE_ORG_A, { name: 'Sample: Still a draft', categories: ['older-people'] }))).id;
  ids.published = (await save(assetInput(SAMPLE_ORG_A, { name: 'Sample: Lunch club', categories: ['older-people'] }))).id;
  await rpc(db, 'editor-a', 'submit_asset', { id: ids.published });
  await rpc(db, 'moderator', 'approve_asset', { id: ids.published, note: 'Welcome' });
  const current = await rpc<Asset>(db, 'editor-a', 'asset', { id: ids.published });
  await save({ ...current, name: 'Sample: Lunch club (new hall)' });
  ids.rejected = (await save(assetInput(SAMPLE_ORG_A, { name: 'Sample: Turned down', categories: ['food-support'] }))).id;
  await rpc(db, 'editor-a', 'submit_asset', { id: ids.rejected });
  await rpc(db, 'moderator', 'reject_asset', { id: ids.rejected, reason: 'Please add a contact' });
  ids.archived = (await save(assetInput(SAMPLE_ORG_A, { name: 'Sample: Closed for winter', categories: ['food-support'] }))).id;
  await rpc(db, 'editor-a', 'submit_asset', { id: ids.archived });
  await rpc(db, 'moderator', 'approve_asset', { id: ids.archived });
  await rpc(db, 'editor-a', 'archive_asset', { id: ids.archived });
  ids.batch = (
    await rpc<{ id: string }>(db, 'moderator', 'commit_import', {
      partner: 'First Partner',
      file_name: 'first.csv',
      org_id: null,
      report: [],
      rows: [
        {
          row: 2,
          action: 'insert',
          asset: { ...assetInput(SAMPLE_ORG_A, { name: 'Sample: Imported pantry', categories: ['food-support'] }), org_id: null, external_id: 'F-1' },
        },
      ],
    })
  ).id;
});

describe('a first-build local database moving forward', () => {
  let before: { assets: number; events: number; batches: number };

  it('applies only the migrations it has not seen, in one go', async () => {
    before = {
      assets: await count(db, 'select 1 from public.assets'),
      events: await count(db, 'select 1 from public.asset_events'),
      batches: await count(db, 'select 1 from public.import_batches'),
    };
    const { applied } = await applyMigrations(db, all);
    expect(applied).toEqual(all.filter((m) => m.name > FIRST_BUILD_LAST).map((m) => m.name));
    expect(await count(db, "select 1 from pg_tables where schemaname = 'public'")).toBe(0);
  });

  it('keeps every listing, event and import', async () => {
    expect(await count(db, 'select 1 from app.assets')).toBe(before.assets);
    expect(await count(db, 'select 1 from app.asset_events')).toBe(before.events);
    expect(await count(db, 'select 1 from app.import_batches')).toBe(before.batches);
    expect(await count(db, 'select 1 from app.memberships')).toBe(1);
  });

  it('moves proposed edits and review notes to the review table, and remembers where archived listings were', async () => {
    const published = await rpc<Asset>(db, 'editor-a', 'asset', { id: ids.published });
    expect(published).toMatchObject({ status: 'published', name: 'Sample: Lunch club', pending_changes: { name: 'Sample: Lunch club (new hall)' } });
    expect(await rpc<Asset>(db, 'editor-a', 'asset', { id: ids.rejected })).toMatchObject({ status: 'rejected', review_note: 'Please add a contact' });
    const archived = (await db.query<{ previous_status: string }>('select previous_status from app.assets where id = $1', [ids.archived])).rows[0];
    expect(archived.previous_status).toBe('published');
    // Residents still see exactly what they saw.
    expect(await rpc<Asset | null>(db, 'resident', 'asset', { id: ids.published })).toMatchObject({ name: 'Sample: Lunch club', pending_changes: null });
  });

  it('runs the new rules on the old rows: approval by version, restore through review, undo', async () => {
    await expect(rpc(db, 'moderator', 'approve_asset', { id: ids.published, version: 1 })).rejects.toMatchObject({ code: '40001' });
    expect(await rpc<Asset>(db, 'moderator', 'approve_asset', { id: ids.published, version: await versionOf(db, ids.published) })).toMatchObject({
      name: 'Sample: Lunch club (new hall)',
      pending_changes: null,
    });
    expect(await rpc<Asset>(db, 'editor-a', 'restore_asset', { id: ids.archived, version: await versionOf(db, ids.archived) })).toMatchObject({ status: 'pending' });
    await rpc(db, 'moderator', 'undo_import', { batch_id: ids.batch });
    expect(await count(db, "select 1 from app.assets where external_id = 'F-1'")).toBe(0);
    expect(await count(db, "select 1 from app.asset_events where action = 'import_undone'")).toBe(1);
  });

  it('keeps every listing’s categories, and gains the sub-categories a listing can now name', async () => {
    const r = await db.query<{ categories: string[] }>('select categories from app.assets where id = $1', [ids.draft]);
    expect(r.rows[0].categories).toEqual(['older-people']);
    const cats = await rpc<Category[]>(db, 'resident', 'categories');
    expect(cats.find((c) => c.slug === 'older-people')).toMatchObject({ label: 'Older people', parent: null });
    expect(cats.find((c) => c.slug === 'library')).toMatchObject({ parent: 'learning', kind: 'place' });
    const saved = await rpc<Asset>(db, 'editor-a', 'save_asset', {
      asset: { ...(await rpc<Asset>(db, 'editor-a', 'asset', { id: ids.draft })), categories: ['library', 'older-people'] },
    });
    expect(saved.categories).toEqual(['library', 'older-people']);
  });
});
