// The holes a reviewer found in the first build (issue 11), each tried the way they tried it:
// through the api and, where they wrote the tables, directly. Every one of these passed as an
// attack before the fix. `attempt` swallows refusals: what matters is what residents and the
// audit trail end up with. The table and function helpers below find today's names (tables in
// `app`, versions on every change) so the same attacks ran against the first build too.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { as, rpc, type Who } from './as';
import { assetInput, count, SAMPLE_ORG_A, seededAsset } from './fixtures';
import type { AssetCollection } from '../../src/domain/types';

let db: PGlite;
let schema: string;
const T = (table: string) => `${schema}.${table}`;

beforeAll(async () => {
  db = await createTestDb({ seed: true });
  schema = (await db.query<{ s: string }>("select case when to_regclass('app.assets') is null then 'public' else 'app' end as s")).rows[0].s;
});

/** Calls an api function, passing `version` only where the function takes one. */
async function call<T = unknown>(who: Who, fn: string, args: Record<string, unknown>, version?: number): Promise<T> {
  const takes = await db.query<{ n: number }>(
    "select count(*)::int as n from pg_proc p join pg_namespace s on s.oid = p.pronamespace where s.nspname = 'api' and p.proname = $1 and 'version' = any (p.proargnames)",
    [fn],
  );
  return rpc<T>(db, who, fn, takes.rows[0].n > 0 ? { ...args, version } : args);
}
const attempt = (p: Promise<unknown>) =>
  p.then(
    () => 'done',
    (e: { message?: string }) => `refused: ${e.message}`,
  );
const versionOf = async (id: string) => (await db.query<{ version: number }>(`select version from ${T('assets')} where id = $1`, [id])).rows[0].version;
const residentSees = async (id: string) =>
  (await rpc<AssetCollection>(db, 'resident', 'published_assets')).features.find((f) => f.properties.id === id)?.properties ?? null;
const directly = (who: Who, sql: string, params: unknown[] = []) => attempt(as(db, who, (tx) => tx.query(sql, params)));

