// The state behind the published file (supabase/migrations/20261202120000_publish_file.sql):
// which writes mark the published set changed, when a publish is due (debounced), the
// compare-and-set that keeps a change landing mid-publish, and that browsers cannot reach any of
// it. The Edge Function that acts on it is tested on native Postgres in tests/functions/.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { as, rpc, type Who } from './as';
import { assetInput, SAMPLE_ORG_A, seededAsset, versionOf } from './fixtures';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

interface PublishState {
  /** Transactions that changed the published set and are not published yet. */
  unpublished: number;
  published_sha256: string | null;
  pending_since: string | null;
  last_error: string | null;
}
const PUBLISH_FUNCTIONS = [
  'publish_due',
  'claim_publish',
  'record_publish',
  'record_publish_failure',
  'note_published_set_change',
  'mark_published_set_changed',
  'mark_published_set_changed_by_assets',
];
const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

const STATE = `select (select count(*)::int from app.published_set_changes) as unpublished,
                      (select min(at)::text from app.published_set_changes) as pending_since,
                      published_sha256, last_error from app.publish_state`;
const state = async () => (await db.query<PublishState>(STATE)).rows[0];
const due = async () => (await db.query<{ due: boolean }>('select private.publish_due() as due')).rows[0].due;
/** Moves the clock of the last change (and of the first unpublished one) back, as time passing would. */
const age = (changedSecondsAgo: number, pendingSecondsAgo = changedSecondsAgo) =>
  db.query(
    `update app.published_set_changes set at = case when id = (select max(id) from app.published_set_changes)
       then now() - make_interval(secs => $1) else now() - make_interval(secs => $2) end`,
    [changedSecondsAgo, pendingSecondsAgo],
  );
/** A whole publish as the Edge Function runs it: claim, (read and upload), record. */
const publish = async (sha = SHA_A, force = false) => {
  const claim = (await db.query<{ outcome: string; change_stamp: number[] }>('select outcome, change_stamp from private.claim_publish($1)', [force])).rows[0];
  if (claim.outcome === 'not_due') return { ...claim, current: null };
  const current = (await db.query<{ current: boolean }>('select private.record_publish($1, $2) as current', [claim.change_stamp, sha])).rows[0].current;
  return { ...claim, current };
};
/** A moderator approves a pending listing of organisation A: the published set changes. */
const approveOne = async () => {
  const editor = await rpc<{ id: string; version: number }>(db, 'editor-a', 'save_asset', {
    asset: assetInput(SAMPLE_ORG_A, { name: `Sample: Publish Club ${Math.random().toString(36).slice(2, 8)}` }),
  });
  await rpc(db, 'editor-a', 'submit_asset', { id: editor.id, version: editor.version });
  await rpc(db, 'moderator', 'approve_asset', { id: editor.id, version: await versionOf(db, editor.id) });
  return editor.id;
};

describe('marking the published set changed', () => {
  beforeEach(async () => {
    await publish(SHA_A, true);
  });

  it('starts never published, so the first run after deploying writes the file', async () => {
    const fresh = await createTestDb({ seed: true });
    const s = (await fresh.query<PublishState>(STATE)).rows[0];
    expect(s.unpublished).toBeGreaterThan(0);
    expect(s.published_sha256).toBeNull();
    await fresh.close();
  });

  it('a moderator approving a listing marks it changed; saving and submitting a draft does not', async () => {
    const draft = await rpc<{ id: string; version: number }>(db, 'editor-a', 'save_asset', { asset: assetInput(SAMPLE_ORG_A, { name: 'Sample: Quiet Draft' }) });
    await rpc(db, 'editor-a', 'submit_asset', { id: draft.id, version: draft.version });
    expect((await state()).unpublished).toBe(0);

    await rpc(db, 'moderator', 'approve_asset', { id: draft.id, version: await versionOf(db, draft.id) });
    const after = await state();
    expect(after.unpublished).toBe(1);
    expect(after.pending_since).not.toBeNull();
  });

  it('taking a published listing down, renaming an organisation and editing categories mark it changed', async () => {
    const published = await seededAsset(db, SAMPLE_ORG_A, 'published');
    await rpc(db, 'moderator', 'take_down_asset', { id: published.id, version: published.version, reason: 'Sample: closed for good' });
    expect((await state()).unpublished).toBe(1);
    await db.query("update app.organisations set name = name || ' (renamed)' where id = $1", [SAMPLE_ORG_A]);
    expect((await state()).unpublished).toBe(2);
    await db.query("update app.categories set label = label where slug = 'health'");
    expect((await state()).unpublished).toBe(3);
  });

  it('keeps one row per transaction, however many rows and statements it writes', async () => {
    const n = await db.transaction(async (tx) => {
      const a = (await tx.query("update app.assets set updated_at = updated_at where status = 'published'")).affectedRows ?? 0;
      await tx.query('update app.organisations set description = description where id = $1', [SAMPLE_ORG_A]);
      return a;
    });
    expect(n).toBeGreaterThan(10);
    expect((await state()).unpublished).toBe(1);
  });
});

