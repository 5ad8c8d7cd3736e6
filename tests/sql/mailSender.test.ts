// Delivering the outbox, as the sender sees it: claims are leases that two senders never share,
// failures back off and end dead, and moderators see and retry the dead ones.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { rpc } from './as';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});
beforeEach(async () => {
  await db.exec('delete from app.outbox');
});

const rows = async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows;
const enqueue = async (key: string, optional = false) =>
  (await rows<{ id: string }>(`select private.enqueue_message('decision', 'someone@example.org', 'A subject', array['Hello.'], '[]', $1, $2) as id`, [key, optional]))[0]
    .id;
type Claimed = { id: string; to_email: string; subject: string; text_body: string; html_body: string; unsubscribe_url: string | null; attempts: number };
const claim = (batch = 50) => rows<Claimed>('select * from private.claim_outbox($1)', [batch]);
const state = async (id: string) =>
  (
    await rows<{ status: string; attempts: number; wait_s: number; last_error: string | null; sent_at: string | null; provider_id: string | null }>(
      `select status, attempts, round(extract(epoch from next_attempt_at - now()))::int as wait_s, last_error, sent_at, provider_id from app.outbox where id = $1`,
      [id],
    )
  )[0];
const due = async () => (await rows<{ d: boolean }>('select private.mail_due() as d'))[0].d;
/** As if the wait had passed: the next claim may take the message again. */
const waitOut = (id: string) =>
  db.query(`update app.outbox set next_attempt_at = now() - interval '1 second', locked_until = now() - interval '1 second' where id = $1`, [id]);

describe('claiming the outbox', () => {
  it('hands each due message to one sender at a time, with what it needs to send it', async () => {
    const a = await enqueue('a');
    const b = await enqueue('b', true);
    expect(await due()).toBe(true);
    const first = await claim(1);
    const second = await claim(10);
    expect(first.map((m) => m.id)).toEqual([a]);
    expect(second.map((m) => m.id)).toEqual([b]);
    expect(await claim()).toEqual([]);
    expect(await due()).toBe(false);
    expect(first[0]).toMatchObject({ to_email: 'someone@example.org', subject: 'A subject', attempts: 1, unsubscribe_url: null });
    expect(first[0].text_body).toContain('Hello.');
    expect(second[0].unsubscribe_url).toMatch(/^\/unsubscribe\?token=[0-9a-f-]+\.[0-9a-f]{32}$/);
    expect(second[0].text_body).toContain(second[0].unsubscribe_url);
  });

  it('records a delivery once, with the service’s id, and never sends it again', async () => {
    const id = await enqueue('delivered');
    await claim();
    expect((await rows<{ ok: boolean }>("select private.outbox_delivered($1, '<abc@mail>') as ok", [id]))[0].ok).toBe(true);
    expect(await state(id)).toMatchObject({ status: 'sent', attempts: 1, provider_id: '<abc@mail>', last_error: null });
    expect((await state(id)).sent_at).toBeTruthy();
    expect((await rows<{ ok: boolean }>('select private.outbox_delivered($1) as ok', [id]))[0].ok).toBe(false);
    await waitOut(id);
    expect(await claim()).toEqual([]);
  });

  it('takes back a message whose sender stopped mid-send once the lease is over', async () => {
    const id = await enqueue('crashed');
    await claim();
    expect(await claim()).toEqual([]);
    await waitOut(id);
    expect(await due()).toBe(true);
    const again = await claim();
    expect(again.map((m) => [m.id, m.attempts])).toEqual([[id, 2]]);
  });

  it('backs off after each temporary failure, 1 minute then 5, 30, 2 hours, 12 hours, and is dead after the sixth try', async () => {
    const id = await enqueue('flaky');
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      expect((await claim()).map((m) => m.id)).toEqual([id]);
      expect((await rows<{ s: string }>("select private.outbox_failed($1, '421 Try again later') as s", [id]))[0].s).toBe('queued');
      waits.push((await state(id)).wait_s);
      expect(await claim()).toEqual([]);
      await waitOut(id);
    }
    expect(waits).toEqual([60, 300, 1800, 7200, 43200]);
    await claim();
    expect((await rows<{ s: string }>("select private.outbox_failed($1, '421 Try again later') as s", [id]))[0].s).toBe('dead');
    expect(await state(id)).toMatchObject({ status: 'dead', attempts: 6, last_error: '421 Try again later' });
    await waitOut(id);
    await db.query("update app.outbox set status = 'dead' where id = $1", [id]);
    expect(await claim()).toEqual([]);
  });

  it('is dead at once when the service refuses the address outright', async () => {
    const id = await enqueue('refused');
    await claim();
    await db.query("select private.outbox_failed($1, '550 No such user', true)", [id]);
    expect(await state(id)).toMatchObject({ status: 'dead', attempts: 1, last_error: '550 No such user' });
  });

  it('makes a message dead when its sender stopped on the last try', async () => {
    const id = await enqueue('last-try');
    await claim();
    await db.query("update app.outbox set attempts = 6, locked_until = now() - interval '1 second' where id = $1", [id]);
    expect(await claim()).toEqual([]);
    expect(await state(id)).toMatchObject({ status: 'dead', last_error: 'The sender stopped while sending, on its last try' });
  });

  it('ignores the late report of a sender whose lease another sender took over', async () => {
    const id = await enqueue('late');
    await claim();
    await waitOut(id);
    await claim();
    await db.query('select private.outbox_delivered($1)', [id]);
    expect((await rows<{ s: string | null }>("select private.outbox_failed($1, 'timed out') as s", [id]))[0].s).toBeNull();
    expect((await state(id)).status).toBe('sent');
  });
});

