// Who may read and write what, per role, enforced by Postgres (RLS and status guards), whether
// the caller goes through `api` functions or writes the tables directly.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { as, rpc } from './as';
import { assetInput, count, orgVersionOf, SAMPLE_ORG_A, SAMPLE_ORG_B, seededAsset } from './fixtures';
import type { Asset, AssetCollection } from '../../src/domain/types';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

describe('residents (anon)', () => {
  it('see only published assets', async () => {
    const statuses = await as(db, 'resident', (tx) => tx.query<{ status: string }>('select distinct status from app.assets'));
    expect(statuses.rows).toEqual([{ status: 'published' }]);
    const fc = await rpc<AssetCollection>(db, 'resident', 'published_assets');
    expect(fc.features.length).toBe(await count(db, "select 1 from app.assets where status = 'published'"));
  });

  it('cannot read a draft through the API', async () => {
    const draft = await seededAsset(db, SAMPLE_ORG_A, 'draft');
    expect(await rpc(db, 'resident', 'asset', { id: draft.id })).toBeNull();
  });

  it('cannot write assets, organisations or areas', async () => {
    const published = await seededAsset(db, SAMPLE_ORG_A, 'published');
    await expect(as(db, 'resident', (tx) => tx.query("update app.assets set name = 'Hacked' where id = $1", [published.id]))).rejects.toMatchObject({ code: '42501' });
    await expect(as(db, 'resident', (tx) => tx.query("insert into app.organisations (name) values ('Sample: Anon Org')"))).rejects.toMatchObject({ code: '42501' });
    await expect(rpc(db, 'resident', 'save_asset', { asset: assetInput(SAMPLE_ORG_A) })).rejects.toMatchObject({ code: '42501' });
    await expect(as(db, 'resident', (tx) => tx.query('delete from app.areas'))).rejects.toMatchObject({ code: '42501' });
  });

  it('cannot read the audit trail or imports', async () => {
    await expect(as(db, 'resident', (tx) => tx.query('select * from app.asset_events'))).rejects.toMatchObject({ code: '42501' });
    await expect(as(db, 'resident', (tx) => tx.query('select * from app.import_batches'))).rejects.toMatchObject({ code: '42501' });
  });

  it('do not see proposed edits or review notes on a published asset', async () => {
    const published = await seededAsset(db, SAMPLE_ORG_A, 'published');
    const a = await rpc<Asset>(db, 'resident', 'asset', { id: published.id });
    expect(a.pending_changes).toBeNull();
    expect(a.review_note).toBeNull();
  });
});