describe('when a publish is due', () => {
  beforeEach(async () => {
    await publish(SHA_A, true);
  });

  it('is not due when nothing changed since the last publish, however long ago', async () => {
    await age(86_400);
    expect(await due()).toBe(false);
    expect((await publish()).outcome).toBe('not_due');
  });

  it('waits for the set to be quiet for quiet_seconds after the latest change', async () => {
    await approveOne();
    expect(await due()).toBe(false);
    await age(10);
    expect(await due()).toBe(false);
    await age(31);
    expect(await due()).toBe(true);
  });

  it('goes out anyway max_wait_seconds after the first unpublished change, even if never quiet', async () => {
    await approveOne();
    await approveOne(); // the latest change, always recent
    await age(1, 299);
    expect(await due()).toBe(false);
    await age(1, 301);
    expect(await due()).toBe(true);
  });

  it('a forced publish runs whether or not anything changed', async () => {
    expect((await publish(SHA_B, true)).outcome).toBe('forced');
    expect((await state()).published_sha256).toBe(SHA_B);
  });
});

describe('recording a publish (only the changes it saw)', () => {
  beforeEach(async () => {
    await publish(SHA_A, true);
  });

  it('leaves the file current when nothing changed while publishing', async () => {
    await approveOne();
    await age(60);
    const run = await publish(SHA_B);
    expect(run).toMatchObject({ outcome: 'due', current: true });
    expect(await state()).toMatchObject({ published_sha256: SHA_B, pending_since: null, last_error: null });
    expect(await due()).toBe(false);
  });

  it('keeps a change that lands mid-publish: the next run publishes again', async () => {
    await approveOne();
    await age(60);
    const claim = (await db.query<{ change_stamp: number[] }>('select change_stamp from private.claim_publish(false)')).rows[0];
    await approveOne(); // lands after the publisher read the data
    const current = (await db.query<{ current: boolean }>('select private.record_publish($1, $2) as current', [claim.change_stamp, SHA_B])).rows[0].current;
    expect(current).toBe(false);
    const s = await state();
    expect(s.unpublished).toBe(1);
    expect(s.pending_since).not.toBeNull();
    await age(60);
    expect(await due()).toBe(true);
    expect(await publish(SHA_A)).toMatchObject({ outcome: 'due', current: true });
  });

  it('a failed attempt is recorded and leaves the state due', async () => {
    await approveOne();
    await age(60);
    await db.query("select private.record_publish_failure('Storage answered 500')");
    expect((await state()).last_error).toBe('Storage answered 500');
    expect(await due()).toBe(true);
    await publish(SHA_B);
    expect((await state()).last_error).toBeNull();
  });
});

describe('browsers cannot reach the publish state', () => {
  const browsers: Who[] = ['resident', 'editor-a', 'moderator'];
  const refusal = (who: Who, sql: string) =>
    as(db, who, (tx) => tx.query(sql)).then(
      () => 'allowed',
      (e: { message: string }) => e.message,
    );

  it.each(browsers)('%s can neither read nor write app.publish_state', async (who) => {
    expect(await refusal(who, 'select * from app.publish_state')).toMatch(/permission denied/);
    expect(await refusal(who, "update app.publish_state set last_error = 'x'")).toMatch(/permission denied/);
    expect(await refusal(who, 'delete from app.publish_state')).toMatch(/permission denied/);
    expect(await refusal(who, 'select * from app.published_set_changes')).toMatch(/permission denied/);
    expect(await refusal(who, 'delete from app.published_set_changes')).toMatch(/permission denied/);
  });

  it.each(browsers)('%s cannot call the publish helpers', async (who) => {
    for (const call of [
      'select private.publish_due()',
      'select * from private.claim_publish(true)',
      `select private.record_publish('{1}', '${SHA_A}')`,
      "select private.record_publish_failure('x')",
      'select private.note_published_set_change()',
    ]) {
      expect(await refusal(who, call)).toMatch(/permission denied/);
    }
  });

  it('the server key (service_role) may run a publish', async () => {
    const run = await as(db, { role: 'service_role' }, async (tx) => {
      const claim = (await tx.query<{ outcome: string; change_stamp: string }>('select * from private.claim_publish(true)')).rows[0];
      await tx.query('select private.record_publish($1, $2)', [claim.change_stamp, SHA_A]);
      return claim.outcome;
    });
    expect(run).toBe('forced');
  });

  it('no grant on the table or the helpers reaches anon, authenticated or PUBLIC', async () => {
    const table = await db.query<{ g: string }>(
      `select grantee || ' ' || privilege_type as g from information_schema.role_table_grants
       where table_schema = 'app' and table_name in ('publish_state', 'published_set_changes')
         and grantee in ('PUBLIC', 'anon', 'authenticated', 'service_role')`,
    );
    expect(table.rows).toEqual([]);
    const fns = await db.query<{ f: string }>(
      `select p.oid::regprocedure::text || ' ' || coalesce(r.rolname, 'PUBLIC') as f
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       cross join lateral aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) as a
       left join pg_roles r on r.oid = a.grantee
       where n.nspname = 'private' and p.proname = any ($1) and a.privilege_type = 'EXECUTE'
         and (a.grantee = 0 or r.rolname in ('anon', 'authenticated'))`,
      [PUBLISH_FUNCTIONS],
    );
    expect(fns.rows).toEqual([]);
    const defined = await db.query("select 1 from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'private' and p.proname = any ($1)", [
      PUBLISH_FUNCTIONS,
    ]);
    expect(defined.rows).toHaveLength(PUBLISH_FUNCTIONS.length);
  });
});
