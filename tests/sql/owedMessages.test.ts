// The messages events owe, written with the event: submissions to moderators, decisions to the
// organisation, invitations to the invitee; and reminders on the listing's check cadence, whose
// "Still correct" link confirms the listing without signing in, once, for that version only.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { rpc } from './as';
import { assetInput, SAMPLE_ORG_A, versionOf } from './fixtures';
import type { Asset, AssetEvent } from '../../src/domain/types';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

interface Message {
  kind: string;
  to_email: string;
  subject: string;
  text_body: string;
  links: { label: string; url: string }[];
}
const messagesAbout = async (assetId: string, kind?: string) =>
  (await db.query<Message>('select * from app.outbox where asset_id = $1 and ($2::text is null or kind = $2) order by created_at, to_email', [assetId, kind ?? null]))
    .rows;
const act = async (who: string, fn: string, id: string, args: Record<string, unknown> = {}) => rpc<Asset>(db, who, fn, { id, version: await versionOf(db, id), ...args });
const newListing = async (name: string) => (await rpc<Asset>(db, 'editor-a', 'save_asset', { asset: assetInput(SAMPLE_ORG_A, { name }) })).id;
const orgEmails = async () => (await db.query<{ e: string }>('select private.org_contact_emails($1) as e', [SAMPLE_ORG_A])).rows.map((r) => r.e);
/** Runs the reminder job as it would run `ahead` from now. */
const remind = async (ahead: string) => (await db.query<{ n: number }>('select private.queue_check_reminders(now() + $1::interval) as n', [ahead])).rows[0].n;
const confirm = (token: string) =>
  rpc<{ name: string }>(db, 'resident', 'confirm_listing', { token }).then(
    (r) => r,
    (e: Error) => e.message,
  );
const tokenOf = (m: Message) => new URL(m.links.find((l) => l.label === 'Still correct')!.url, 'http://x').searchParams.get('token')!;

describe('messages owed by listing events', () => {
  it('tells each moderator of a submission, and the organisation of each decision with its reason', async () => {
    const id = await newListing('Sample: Owed Messages Club');
    await act('editor-a', 'submit_asset', id);
    const submitted = await messagesAbout(id, 'submission_received');
    expect(submitted.map((m) => m.to_email)).toEqual(['moderator@example.gov.uk']);
    expect(submitted[0].subject).toBe('To review: Sample: Owed Messages Club');

    await act('moderator', 'request_changes', id, { reason: 'Please add the room number' });
    await act('editor-a', 'submit_asset', id);
    await act('moderator', 'reject_asset', id, { reason: 'Not a local group <b>sorry</b>' });
    await act('editor-a', 'submit_asset', id);
    await act('moderator', 'approve_asset', id, { note: null });

    const decisions = await messagesAbout(id, 'decision');
    const contacts = await orgEmails();
    expect(decisions.map((m) => m.subject)).toEqual([
      ...contacts.map(() => 'Changes needed: Sample: Owed Messages Club'),
      ...contacts.map(() => 'Not published: Sample: Owed Messages Club'),
      ...contacts.map(() => 'Published: Sample: Owed Messages Club'),
    ]);
    expect(decisions[0].text_body).toContain('Their note: Please add the room number');
    expect(decisions[contacts.length].text_body).toContain('Their note: Not a local group <b>sorry</b>');
    expect(decisions[0].links[0].url).toBe(`/organisation/${SAMPLE_ORG_A}/assets/${id}`);
    expect((await messagesAbout(id, 'submission_received')).length).toBe(3);
  });

  it('sends nothing when an organisation publishes its own listing or an edit is saved', async () => {
    const id = await newListing('Sample: Quiet Club');
    await rpc(db, 'editor-a', 'save_asset', { asset: { ...assetInput(SAMPLE_ORG_A, { name: 'Sample: Quiet Club (renamed)' }), id, version: await versionOf(db, id) } });
    expect(await messagesAbout(id)).toEqual([]);
  });

  it('writes nothing when the event is rolled back', async () => {
    const id = await newListing('Sample: Rolled Back Club');
    await expect(act('moderator', 'reject_asset', id, { reason: 'x' })).rejects.toThrow();
    expect(await messagesAbout(id)).toEqual([]);
  });
});