describe('problems found by trying the first build', () => {
  it('archiving with new text and restoring does not publish the text unreviewed', async () => {
    const published = await seededAsset(db, SAMPLE_ORG_A, 'published');
    await directly('editor-a', `update ${T('assets')} set status = 'archived', name = 'Sample: Unreviewed text' where id = $1`, [published.id]);
    await attempt(
      call('editor-a', 'save_asset', {
        asset: { ...assetInput(SAMPLE_ORG_A, { name: 'Sample: Unreviewed text' }), id: published.id, version: await versionOf(published.id) },
      }),
    );
    await attempt(call('editor-a', 'archive_asset', { id: published.id }, await versionOf(published.id)));
    await attempt(call('editor-a', 'restore_asset', { id: published.id }, await versionOf(published.id)));
    expect((await residentSees(published.id))?.name).not.toBe('Sample: Unreviewed text');
  });

  it('a listing a moderator takes down stays down when its organisation restores it', async () => {
    const published = await seededAsset(db, SAMPLE_ORG_A, 'published');
    const canTakeDown = (await db.query("select 1 from pg_proc where proname = 'take_down_asset'")).rows.length > 0;
    if (canTakeDown) await call('moderator', 'take_down_asset', { id: published.id, reason: 'Sample: reported as closed' }, await versionOf(published.id));
    else await call('moderator', 'archive_asset', { id: published.id });
    await attempt(call('editor-a', 'restore_asset', { id: published.id }, await versionOf(published.id)));
    await directly('editor-a', `update ${T('assets')} set status = 'published' where id = $1`, [published.id]);
    expect(await residentSees(published.id)).toBeNull();
  });

  it('approval publishes the version the moderator read, not a later edit', async () => {
    const pending = await seededAsset(db, SAMPLE_ORG_A, 'pending');
    const read = await versionOf(pending.id);
    const current = await rpc<Record<string, unknown>>(db, 'editor-a', 'asset', { id: pending.id });
    await call('editor-a', 'save_asset', { asset: { ...current, name: 'Sample: Changed after the moderator read it', version: read } });
    await attempt(call('moderator', 'approve_asset', { id: pending.id, note: null }, read));
    expect((await residentSees(pending.id))?.name ?? null).not.toBe('Sample: Changed after the moderator read it');
  });

  it("a plain editor cannot rename a verified organisation, and an owner's rename waits for review", async () => {
    // A plain editor of organisation A: invited and accepted (or, in the first build, added).
    const newcomer = 'e0000000-0000-4000-8000-0000000000c1';
    if ((await db.query("select 1 from pg_proc where proname = 'invite_member'")).rows.length) {
      const inv = await rpc<{ id: string }>(db, 'editor-a', 'invite_member', { org_id: SAMPLE_ORG_A, email: 'newcomer@example.org', role: 'editor' });
      await rpc(db, 'newcomer', 'accept_invitation', { id: inv.id });
    } else {
      await rpc(db, 'editor-a', 'add_member', { org_id: SAMPLE_ORG_A, email: 'newcomer@example.org', role: 'editor' });
    }
    const orgVersion = async () => (await db.query<{ version: number }>(`select version from ${T('organisations')} where id = $1`, [SAMPLE_ORG_A])).rows[0].version;
    const before = (await db.query<{ name: string }>(`select name from ${T('organisations')} where id = $1`, [SAMPLE_ORG_A])).rows[0].name;
    await attempt(rpc(db, 'newcomer', 'update_organisation', { id: SAMPLE_ORG_A, patch: { name: 'Sample: Renamed by an editor' }, version: await orgVersion() }));
    await directly('newcomer', `update ${T('organisations')} set name = 'Sample: Renamed by an editor' where id = $1`, [SAMPLE_ORG_A]);
    await attempt(rpc(db, 'editor-a', 'update_organisation', { id: SAMPLE_ORG_A, patch: { name: 'Sample: Renamed by the owner' }, version: await orgVersion() }));
    const published = await seededAsset(db, SAMPLE_ORG_A, 'published');
    expect((await residentSees(published.id))?.org_name).toBe(before);
    await rpc(db, 'editor-a', 'remove_member', { org_id: SAMPLE_ORG_A, user_id: newcomer });
  });

  it('adding a member says nothing about whether an address has an account, and needs their consent', async () => {
    const fn = (await db.query("select 1 from pg_proc where proname = 'invite_member'")).rows.length ? 'invite_member' : 'add_member';
    const known = await attempt(rpc(db, 'editor-a', fn, { org_id: SAMPLE_ORG_A, email: 'planner@example.gov.uk', role: 'editor' }));
    const unknown = await attempt(rpc(db, 'editor-a', fn, { org_id: SAMPLE_ORG_A, email: 'no-account@example.org', role: 'editor' }));
    expect(known).toBe(unknown);
    const planner = 'f0000000-0000-4000-8000-000000000001';
    expect(await count(db, `select 1 from ${T('memberships')} where org_id = $1 and user_id = $2`, [SAMPLE_ORG_A, planner])).toBe(0);
  });

  it("a member cannot squat a partner's key so that the next import publishes their draft", async () => {
    const draft = await seededAsset(db, SAMPLE_ORG_A, 'draft');
    await directly('editor-a', `update ${T('assets')} set source = 'Squatted Partner', external_id = 'SQ-1' where id = $1`, [draft.id]);
    await call('moderator', 'commit_import', {
      partner: 'Squatted Partner',
      file_name: 'p.csv',
      org_id: null,
      report: [],
      rows: [{ row: 2, action: 'insert', asset: { ...assetInput(SAMPLE_ORG_A, { name: 'Sample: Partner row SQ-1' }), org_id: null, external_id: 'SQ-1' } }],
    });
    expect(await residentSees(draft.id)).toBeNull();
  });

  it('a member cannot forge import provenance, move a listing, or stamp its ward or checked date', async () => {
    const draft = await seededAsset(db, SAMPLE_ORG_A, 'draft');
    const batch = (await db.query<{ id: string }>(`select id from ${T('import_batches')} limit 1`)).rows[0]?.id ?? null;
    const before = (await db.query(`select org_id, ward, last_verified_at, import_batch_id from ${T('assets')} where id = $1`, [draft.id])).rows[0];
    await directly('editor-a', `update ${T('assets')} set ward = 'Nowhere', last_verified_at = now() - interval '1 day' where id = $1`, [draft.id]);
    if (batch) await directly('editor-a', `update ${T('assets')} set import_batch_id = $2 where id = $1`, [draft.id, batch]);
    await directly('editor-a', `update ${T('assets')} set org_id = $2 where id = $1`, [draft.id, '0b000000-0000-4000-8000-00000000000b']);
    expect((await db.query(`select org_id, ward, last_verified_at, import_batch_id from ${T('assets')} where id = $1`, [draft.id])).rows[0]).toEqual(before);
  });

  it('a hand-written proposed edit cannot move a listing to another organisation on approval', async () => {
    const published = await seededAsset(db, SAMPLE_ORG_A, 'published');
    const org = '0b000000-0000-4000-8000-00000000000b';
    if (schema === 'public') {
      await directly(
        'editor-a',
        `update public.assets set pending_changes = jsonb_build_object('org_id', $2::text, 'name', 'Sample: moved'), submitted_at = now() where id = $1`,
        [published.id, org],
      );
    } else {
      await attempt(call('editor-a', 'save_asset', { asset: { ...assetInput(SAMPLE_ORG_A), id: published.id, org_id: org, version: await versionOf(published.id) } }));
      await directly('editor-a', `insert into app.asset_reviews (asset_id, pending_changes) values ($1, jsonb_build_object('org_id', $2::text))`, [published.id, org]);
    }
    await attempt(call('moderator', 'approve_asset', { id: published.id, note: null }, await versionOf(published.id)));
    expect((await db.query(`select org_id from ${T('assets')} where id = $1`, [published.id])).rows[0]).toEqual({ org_id: SAMPLE_ORG_A });
  });

  it('undoing an import keeps the history of what it touched, and a moderator cannot delete any listing', async () => {
    const batch = await call<{ id: string }>('moderator', 'commit_import', {
      partner: 'History Partner',
      file_name: 'h.csv',
      org_id: null,
      report: [],
      rows: [{ row: 2, action: 'insert', asset: { ...assetInput(SAMPLE_ORG_A, { name: 'Sample: Imported then undone' }), org_id: null, external_id: 'H-1' } }],
    });
    const id = (await db.query<{ id: string }>(`select id from ${T('assets')} where external_id = 'H-1'`)).rows[0].id;
    await attempt(call('moderator', 'undo_import', { batch_id: batch.id }));
    expect(await count(db, `select 1 from ${T('asset_events')} where asset_id = $1`, [id])).toBeGreaterThan(0);
    const other = await seededAsset(db, SAMPLE_ORG_A, 'published');
    await directly('moderator', `delete from ${T('assets')} where id = $1`, [other.id]);
    expect(await count(db, `select 1 from ${T('assets')} where id = $1`, [other.id])).toBe(1);
  });

  it('nobody can rewrite or empty the audit trail', async () => {
    const n = await count(db, `select 1 from ${T('asset_events')}`);
    await directly('moderator', `delete from ${T('asset_events')}`);
    await directly('editor-a', `update ${T('asset_events')} set note = 'rewritten'`);
    await directly('editor-a', `truncate ${T('asset_events')}`);
    await attempt(db.query(`delete from ${T('asset_events')}`));
    expect(await count(db, `select 1 from ${T('asset_events')}`)).toBe(n);
  });

  it("residents do not get a pending organisation's e-mail and phone", async () => {
    const pendingOrg = (await db.query<{ id: string }>(`select id from ${T('organisations')} where status = 'pending' and email is not null limit 1`)).rows[0].id;
    const seen = await rpc<Record<string, unknown> | null>(db, 'resident', 'organisation', { id: pendingOrg });
    expect(seen?.email ?? null).toBeNull();
    expect(seen?.phone ?? null).toBeNull();
  });

  it('no api function is executable by PUBLIC', async () => {
    // PUBLIC's grants show in a function's ACL as grantee 0; no ACL means the default (PUBLIC).
    const open = await db.query<{ f: string }>(
      `select p.oid::regprocedure::text as f from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       cross join lateral aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) as a
       where n.nspname in ('api', 'private') and a.grantee = 0 and a.privilege_type = 'EXECUTE'`,
    );
    expect(open.rows.map((r) => r.f)).toEqual([]);
  });

  it('a listing cannot carry 20,000 languages', async () => {
    const languages = Array.from({ length: 20_000 }, (_, i) => `Language ${i}`);
    const result = await attempt(call('editor-a', 'save_asset', { asset: assetInput(SAMPLE_ORG_A, { name: 'Sample: Many tongues', languages }) }));
    expect(result).toMatch(/refused: .*at most 20 languages/);
  });
});