describe('organisation editors', () => {
  it("cannot read another organisation's drafts", async () => {
    const draftB = await seededAsset(db, SAMPLE_ORG_B, 'draft');
    const seen = await as(db, 'editor-a', (tx) => tx.query("select id from app.assets where org_id = $1 and status <> 'published'", [SAMPLE_ORG_B]));
    expect(seen.rows).toEqual([]);
    expect(await rpc(db, 'editor-a', 'asset', { id: draftB.id })).toBeNull();
  });

  it('see their own drafts', async () => {
    const draftA = await seededAsset(db, SAMPLE_ORG_A, 'draft');
    expect(await rpc<Asset>(db, 'editor-a', 'asset', { id: draftA.id })).toMatchObject({ id: draftA.id, status: 'draft' });
  });

  it("cannot update another organisation's listings", async () => {
    const b = await seededAsset(db, SAMPLE_ORG_B, 'published');
    await expect(as(db, 'editor-a', (tx) => tx.query("update app.assets set name = 'Sample: Taken over' where id = $1", [b.id]))).rejects.toMatchObject({
      code: '42501',
      message: 'permission denied for table assets',
    });
    await expect(rpc(db, 'editor-a', 'save_asset', { asset: { ...assetInput(SAMPLE_ORG_B), id: b.id, version: b.version } })).rejects.toMatchObject({
      code: '42501',
      message: 'Listing not found, or you may not change it',
    });
    expect((await db.query<{ name: string }>('select name from app.assets where id = $1', [b.id])).rows[0].name).toBe(b.name);
  });

  it('cannot add listings to another organisation', async () => {
    await expect(rpc(db, 'editor-a', 'save_asset', { asset: assetInput(SAMPLE_ORG_B) })).rejects.toMatchObject({ code: '42501', column: 'org_id' });
    await expect(
      as(db, 'editor-a', (tx) =>
        tx.query("insert into app.assets (org_id, name, categories, lat, lng) values ($1, 'Sample: Sneaky', '{youth}', 53.5, -2.6)", [SAMPLE_ORG_B]),
      ),
    ).rejects.toMatchObject({ code: '42501', message: 'permission denied for table assets' });
  });

  it('cannot publish their own listing, by the API or by writing the table', async () => {
    const draft = await seededAsset(db, SAMPLE_ORG_A, 'draft');
    await expect(as(db, 'editor-a', (tx) => tx.query("update app.assets set status = 'published' where id = $1", [draft.id]))).rejects.toMatchObject({
      code: '42501',
    });
    await expect(rpc(db, 'editor-a', 'approve_asset', { id: draft.id, version: draft.version })).rejects.toMatchObject({
      code: '42501',
      message: 'Only moderators can approve listings',
    });
  });

  it('cannot verify their own organisation or turn on auto_publish', async () => {
    await expect(as(db, 'editor-a', (tx) => tx.query('update app.organisations set auto_publish = true where id = $1', [SAMPLE_ORG_A]))).rejects.toMatchObject({
      code: '42501',
      message: 'permission denied for table organisations',
    });
    await expect(rpc(db, 'editor-a', 'verify_organisation', { id: SAMPLE_ORG_A, version: 1, auto_publish: true })).rejects.toMatchObject({
      code: '42501',
      message: 'Only moderators can verify organisations',
    });
  });

  it('a new organisation starts pending and cannot verify itself', async () => {
    const org = await rpc<{ id: string; status: string }>(db, 'newcomer', 'register_organisation', {
      org: { name: 'Sample: Newcomer Allotments', description: 'Growing together', email: 'grow@example.org', website: null, phone: null },
    });
    expect(org.status).toBe('pending');
    await expect(as(db, 'newcomer', (tx) => tx.query("update app.organisations set status = 'verified' where id = $1", [org.id]))).rejects.toMatchObject({
      code: '42501',
    });
    // Until verified, nobody but its members and moderators can see it.
    expect(await rpc(db, 'resident', 'organisation', { id: org.id })).toBeNull();
    expect(await rpc(db, 'editor-b', 'organisation', { id: org.id })).toBeNull();
    expect(await rpc(db, 'moderator', 'organisation', { id: org.id })).toMatchObject({ email: 'grow@example.org' });
    await expect(as(db, 'newcomer', (tx) => tx.query("insert into app.organisations (name, status) values ('Sample: Instant Trust', 'verified')"))).rejects.toMatchObject(
      { code: '42501' },
    );
    const me = await rpc<{ memberships: { org_id: string; role: string }[] }>(db, 'newcomer', 'me');
    expect(me.memberships).toEqual([expect.objectContaining({ org_id: org.id, role: 'owner' })]);
  });

  it('members see their own events and not those of other organisations', async () => {
    const created = await rpc<Asset>(db, 'editor-a', 'save_asset', { asset: assetInput(SAMPLE_ORG_A, { name: 'Sample: Events Visible' }) });
    const mine = await rpc<unknown[]>(db, 'editor-a', 'asset_events', { asset_id: created.id });
    expect(mine.length).toBeGreaterThan(0);
    expect(await rpc(db, 'editor-b', 'asset_events', { asset_id: created.id })).toEqual([]);
    expect(await rpc<unknown[]>(db, 'moderator', 'asset_events', { asset_id: created.id })).toHaveLength(mine.length);
  });

  it('members join by accepting an invitation, and then see the drafts', async () => {
    await expect(rpc(db, 'editor-b', 'invite_member', { org_id: SAMPLE_ORG_A, email: 'newcomer@example.org', role: 'editor' })).rejects.toMatchObject({ code: '42501' });
    const draft = await seededAsset(db, SAMPLE_ORG_A, 'draft');
    expect(await rpc(db, 'newcomer', 'asset', { id: draft.id })).toBeNull();
    const invitation = await rpc<{ id: string; email: string }>(db, 'editor-a', 'invite_member', { org_id: SAMPLE_ORG_A, email: 'Newcomer@example.org', role: 'editor' });
    expect(invitation.email).toBe('newcomer@example.org');
    expect(await rpc(db, 'newcomer', 'asset', { id: draft.id })).toBeNull();
    await expect(rpc(db, 'editor-b', 'accept_invitation', { id: invitation.id })).rejects.toMatchObject({ code: '42501' });
    await rpc(db, 'newcomer', 'accept_invitation', { id: invitation.id });
    expect(await rpc(db, 'newcomer', 'asset', { id: draft.id })).toMatchObject({ id: draft.id });
    const org = await rpc<{ members: { email: string; role: string }[] }>(db, 'editor-a', 'organisation', { id: SAMPLE_ORG_A });
    expect(org.members.map((m) => m.email)).toContain('newcomer@example.org');
    await rpc(db, 'editor-a', 'remove_member', { org_id: SAMPLE_ORG_A, user_id: 'e0000000-0000-4000-8000-0000000000c1' });
    expect(await rpc(db, 'newcomer', 'asset', { id: draft.id })).toBeNull();
  });

  it('the last owner cannot leave', async () => {
    await expect(rpc(db, 'editor-b', 'remove_member', { org_id: SAMPLE_ORG_B, user_id: 'e0000000-0000-4000-8000-0000000000b1' })).rejects.toMatchObject({
      message: expect.stringContaining('at least one owner'),
    });
  });
});

