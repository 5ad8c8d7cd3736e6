// Members join by invitation: an owner invites an address, and the person signed in with that
// address accepts or declines. The owner learns nothing about whether the address has an account.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { rpc } from './as';
import { count, SAMPLE_ORG_A, SAMPLE_ORG_B } from './fixtures';
import type { Invitation, Me } from '../../src/domain/types';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

const NEWCOMER = 'e0000000-0000-4000-8000-0000000000c1';
const invite = (email: string, role = 'editor', who = 'editor-a', org = SAMPLE_ORG_A) => rpc<Invitation>(db, who, 'invite_member', { org_id: org, email, role });
const memberships = () => count(db, 'select 1 from app.memberships where org_id = $1 and user_id = $2', [SAMPLE_ORG_A, NEWCOMER]);

describe('invitations', () => {
  it('answer the same whether or not the address has an account', async () => {
    const known = await invite('planner@example.gov.uk');
    const unknown = await invite('nobody.yet@example.org');
    const shape = (i: Invitation) => ({ ...i, id: 'x', email: 'x', created_at: 'x', expires_at: 'x' });
    expect(shape(known)).toEqual(shape(unknown));
    expect(Object.keys(known).sort()).toEqual(['created_at', 'email', 'expires_at', 'id', 'org_id', 'org_name', 'role']);
  });

  it('add nobody until the invitee accepts, and only the invitee can', async () => {
    const inv = await invite('Newcomer@Example.org', 'editor');
    expect(inv.email).toBe('newcomer@example.org');
    expect(await memberships()).toBe(0);
    expect((await rpc<Me>(db, 'newcomer', 'me')).invitations).toBe(1);
    expect((await rpc<Invitation[]>(db, 'newcomer', 'my_invitations')).map((i) => i.org_name)).toEqual(['Sample: Hindley Community Trust']);
    for (const who of ['editor-b', 'moderator', 'editor-a']) {
      await expect(rpc(db, who, 'accept_invitation', { id: inv.id })).rejects.toMatchObject({ code: '42501', message: /not addressed to you/ });
    }
    expect(await rpc(db, 'newcomer', 'accept_invitation', { id: inv.id })).toMatchObject({ org_id: SAMPLE_ORG_A, role: 'editor' });
    expect(await memberships()).toBe(1);
    await expect(rpc(db, 'newcomer', 'accept_invitation', { id: inv.id })).rejects.toMatchObject({ code: '55000', message: /already answered/ });
    const events = await rpc<{ action: string }[]>(db, 'editor-a', 'organisation_events', { org_id: SAMPLE_ORG_A });
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['member_invited', 'member_joined']));
    await rpc(db, 'editor-a', 'remove_member', { org_id: SAMPLE_ORG_A, user_id: NEWCOMER });
  });

  it('can be declined, withdrawn, renewed, and expire', async () => {
    const first = await invite('newcomer@example.org');
    await rpc(db, 'newcomer', 'decline_invitation', { id: first.id });
    await expect(rpc(db, 'newcomer', 'accept_invitation', { id: first.id })).rejects.toMatchObject({ code: '55000' });

    const second = await invite('newcomer@example.org');
    await expect(rpc(db, 'editor-b', 'revoke_invitation', { id: second.id })).rejects.toMatchObject({ code: '42501' });
    await rpc(db, 'editor-a', 'revoke_invitation', { id: second.id });
    await expect(rpc(db, 'newcomer', 'accept_invitation', { id: second.id })).rejects.toMatchObject({ message: /withdrawn/ });

    // Inviting again renews: the older open invitation is withdrawn, the new one counts.
    const a = await invite('newcomer@example.org');
    const b = await invite('newcomer@example.org', 'owner');
    await expect(rpc(db, 'newcomer', 'accept_invitation', { id: a.id })).rejects.toMatchObject({ message: /withdrawn/ });
    await db.query("update app.invitations set expires_at = now() - interval '1 minute' where id = $1", [b.id]);
    await expect(rpc(db, 'newcomer', 'accept_invitation', { id: b.id })).rejects.toMatchObject({ message: /expired/ });
    expect(await rpc(db, 'newcomer', 'my_invitations')).toEqual([]);
    expect(await memberships()).toBe(0);
  });

  it('come only from owners of verified organisations (or moderators), to well-formed addresses not already members', async () => {
    await expect(invite('someone@example.org', 'editor', 'editor-b')).rejects.toMatchObject({
      code: '42501',
      message: 'Only an owner of the organisation can invite members',
    });
    const org = await rpc<{ id: string }>(db, 'newcomer', 'register_organisation', { org: { name: 'Sample: Invitation Club' } });
    await expect(invite('friend@example.org', 'editor', 'newcomer', org.id)).rejects.toMatchObject({ message: /once a moderator has verified it/ });
    await expect(invite('not an address')).rejects.toMatchObject({ code: '23514', column: 'email' });
    await expect(invite('x@example.org', 'boss')).rejects.toMatchObject({ code: '23514', column: 'role' });
    await expect(invite('editor.b@example.org', 'editor', 'editor-b', SAMPLE_ORG_B)).rejects.toMatchObject({ message: /already a member/ });
    await expect(invite('moderator.friend@example.org', 'editor', 'moderator')).resolves.toMatchObject({ org_id: SAMPLE_ORG_A });
  });

  it('roles change and members leave, but an organisation keeps an owner', async () => {
    const inv = await invite('newcomer@example.org', 'editor');
    await rpc(db, 'newcomer', 'accept_invitation', { id: inv.id });
    await expect(rpc(db, 'newcomer', 'set_member_role', { org_id: SAMPLE_ORG_A, user_id: NEWCOMER, role: 'owner' })).rejects.toMatchObject({ code: '42501' });
    await rpc(db, 'editor-a', 'set_member_role', { org_id: SAMPLE_ORG_A, user_id: NEWCOMER, role: 'owner' });
    await rpc(db, 'editor-a', 'remove_member', { org_id: SAMPLE_ORG_A, user_id: 'e0000000-0000-4000-8000-0000000000a1' });
    await expect(rpc(db, 'newcomer', 'remove_member', { org_id: SAMPLE_ORG_A, user_id: NEWCOMER })).rejects.toMatchObject({ message: /at least one owner/ });
    const events = (await rpc<{ action: string }[]>(db, 'newcomer', 'organisation_events', { org_id: SAMPLE_ORG_A })).map((e) => e.action);
    expect(events.slice(0, 2)).toEqual(['member_left', 'member_role_changed']);
  });
});