describe("problems under a hosted project's older default privileges", () => {
  it('browser roles hold no TRUNCATE, REFERENCES or TRIGGER on any table', async () => {
    // The default a hosted project applies to every table created in public, set before the
    // migrations run, exactly as on such a project.
    const hosted = await createTestDb({
      seed: true,
      before: `create role anon nologin noinherit; create role authenticated nologin noinherit; create role service_role nologin noinherit bypassrls;
               alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
               alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
               alter default privileges in schema public grant all on functions to anon, authenticated, service_role;`,
    });
    const held = await hosted.query<{ grant: string }>(
      `select format('%s %s on %s.%s', r.rolname, p.privilege, n.nspname, c.relname) as grant
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       cross join (values ('anon'), ('authenticated')) as r (rolname)
       cross join (values ('TRUNCATE'), ('REFERENCES'), ('TRIGGER')) as p (privilege)
       where c.relkind in ('r', 'p', 'v', 'm') and n.nspname not in ('pg_catalog', 'information_schema')
         and has_table_privilege(r.rolname, c.oid, p.privilege)`,
    );
    expect(held.rows.map((r) => r.grant)).toEqual([]);
    const truncated = await attempt(as(hosted, 'editor-a', (tx) => tx.query(`truncate ${schema}.asset_events`)));
    expect(truncated).toMatch(/refused/);
    await hosted.close();
  });
});