describe('moderators and planners', () => {
  it('moderators read every asset and publish', async () => {
    expect(await as(db, 'moderator', async (tx) => (await tx.query<{ n: number }>('select count(*)::int as n from app.assets')).rows[0].n)).toBe(
      await count(db, 'select 1 from app.assets'),
    );
    const pending = await seededAsset(db, SAMPLE_ORG_A, 'pending');
    expect(await rpc<Asset>(db, 'moderator', 'approve_asset', { id: pending.id, version: pending.version })).toMatchObject({ status: 'published' });
  });

  it("a rejected organisation's assets disappear for residents", async () => {
    const org = (
      await db.query<{ id: string }>(
        "select org_id as id from app.assets where status = 'published' and org_id not in ($1, $2) group by 1 order by count(*) desc limit 1",
        [SAMPLE_ORG_A, SAMPLE_ORG_B],
      )
    ).rows[0].id;
    const before = (await rpc<AssetCollection>(db, 'resident', 'published_assets')).features.length;
    const theirs = await count(db, "select 1 from app.assets where status = 'published' and org_id = $1", [org]);
    await rpc(db, 'moderator', 'reject_organisation', { id: org, version: await orgVersionOf(db, org), reason: 'Sample: not a real organisation' });
    expect((await rpc<AssetCollection>(db, 'resident', 'published_assets')).features.length).toBe(before - theirs);
    await db.query("update app.organisations set status = 'verified' where id = $1", [org]);
  });

  it('planners read published assets and areas but cannot edit assets', async () => {
    const statuses = await as(db, 'planner', (tx) => tx.query<{ status: string }>('select distinct status from app.assets'));
    expect(statuses.rows).toEqual([{ status: 'published' }]);
    const published = await seededAsset(db, SAMPLE_ORG_A, 'published');
    await expect(as(db, 'planner', (tx) => tx.query('update app.assets set last_verified_at = now() where id = $1', [published.id]))).rejects.toMatchObject({
      code: '42501',
    });
    await expect(rpc(db, 'planner', 'verify_asset', { id: published.id, version: published.version })).rejects.toMatchObject({ code: '42501' });
    expect(await as(db, 'planner', async (tx) => (await tx.query('select code from app.areas')).rows.length)).toBe(225);
  });
});
