// An asset's life: draft, submit, review (approve, reject, request changes), edits to published
// assets waiting for review, trusted organisations skipping it, archive and restore, freshness,
// version conflicts, and the audit trail every step leaves.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { as, rpc } from './as';
import { assetInput, orgVersionOf, SAMPLE_ORG_A, SAMPLE_ORG_B, seededAsset, versionOf } from './fixtures';
import type { Asset, AssetCollection, AssetEvent } from '../../src/domain/types';
import type { ReviewItem, StaleAsset } from '../../src/backend/api';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

const save = (who: string, asset: object) => rpc<Asset>(db, who, 'save_asset', { asset });
/** Calls a listing action at the listing's current version, as a person looking at it would. */
const act = async (who: string, fn: string, id: string, args: Record<string, unknown> = {}) => rpc<Asset>(db, who, fn, { id, version: await versionOf(db, id), ...args });
const events = (id: string) => rpc<AssetEvent[]>(db, 'moderator', 'asset_events', { asset_id: id });
const residentSees = async (id: string) =>
  (await rpc<AssetCollection>(db, 'resident', 'published_assets')).features.find((f) => f.properties.id === id)?.properties ?? null;

describe('draft to published', () => {
  it('walks an asset through save, submit, request changes, reject and approve', async () => {
    const created = await save('editor-a', assetInput(SAMPLE_ORG_A, { name: 'Sample: Lifecycle Club' }));
    expect(created).toMatchObject({ status: 'draft', version: 1, org_name: 'Sample: Hindley Community Trust', ward: expect.any(String) });

    const edited = await save('editor-a', { ...assetInput(SAMPLE_ORG_A, { name: 'Sample: Lifecycle Club (Wednesdays)' }), id: created.id, version: 1 });
    expect(edited).toMatchObject({ version: 2, name: 'Sample: Lifecycle Club (Wednesdays)' });

    expect(await act('editor-a', 'submit_asset', created.id)).toMatchObject({ status: 'pending' });
    const queue = await rpc<ReviewItem[]>(db, 'moderator', 'review_queue');
    expect(queue.find((q) => q.id === created.id)).toMatchObject({ kind: 'asset', is_new: true, org_id: SAMPLE_ORG_A });

    const sentBack = await act('moderator', 'request_changes', created.id, { reason: 'Please add the room number' });
    expect(sentBack).toMatchObject({ status: 'draft', review_note: 'Please add the room number' });
    expect((await rpc<Asset>(db, 'editor-a', 'asset', { id: created.id })).review_note).toBe('Please add the room number');

    await act('editor-a', 'submit_asset', created.id);
    await expect(act('moderator', 'reject_asset', created.id, { reason: '  ' })).rejects.toMatchObject({ code: '23514', column: 'review_note' });
    expect(await act('moderator', 'reject_asset', created.id, { reason: 'Duplicate of an existing club' })).toMatchObject({ status: 'rejected' });
    expect(await residentSees(created.id)).toBeNull();

    await act('editor-a', 'submit_asset', created.id);
    expect(await act('moderator', 'approve_asset', created.id, { note: null })).toMatchObject({ status: 'published' });
    expect(await residentSees(created.id)).toMatchObject({ name: 'Sample: Lifecycle Club (Wednesdays)' });

    const actions = (await events(created.id)).map((e) => e.action).reverse();
    expect(actions).toEqual(['created', 'updated', 'submitted', 'changes_requested', 'submitted', 'rejected', 'submitted', 'published']);
  });

  it('records who, what changed and why', async () => {
    const created = await save('editor-a', assetInput(SAMPLE_ORG_A, { name: 'Sample: Audit Club' }));
    await save('editor-a', { ...assetInput(SAMPLE_ORG_A, { name: 'Sample: Audited Club', cost: '£4 a meal' }), id: created.id, version: created.version });
    await act('editor-a', 'submit_asset', created.id);
    await act('moderator', 'reject_asset', created.id, { reason: 'Sample: needs a contact' });
    const [rejected, submitted, updated, made] = await events(created.id);
    expect(made).toMatchObject({ action: 'created', actor: 'e0000000-0000-4000-8000-0000000000a1', actor_label: 'editor.a@example.org' });
    expect(made.diff.name).toEqual({ from: null, to: 'Sample: Audit Club' });
    expect(updated).toMatchObject({
      action: 'updated',
      diff: { name: { from: 'Sample: Audit Club', to: 'Sample: Audited Club' }, cost: { from: '£3 a meal', to: '£4 a meal' } },
    });
    expect(Object.keys(updated.diff).sort()).toEqual(['cost', 'name']);
    expect(submitted.diff).toEqual({ status: { from: 'draft', to: 'pending' } });
    expect(rejected).toMatchObject({ action: 'rejected', note: 'Sample: needs a contact', actor_label: 'moderator@example.gov.uk' });
    expect(new Date(rejected.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('nobody can write the audit trail directly', async () => {
    await expect(
      as(db, 'moderator', (tx) => tx.query("insert into app.asset_events (asset_id, action) select id, 'created' from app.assets limit 1")),
    ).rejects.toMatchObject({ code: '42501' });
  });
});

describe('edits to published assets', () => {
  it('wait in pending_changes while residents keep seeing the published text', async () => {
    const published = await seededAsset(db, SAMPLE_ORG_A, 'published');
    const current = await rpc<Asset>(db, 'editor-a', 'asset', { id: published.id });
    const proposal = { ...current, name: `${current.name} (new hall)`, opening_hours: 'Mo-Fr 09:00-17:00' };
    const saved = await save('editor-a', proposal);
    expect(saved).toMatchObject({ status: 'published', name: current.name, pending_changes: { name: proposal.name, opening_hours: 'Mo-Fr 09:00-17:00' } });
    expect(await residentSees(published.id)).toMatchObject({ name: current.name });

    const item = (await rpc<ReviewItem[]>(db, 'moderator', 'review_queue')).find((q) => q.id === published.id);
    expect(item).toMatchObject({ is_new: false, diff: { name: { from: current.name, to: proposal.name } } });

    await act('moderator', 'approve_asset', published.id, { note: 'Thanks' });
    expect(await residentSees(published.id)).toMatchObject({ name: proposal.name, opening_hours: 'Mo-Fr 09:00-17:00' });
    expect((await rpc<Asset>(db, 'editor-a', 'asset', { id: published.id })).pending_changes).toBeNull();
    const [approved, proposed] = await events(published.id);
    expect(proposed).toMatchObject({ action: 'submitted', diff: { name: { from: current.name, to: proposal.name } } });
    expect(approved).toMatchObject({ action: 'published', note: 'Thanks', diff: { name: { from: current.name, to: proposal.name } } });
  });

  it('a rejected edit is discarded and the reason kept', async () => {
    const published = await seededAsset(db, SAMPLE_ORG_A, 'published');
    const current = await rpc<Asset>(db, 'editor-a', 'asset', { id: published.id });
    await save('editor-a', { ...current, description: 'Sample: spam spam spam' });
    const after = await act('moderator', 'reject_asset', published.id, { reason: 'Please keep the description factual' });
    expect(after).toMatchObject({ status: 'published', pending_changes: null, description: current.description, review_note: 'Please keep the description factual' });
  });

  it('proposed values are checked like any other', async () => {
    const published = await seededAsset(db, SAMPLE_ORG_A, 'published');
    const current = await rpc<Asset>(db, 'editor-a', 'asset', { id: published.id });
    await expect(save('editor-a', { ...current, email: 'broken' })).rejects.toMatchObject({ code: '23514', constraint: 'assets_email_check' });
  });

  it('a verified organisation with auto_publish skips review', async () => {
    const draft = await seededAsset(db, SAMPLE_ORG_B, 'draft').catch(async () => save('editor-b', assetInput(SAMPLE_ORG_B, { name: 'Sample: Trusted Pantry' })));
    expect(await act('editor-b', 'submit_asset', draft.id)).toMatchObject({ status: 'published' });
    const current = await rpc<Asset>(db, 'editor-b', 'asset', { id: draft.id });
    const saved = await save('editor-b', { ...current, name: `${current.name} (open late)` });
    expect(saved).toMatchObject({ name: `${current.name} (open late)`, pending_changes: null });
    expect(await residentSees(draft.id)).toMatchObject({ name: `${current.name} (open late)` });
  });
});

describe('archive, restore and freshness', () => {
  it('archives instead of deleting; a published listing comes back through review', async () => {
    const published = await seededAsset(db, SAMPLE_ORG_A, 'published');
    expect(await act('editor-a', 'archive_asset', published.id)).toMatchObject({ status: 'archived' });
    expect(await residentSees(published.id)).toBeNull();
    await expect(save('editor-a', { id: published.id, version: await versionOf(db, published.id), name: 'Sample: Edited while archived' })).rejects.toMatchObject({
      code: '55000',
      message: 'Restore this listing before editing it',
    });
    expect(await act('editor-a', 'restore_asset', published.id)).toMatchObject({ status: 'pending' });
    expect(await residentSees(published.id)).toBeNull();
    expect(await act('moderator', 'approve_asset', published.id)).toMatchObject({ status: 'published' });
    expect(await residentSees(published.id)).not.toBeNull();

    const draft = await save('editor-a', assetInput(SAMPLE_ORG_A, { name: 'Sample: Archived Draft' }));
    await act('editor-a', 'archive_asset', draft.id);
    expect(await act('editor-a', 'restore_asset', draft.id)).toMatchObject({ status: 'draft' });
    expect((await events(draft.id)).map((e) => e.action).slice(0, 2)).toEqual(['restored', 'archived']);
    await expect(as(db, 'editor-a', (tx) => tx.query('delete from app.assets where id = $1', [draft.id]))).rejects.toMatchObject({ code: '42501' });
  });

  it('a trusted organisation restores a published listing straight to the map', async () => {
    const published = await seededAsset(db, SAMPLE_ORG_B, 'published');
    await act('editor-b', 'archive_asset', published.id);
    expect(await act('editor-b', 'restore_asset', published.id)).toMatchObject({ status: 'published' });
  });

  it('verifying stamps last_verified_at and takes the asset off the staleness report', async () => {
    const stale = await rpc<StaleAsset[]>(db, 'editor-a', 'staleness_report', { months: 6 });
    expect(stale.length).toBeGreaterThan(0);
    expect(stale.every((s) => s.months_since >= 6)).toBe(true);
    const target = stale[0];
    const verified = await act('editor-a', 'verify_asset', target.id);
    expect(Date.now() - new Date(verified.last_verified_at!).getTime()).toBeLessThan(60_000);
    expect((await rpc<StaleAsset[]>(db, 'editor-a', 'staleness_report', { months: 6 })).map((s) => s.id)).not.toContain(target.id);
    expect((await events(target.id))[0]).toMatchObject({ action: 'verified' });
    // Members see only their own organisation's stale assets; moderators see everyone's.
    expect(new Set(stale.map((s) => s.org_id))).toEqual(new Set([SAMPLE_ORG_A]));
    await expect(rpc(db, 'resident', 'staleness_report', { months: 6 })).rejects.toMatchObject({ code: '42501' });
    const all = await rpc<StaleAsset[]>(db, 'moderator', 'staleness_report', { months: 6 });
    expect(all.length).toBeGreaterThan(stale.length);
  });
});

describe('concurrency', () => {
  it('a save from a stale version raises 40001 and changes nothing', async () => {
    const created = await save('editor-a', assetInput(SAMPLE_ORG_A, { name: 'Sample: Race Club' }));
    await save('editor-a', { ...assetInput(SAMPLE_ORG_A, { name: 'Sample: Race Club (first save wins)' }), id: created.id, version: created.version });
    const error = await save('editor-a', { ...assetInput(SAMPLE_ORG_A, { name: 'Sample: Race Club (second save)' }), id: created.id, version: created.version }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: '40001', message: 'This listing was changed by someone else since you opened it' });
    const now = await rpc<Asset>(db, 'editor-a', 'asset', { id: created.id });
    expect(now).toMatchObject({ name: 'Sample: Race Club (first save wins)', version: 2 });
  });

  it('every update bumps the version', async () => {
    const created = await save('editor-a', assetInput(SAMPLE_ORG_A, { name: 'Sample: Version Club' }));
    const verified = await act('editor-a', 'verify_asset', created.id);
    const submitted = await act('editor-a', 'submit_asset', created.id);
    expect([created.version, verified.version, submitted.version]).toEqual([1, 2, 3]);
  });

  it('organisation profiles have the same version check', async () => {
    const version = await orgVersionOf(db, SAMPLE_ORG_B);
    const saved = await rpc<{ version: number; description: string }>(db, 'editor-b', 'update_organisation', {
      id: SAMPLE_ORG_B,
      patch: { description: 'Sample: new words' },
      version,
    });
    expect(saved).toMatchObject({ version: version + 1, description: 'Sample: new words' });
    await expect(rpc(db, 'editor-b', 'update_organisation', { id: SAMPLE_ORG_B, patch: { description: 'late' }, version })).rejects.toMatchObject({ code: '40001' });
  });

  it('every change names its version: none given is refused, and nothing changes', async () => {
    const draft = await seededAsset(db, SAMPLE_ORG_A, 'draft');
    for (const fn of ['submit_asset', 'verify_asset', 'archive_asset']) {
      await expect(rpc(db, 'editor-a', fn, { id: draft.id })).rejects.toMatchObject({ code: '22004', message: 'Say which version of this listing you are changing' });
    }
    await expect(save('editor-a', { ...assetInput(SAMPLE_ORG_A), id: draft.id })).rejects.toMatchObject({ code: '22004' });
    await expect(rpc(db, 'editor-a', 'update_organisation', { id: SAMPLE_ORG_A, patch: { description: 'x' } })).rejects.toMatchObject({ code: '22004' });
    expect(await versionOf(db, draft.id)).toBe(draft.version);
  });
});
