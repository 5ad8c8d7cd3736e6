// The listing state machine and column ownership, enforced by the triggers on app.assets for
// whoever writes the row. Every write here goes through a test-only security definer function
// that checks nothing — the worst entry point a future api function could be — so what holds is
// what the triggers themselves enforce, judging the person behind the request.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { as } from './as';
import { SAMPLE_ORG_A, SAMPLE_ORG_B, seededAsset } from './fixtures';
import { ASSET_STATUSES, type AssetStatus } from '../../src/domain/types';

let db: PGlite;
let listingA: string; // organisation A: verified, reviewed
let listingB: string; // organisation B: verified and trusted to publish (auto_publish)

beforeAll(async () => {
  db = await createTestDb({ seed: true });
  await db.exec(`
    create schema test_support;
    grant usage on schema test_support to authenticated;
    create function test_support.write(statement text) returns void
    language plpgsql security definer set search_path = '' as $$ begin execute statement; end $$;
    grant execute on function test_support.write(text) to authenticated;
  `);
  listingA = (await seededAsset(db, SAMPLE_ORG_A, 'published')).id;
  listingB = (await seededAsset(db, SAMPLE_ORG_B, 'published')).id;
});

type Actor = 'member' | 'trusted' | 'moderator' | 'stranger';
const PERSON: Record<Actor, string> = { member: 'editor-a', trusted: 'editor-b', moderator: 'moderator', stranger: 'newcomer' };

/** Writes as a person through the unchecked definer path; resolves with the refusal message, or null. */
async function write(actor: Actor, statement: string): Promise<string | null> {
  return as(db, PERSON[actor], (tx) => tx.query('select test_support.write($1)', [statement])).then(
    () => null,
    (e: Error) => e.message,
  );
}

/** Puts a listing in a state, triggers off (as a restore from backup would), bypassing every rule. */
async function place(id: string, status: AssetStatus, previous: AssetStatus | null) {
  await db.transaction(async (tx) => {
    await tx.exec('set local session_replication_role = replica');
    await tx.query('update app.assets set status = $2, previous_status = $3 where id = $1', [id, status, previous]);
  });
}

// The rules in plain words, written out independently of app.asset_transitions.
function allowed(actor: Actor, from: AssetStatus, to: AssetStatus, previous: AssetStatus | null): boolean {
  const wasPublished = previous === 'published';
  const member =
    (to === 'pending' && (from === 'draft' || from === 'rejected')) ||
    (from === 'pending' && to === 'draft') ||
    (to === 'archived' && ['draft', 'pending', 'rejected', 'published'].includes(from)) ||
    (from === 'archived' && to === 'draft' && !wasPublished) ||
    (from === 'archived' && to === 'pending' && wasPublished);
  switch (actor) {
    case 'stranger':
      return false;
    case 'member':
      return member;
    case 'trusted':
      return member || (to === 'published' && (['draft', 'rejected', 'pending'].includes(from) || (from === 'archived' && wasPublished)));
    case 'moderator':
      return (
        (from === 'pending' && ['published', 'rejected', 'draft'].includes(to)) ||
        (to === 'archived' && ['draft', 'pending', 'rejected', 'published'].includes(from)) ||
        (from === 'archived' && to === 'draft' && !wasPublished) ||
        (from === 'archived' && to === 'published' && wasPublished) ||
        (to === 'taken_down' && from !== 'taken_down') ||
        (from === 'taken_down' && (to === 'draft' || (to === 'published' && wasPublished)))
      );
  }
}

const cases: [Actor, AssetStatus, AssetStatus, AssetStatus | null][] = [];
for (const actor of ['member', 'trusted', 'moderator', 'stranger'] as Actor[]) {
  for (const from of ASSET_STATUSES) {
    for (const to of ASSET_STATUSES) {
      if (from === to) continue;
      const previous: (AssetStatus | null)[] = from === 'archived' || from === 'taken_down' ? ['published', 'draft'] : [null];
      for (const p of previous) cases.push([actor, from, to, p]);
    }
  }
}

describe('who may move a listing from one status to another', () => {
  it.each(cases)('%s: %s → %s (was %s)', async (actor, from, to, previous) => {
    const id = actor === 'trusted' ? listingB : listingA;
    await place(id, from, previous);
    const refused = await write(actor, `update app.assets set status = '${to}' where id = '${id}'`);
    const now = (await db.query<{ status: string }>('select status from app.assets where id = $1', [id])).rows[0].status;
    if (allowed(actor, from, to, previous)) {
      expect(refused).toBeNull();
      expect(now).toBe(to);
    } else {
      expect(refused).toMatch(/.+/);
      expect(now).toBe(from);
    }
  });

  it('says plainly why a step is refused', async () => {
    await place(listingA, 'taken_down', 'published');
    expect(await write('member', `update app.assets set status = 'archived' where id = '${listingA}'`)).toBe(
      'A moderator took this listing down: only a moderator can reinstate it',
    );
    await place(listingA, 'draft', null);
    expect(await write('member', `update app.assets set status = 'published' where id = '${listingA}'`)).toBe('Only a moderator can publish this listing');
    expect(await write('member', `update app.assets set status = 'taken_down' where id = '${listingA}'`)).toBe('Only a moderator can take a listing down');
    expect(await write('stranger', `update app.assets set name = 'x' where id = '${listingA}'`)).toBe('You can only change listings of an organisation you belong to');
  });

  it('publishing needs a verified organisation, even for a moderator', async () => {
    const pendingOrg = (await db.query<{ id: string }>("select id from app.organisations where status = 'pending' limit 1")).rows[0].id;
    const pending = (await db.query<{ id: string }>("select id from app.assets where org_id = $1 and status = 'pending' limit 1", [pendingOrg])).rows[0].id;
    expect(await write('moderator', `update app.assets set status = 'published' where id = '${pending}'`)).toBe('Verify the organisation before publishing its listings');
  });
});