describe('messages that could not be sent', () => {
  it('are shown to moderators with the reason but not the body, and can be sent again once', async () => {
    const id = await enqueue('dead');
    await claim();
    await db.query("select private.outbox_failed($1, '550 Mailbox unavailable', true)", [id]);
    const problems = await rpc<Record<string, unknown>[]>(db, 'moderator', 'mail_problems');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ id, status: 'dead', to_email: 'someone@example.org', subject: 'A subject', attempts: 1, last_error: '550 Mailbox unavailable' });
    expect(Object.keys(problems[0])).not.toContain('text_body');
    expect(Object.keys(problems[0])).not.toContain('html_body');

    expect(await rpc(db, 'moderator', 'retry_message', { id })).toEqual({ id, status: 'queued' });
    expect(await state(id)).toMatchObject({ status: 'queued', attempts: 0 });
    await expect(rpc(db, 'moderator', 'retry_message', { id })).rejects.toMatchObject({ code: '40001' });
    expect((await claim()).map((m) => m.id)).toEqual([id]);
  });

  it('lists a message still being retried, with its last error', async () => {
    const id = await enqueue('retrying');
    await claim();
    await db.query("select private.outbox_failed($1, 'Connection refused')", [id]);
    expect(await rpc(db, 'moderator', 'mail_problems')).toMatchObject([{ id, status: 'queued', last_error: 'Connection refused' }]);
  });

  it('are for moderators only', async () => {
    for (const who of ['editor-a', 'newcomer', 'planner'] as const) {
      await expect(rpc(db, who, 'mail_problems')).rejects.toMatchObject({ code: '42501' });
    }
    await expect(rpc(db, 'resident', 'mail_problems')).rejects.toThrow(/permission denied/);
  });

  it('cannot be claimed or marked by a browser role', async () => {
    for (const role of ['anon', 'authenticated']) {
      await expect(
        db.transaction(async (tx) => {
          await tx.exec(`set local role ${role}`);
          await tx.query('select * from private.claim_outbox()');
        }),
      ).rejects.toThrow(/permission denied/);
    }
  });
});

describe('forgetting old mail', () => {
  it('deletes messages done with for 90 days and links expired for 30, and keeps the rest', async () => {
    const old = await enqueue('old-sent');
    const waiting = await enqueue('old-queued');
    await db.query(`update app.outbox set status = 'sent', created_at = now() - interval '91 days' where id = $1`, [old]);
    await db.query(`update app.outbox set created_at = now() - interval '91 days' where id = $1`, [waiting]);
    const recent = await enqueue('recent-sent', true);
    await db.query(`update app.outbox set status = 'sent' where id = $1`, [recent]);
    const expired = (await rows<{ t: string }>("select private.issue_link('confirm_listing', 'a@example.org', interval '-31 days') as t"))[0].t;
    const fresh = (await rows<{ t: string }>("select private.issue_link('confirm_listing', 'a@example.org', interval '-29 days') as t"))[0].t;

    const forgot = (await rows<{ r: { messages: number; links: number } }>('select private.forget_old_mail() as r'))[0].r;
    expect(forgot.messages).toBe(1);
    expect(forgot.links).toBeGreaterThanOrEqual(1);
    const left = (await rows<{ id: string }>('select id from app.outbox')).map((r) => r.id);
    expect(left).toContain(waiting);
    expect(left).toContain(recent);
    expect(left).not.toContain(old);
    const linkIds = (await rows<{ id: string }>('select id::text from app.signed_links')).map((r) => r.id);
    expect(linkIds).not.toContain(expired.split('.')[0]);
    expect(linkIds).toContain(fresh.split('.')[0]);
    // The recent optional message's unsubscribe link never expires, so it stays.
    expect((await rows<{ n: number }>("select count(*)::int as n from app.signed_links where purpose = 'unsubscribe'"))[0].n).toBeGreaterThan(0);
    await expect(db.query("select (private.redeem_link($1, 'confirm_listing')).id", [expired])).rejects.toThrow('This link is not valid any more');
  });
});

describe('the local Outbox page’s read', () => {
  it('gives every message newest first, with its text and links', async () => {
    await enqueue('one');
    await enqueue('two', true);
    const list = (
      await rows<{ l: { subject: string; text_body: string; links: unknown[]; unsubscribe_url: string | null; status: string }[] }>('select private.local_outbox() as l')
    )[0].l;
    expect(list).toHaveLength(2);
    expect(list.map((m) => m.status)).toEqual(['queued', 'queued']);
    expect(list.some((m) => m.unsubscribe_url?.startsWith('/unsubscribe?token='))).toBe(true);
  });
});