describe('invitations', () => {
  it('e-mail the invitee once, saying who invited them and until when', async () => {
    await rpc(db, 'editor-a', 'invite_member', { org_id: SAMPLE_ORG_A, email: ' New.Helper@Example.org ', role: 'editor' });
    const [m] = (await db.query<Message>("select * from app.outbox where kind = 'invitation' and to_email = 'new.helper@example.org'")).rows;
    expect(m.subject).toBe('Join Sample: Hindley Community Trust on Common Ground');
    expect(m.text_body).toContain('editor.a@example.org invited you');
    expect(m.text_body).toMatch(/The invitation lasts until \d+ \w+ \d{4}\./);
    expect(m.links).toEqual([{ label: 'Accept or decline', url: '/organisation' }]);
  });

  it('refuse an address that is not one, and queue nothing', async () => {
    await expect(rpc(db, 'editor-a', 'invite_member', { org_id: SAMPLE_ORG_A, email: 'not an address', role: 'editor' })).rejects.toThrow(/name@example.org/);
    expect((await db.query("select 1 from app.outbox where to_email like 'not an%'")).rows).toEqual([]);
  });
});

describe('check reminders', () => {
  let id: string;
  beforeAll(async () => {
    id = await newListing('Sample: Reminder Club');
    await act('editor-a', 'submit_asset', id);
    await act('moderator', 'approve_asset', id, { note: null });
    await db.exec('delete from app.outbox');
  });

  it('follow the cadence the organisation picks', async () => {
    expect(await rpc(db, 'editor-a', 'set_check_plan', { asset_id: id, every_months: 3 })).toMatchObject({ every_months: 3, reminders: [] });
    await expect(rpc(db, 'editor-a', 'set_check_plan', { asset_id: id, every_months: 5 })).rejects.toMatchObject({ code: '23514', column: 'every_months' });
    await expect(rpc(db, 'editor-b', 'set_check_plan', { asset_id: id, every_months: 1 })).rejects.toMatchObject({ code: '42501' });
    await expect(rpc(db, 'editor-b', 'check_plan', { asset_id: id })).rejects.toMatchObject({ code: '42501' });

    const reminders = async () => (await messagesAbout(id, 'check_due')).length;
    await remind('2 months');
    expect(await reminders()).toBe(0);
    await remind('3 months 1 day');
    expect(await reminders()).toBe((await orgEmails()).length);
    await remind('3 months 2 days');
    expect(await reminders()).toBe((await orgEmails()).length);
    const [m] = await messagesAbout(id, 'check_due');
    expect(m.subject).toBe('Is “Sample: Reminder Club” still right?');
    expect(m.links.map((l) => l.label)).toEqual(['Still correct', 'Update it']);
    expect(m.text_body).toContain('reminded every 3 months');
    expect(m.text_body).toContain('You can stop these e-mails');
  });

  it('send a second reminder after two weeks unanswered, then put the listing first on the staleness report with whom to chase', async () => {
    const reminders = async () => (await messagesAbout(id, 'check_due')).length;
    const contacts = (await orgEmails()).length;
    await remind('3 months 10 days');
    expect(await reminders()).toBe(contacts);
    await remind('3 months 16 days');
    expect(await reminders()).toBe(2 * contacts);
    await remind('6 months');
    expect(await reminders()).toBe(2 * contacts);
    const second = (await messagesAbout(id, 'check_due')).filter((m) => m.subject.startsWith('Second reminder'));
    expect(second.length).toBe((await orgEmails()).length);
    expect(second[0].text_body).toContain('a council moderator will get in touch');

    await db.exec(`update app.check_reminders set sent_at = sent_at - interval '4 months' where asset_id = '${id}'`);
    await db.exec(`update app.asset_check_plans set every_months = 1 where asset_id = '${id}'`);
    await db.exec(
      `alter table app.assets disable trigger user; update app.assets set last_verified_at = now() - interval '4 months' where id = '${id}'; alter table app.assets enable trigger user`,
    );
    await db.exec(`update app.check_reminders set since = (select last_verified_at from app.assets where id = '${id}') where asset_id = '${id}'`);
    const report = await rpc<{ id: string; reminders_sent: number; unanswered: boolean; contacts: string[]; last_reminded_at: string }[]>(
      db,
      'moderator',
      'staleness_report',
      { months: 1 },
    );
    const mine = report.findIndex((r) => r.id === id);
    expect(report[mine]).toMatchObject({ reminders_sent: 2, unanswered: true, contacts: await orgEmails() });
    expect(report[mine].last_reminded_at).toBeTruthy();
    expect(report.slice(0, mine).every((r) => r.unanswered)).toBe(true);
    expect(report.some((r) => !r.unanswered && r.contacts.length === 0)).toBe(true);

    // On a monthly cadence, unanswered reminders come long before 6 months: the report still has it.
    await db.exec(
      `alter table app.assets disable trigger user; update app.assets set last_verified_at = now() - interval '2 months' where id = '${id}'; alter table app.assets enable trigger user`,
    );
    await db.exec(`update app.check_reminders set since = (select last_verified_at from app.assets where id = '${id}') where asset_id = '${id}'`);
    const sixMonths = await rpc<{ id: string; unanswered: boolean }[]>(db, 'moderator', 'staleness_report', { months: 6 });
    expect(sixMonths.find((r) => r.id === id)).toMatchObject({ unanswered: true });
    const own = await rpc<{ id: string }[]>(db, 'editor-a', 'staleness_report', { months: 6 });
    expect(own.some((r) => r.id === id)).toBe(true);
    expect((await rpc<{ id: string }[]>(db, 'editor-b', 'staleness_report', { months: 6 })).some((r) => r.id === id)).toBe(false);
  });
});