describe('who may change which column', () => {
  it('members edit drafts, pending and rejected listings; a published one only through review; archived and taken-down ones not at all', async () => {
    for (const [status, ok] of [
      ['draft', true],
      ['pending', true],
      ['rejected', true],
      ['published', false],
      ['archived', false],
      ['taken_down', false],
    ] as const) {
      await place(listingA, status, 'published');
      const refused = await write('member', `update app.assets set description = 'Sample: edited while ${status}' where id = '${listingA}'`);
      expect(refused === null, `${status}: ${refused}`).toBe(ok);
    }
  });

  it('a trusted organisation edits its published listing directly; a moderator edits any', async () => {
    await place(listingB, 'published', null);
    expect(await write('trusted', `update app.assets set description = 'Sample: trusted edit' where id = '${listingB}'`)).toBeNull();
    await place(listingA, 'published', null);
    expect(await write('moderator', `update app.assets set description = 'Sample: moderator edit' where id = '${listingA}'`)).toBeNull();
  });

  it('a status change carries no change of content', async () => {
    await place(listingA, 'published', null);
    expect(await write('member', `update app.assets set status = 'archived', name = 'Sample: renamed on the way out' where id = '${listingA}'`)).toBe(
      "Change a listing's details and its status in separate steps",
    );
  });

  it.each([
    ['source', "source = 'Someone'", 'partner name and id'],
    ['external id', "external_id = 'X-9'", 'partner name and id'],
    ['import batch', `import_batch_id = gen_random_uuid()`, 'import'],
    ['organisation', `org_id = '${SAMPLE_ORG_B}'`, 'another organisation'],
    ['last checked (backdated)', "last_verified_at = now() - interval '1 year'", 'checked'],
  ])('members cannot set the %s', async (_label, assignment, message) => {
    await place(listingA, 'draft', null);
    expect(await write('member', `update app.assets set ${assignment} where id = '${listingA}'`)).toMatch(new RegExp(message, 'i'));
  });

  it("ward, version, previous status and creation time are the database's own: what a member writes there is ignored", async () => {
    await place(listingA, 'draft', null);
    const before = (await db.query<{ ward: string; version: number; created_at: string }>('select ward, version, created_at from app.assets where id = $1', [listingA]))
      .rows[0];
    expect(
      await write(
        'member',
        `update app.assets set ward = 'Nowhere', version = 1, previous_status = 'published', created_at = now() - interval '9 years' where id = '${listingA}'`,
      ),
    ).toBeNull();
    const after = (await db.query('select ward, version, previous_status, created_at from app.assets where id = $1', [listingA])).rows[0];
    expect(after).toEqual({ ward: before.ward, version: before.version + 1, previous_status: null, created_at: before.created_at });
  });

  it('checking a listing stamps the time it happened, which members may do', async () => {
    await place(listingA, 'published', null);
    expect(await write('member', `update app.assets set last_verified_at = now() where id = '${listingA}'`)).toBeNull();
  });

  it('only an import may set partner ids, and only a moderator may import', async () => {
    const batch = (await db.query<{ id: string }>("insert into app.import_batches (partner) values ('State machine partner') returning id")).rows[0].id;
    await place(listingA, 'draft', null);
    const importing = `update app.assets set import_batch_id = '${batch}', source = 'State machine partner', external_id = 'SM-1', status = 'published' where id = '${listingA}'`;
    expect(await write('member', importing)).toBe('Only moderators import partner data');
    expect(await write('moderator', importing)).toBeNull();
  });

  it('deleting is for undoing an import, and nothing else', async () => {
    const draft = await seededAsset(db, SAMPLE_ORG_A, 'draft');
    expect(await write('moderator', `delete from app.assets where id = '${draft.id}'`)).toBe(
      'Listings are archived, never deleted; only undoing an import removes the listings it added',
    );
    expect(await write('member', `delete from app.assets where id = '${draft.id}'`)).toMatch(/never deleted/);
  });
});

describe('who counts as the system', () => {
  it('is an allow-list of roles: the owner and the service role, never a browser role or PostgREST itself', async () => {
    await db.exec("do $$ begin if not exists (select from pg_roles where rolname = 'authenticator') then create role authenticator noinherit; end if; end $$");
    const trusted = async (role: string | null) =>
      db.transaction(async (tx) => {
        if (role) await tx.exec(`set local role ${role}`);
        return (await tx.query<{ t: boolean }>('select private.is_trusted_backend() as t')).rows[0].t;
      });
    await db.exec('grant usage on schema private to authenticator; grant execute on function private.is_trusted_backend(), private.request_role() to authenticator');
    expect(await trusted(null)).toBe(true); // the database owner: migrations, the seed
    expect(await trusted('service_role')).toBe(true);
    expect(await trusted('anon')).toBe(false);
    expect(await trusted('authenticated')).toBe(false);
    expect(await trusted('authenticator')).toBe(false);
  });
});