describe('"Still correct" from a reminder', () => {
  let id: string;
  let tokens: string[];
  beforeAll(async () => {
    id = await newListing('Sample: Confirm Club');
    await act('editor-a', 'submit_asset', id);
    await act('moderator', 'approve_asset', id, { note: null });
    await remind('7 months');
    tokens = (await messagesAbout(id, 'check_due')).map(tokenOf);
  });

  it('refuses a token that was edited', async () => {
    const t = tokens[0];
    expect(await confirm(t.slice(0, -1) + (t.endsWith('a') ? 'b' : 'a'))).toMatch(/not valid/);
  });

  it('confirms the listing without signing in, in the organisation name, once', async () => {
    const before = await versionOf(db, id);
    expect(await confirm(tokens[0])).toMatchObject({ name: 'Sample: Confirm Club' });
    const a = (await db.query<{ checked_by: string; version: number; last_verified_at: string }>('select * from app.assets where id = $1', [id])).rows[0];
    expect(a).toMatchObject({ checked_by: 'organisation', version: before + 1 });
    const [event] = await rpc<AssetEvent[]>(db, 'moderator', 'asset_events', { asset_id: id });
    expect(event).toMatchObject({ action: 'verified', actor_label: expect.stringMatching(/^e-mail link to .+@/) });

    expect(await confirm(tokens[0])).toMatch(/^This link was already used on/);
    if (tokens[1]) expect(await confirm(tokens[1])).toMatch(/^This link was already used on/);
  });

  it('cannot confirm a listing changed since the reminder', async () => {
    const other = await newListing('Sample: Changed Club');
    await act('editor-a', 'submit_asset', other);
    await act('moderator', 'approve_asset', other, { note: null });
    await remind('7 months');
    const [m] = await messagesAbout(other, 'check_due');
    await rpc(db, 'editor-a', 'save_asset', {
      asset: { ...assetInput(SAMPLE_ORG_A, { name: 'Sample: Changed Club', cost: '£2' }), id: other, version: await versionOf(db, other) },
    });
    await act('moderator', 'approve_asset', other, { note: null });
    expect(await confirm(tokenOf(m))).toMatch(/^This listing changed on .+ after the reminder was sent/);
  });

  it('has expired after 30 days', async () => {
    const other = await newListing('Sample: Expired Club');
    await act('editor-a', 'submit_asset', other);
    await act('moderator', 'approve_asset', other, { note: null });
    await remind('7 months');
    const [m] = await messagesAbout(other, 'check_due');
    await db.exec(`update app.signed_links set expires_at = now() - interval '1 day' where asset_id = '${other}'`);
    expect(await confirm(tokenOf(m))).toMatch(/^This link expired on/);
  });

  it('cannot be forged by setting the acting organisation by hand', async () => {
    const other = await newListing('Sample: Forged Club');
    await act('editor-a', 'submit_asset', other);
    await act('moderator', 'approve_asset', other, { note: null });
    const version = await versionOf(db, other);
    const forged = db.transaction(async (tx) => {
      await tx.exec('set local role anon');
      await tx.query("select set_config('app.link_actor', $1 || ':0000', true)", [SAMPLE_ORG_A]);
      return tx.query('select api.verify_asset($1::uuid, $2)', [other, version]);
    });
    await expect(forged).rejects.toThrow();
  });
});
