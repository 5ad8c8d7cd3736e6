// "Report a problem" (issue 15, item 4): residents report, moderators see one row per listing and
// resolve, forward or dismiss; the organisation sees forwarded problems; residents see that a
// problem was reported until it is dealt with. Per role, through the api, on PGlite with the seed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { as, rpc, rpcFrom, rpcWithHeaders } from './as';
import { SAMPLE_ORG_A, count } from './fixtures';
import type { ForwardedReport, PublicAsset, ReportGroup } from '../../src/backend/api';

let db: PGlite;
let listings: { id: string; name: string }[];
let today: string;
let nextAddress = 1;
/** A client address no other test uses. */
const fresh = () => `198.51.100.${nextAddress++}`;

beforeAll(async () => {
  db = await createTestDb({ seed: true });
  listings = (
    await db.query<{ id: string; name: string }>("select id, name from app.assets where org_id = $1 and status = 'published' order by name limit 7", [SAMPLE_ORG_A])
  ).rows;
  today = (await db.query<{ d: string }>("select to_char(now() at time zone 'Europe/London', 'YYYY-MM-DD') as d")).rows[0].d;
});

const report = (who: Parameters<typeof rpc>[1], asset_id: string, over: Record<string, unknown> = {}, address: string | null = fresh()) =>
  rpcFrom<{ received: boolean }>(db, who, address, 'report_problem', {
    asset_id,
    reason: 'wrong_times',
    details: 'It opens at 10 now.',
    email: null,
    honeypot: null,
    ...over,
  });
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string; column?: string; message?: string }) => ({ code: e.code, column: e.column, message: e.message }),
  );
const reportsOf = (assetId: string) => count(db, 'select 1 from app.problem_reports where asset_id = $1', [assetId]);

describe('reporting a problem', () => {
  it('a resident, signed in or not, reports a problem; moderators are told', async () => {
    const [a] = listings;
    expect(await report('resident', a.id)).toEqual({ received: true });
    expect(await report('newcomer', a.id, { reason: 'closed_or_moved', details: '' })).toEqual({ received: true });
    expect(await reportsOf(a.id)).toBe(2);
    const told = await db.query<{ to_email: string; optional: boolean }>("select to_email, optional from app.outbox where kind = 'report_received' and asset_id = $1", [
      a.id,
    ]);
    // Several reports about one listing on one day make one message per moderator.
    expect(told.rows.map((r) => r.to_email)).toEqual(['moderator@example.gov.uk']);
    expect(told.rows[0].optional).toBe(true);
  });

  it('the honeypot answers like success and stores nothing', async () => {
    const a = listings[1];
    const before = await count(db, 'select 1 from app.rate_hits');
    expect(await report('resident', a.id, { honeypot: 'http://spam.example' })).toEqual({ received: true });
    expect(await reportsOf(a.id)).toBe(0);
    expect(await count(db, 'select 1 from app.rate_hits')).toBe(before);
  });

  it('hostile input gets a clear message beside its field and stores nothing; markup is kept as text', async () => {
    const a = listings[1];
    expect(await refusal(report('resident', a.id, { details: 'x'.repeat(100_000) }))).toMatchObject({
      code: '23514',
      column: 'details',
      message: expect.stringMatching(/at most 2,000 characters \(this has 100,000\)/),
    });
    expect(await refusal(report('resident', a.id, { details: 'Closed\u0007\u0008 now' }))).toMatchObject({
      column: 'details',
      message: expect.stringMatching(/control characters/),
    });
    expect(await refusal(report('resident', a.id, { email: 'not an address' }))).toMatchObject({ column: 'email' });
    expect(await refusal(report('resident', a.id, { reason: 'because' }))).toMatchObject({ column: 'reason', message: 'Choose what is wrong with the listing' });
    expect(await refusal(report('resident', a.id, { reason: 'other', details: '   ' }))).toMatchObject({
      column: 'details',
      message: 'Say what is wrong with the listing',
    });
    expect(await reportsOf(a.id)).toBe(0);

    const markup = '<script>alert(1)</script><b>closed</b> & gone';
    await report('resident', a.id, { details: markup });
    expect((await db.query<{ details: string }>('select details from app.problem_reports where asset_id = $1', [a.id])).rows[0].details).toBe(markup);
  });

  it('only published listings can be reported', async () => {
    const draft = (await db.query<{ id: string }>("select id from app.assets where status = 'draft' limit 1")).rows[0];
    expect(await refusal(report('resident', draft.id))).toMatchObject({ code: '22023', message: expect.stringMatching(/not on the map/) });
  });
});

describe('the rate limit', () => {
  it('a 6th report in an hour from one client is refused with a clear message; another client may still report', async () => {
    const a = listings[2];
    const address = '203.0.113.77';
    for (let i = 0; i < 5; i++) expect(await report('resident', a.id, {}, `${address}, 10.0.0.1`)).toEqual({ received: true });
    expect(await refusal(report('resident', a.id, {}, `${address}, 10.0.0.2`))).toMatchObject({
      code: '54000',
      message: expect.stringMatching(/^You have sent 5 reports in the last hour.*try again after \d\d:\d\d$/),
    });
    expect(await reportsOf(a.id)).toBe(5);
    expect(await report('resident', a.id, {}, '203.0.113.78')).toEqual({ received: true });
  });

  it('on a hosted project counts the address Cloudflare saw, whatever X-Forwarded-For a client forges', async () => {
    const a = listings[6];
    const from = (forged: string) =>
      rpcWithHeaders(db, 'resident', { 'cf-connecting-ip': '203.0.113.200', 'x-forwarded-for': `${forged}, 203.0.113.200` }, 'report_problem', {
        asset_id: a.id,
        reason: 'wrong_times',
        details: 'It opens at 10 now.',
        email: null,
        honeypot: null,
      });
    for (let i = 0; i < 5; i++) expect(await from(`192.0.2.${i}`)).toEqual({ received: true });
    expect(await refusal(from('192.0.2.99'))).toMatchObject({ code: '54000' });
  });

  it('in local mode (no request headers) there is one client', async () => {
    const a = listings[3];
    for (let i = 0; i < 5; i++) await report('resident', a.id, {}, null);
    expect(await refusal(report('newcomer', a.id, {}, null))).toMatchObject({ code: '54000' });
  });

  it('no client address is stored anywhere: only salted hashes, and no browser role reads them', async () => {
    const tables = (
      await db.query<{ t: string }>("select format('%I.%I', schemaname, tablename) as t from pg_tables where schemaname in ('app', 'public', 'private', 'auth')")
    ).rows;
    for (const { t } of tables) {
      const found = await db.query<{ n: number }>(`select count(*)::int as n from ${t} x where x::text like '%203.0.113.7%'`);
      expect(found.rows[0].n, t).toBe(0);
    }
    expect(await count(db, "select 1 from app.rate_hits where client_hash !~ '^[0-9a-f]{64}$'")).toBe(0);
    for (const who of ['resident', 'newcomer', 'moderator'] as const) {
      for (const table of ['rate_hits', 'rate_salts', 'problem_reports']) {
        await expect(as(db, who, (tx) => tx.query(`select * from app.${table}`))).rejects.toMatchObject({ code: '42501' });
      }
    }
  });

  it('hits older than a day are deleted on the next report', async () => {
    await db.query("insert into app.rate_hits (client_hash, purpose, at) values (repeat('a', 64), 'report', now() - interval '2 days')");
    await report('resident', listings[3].id, {}, fresh());
    expect(await count(db, "select 1 from app.rate_hits where at < now() - interval '1 day'")).toBe(0);
  });
});

describe('the moderators’ queue and what follows', () => {
  let b: { id: string; name: string };
  beforeAll(async () => {
    b = listings[4];
    await report('resident', b.id, { reason: 'wrong_times', details: 'Now Tuesdays.', email: 'Reporter.One@example.org' });
    await report('resident', b.id, { reason: 'wrong_times', details: 'Tuesdays, not Mondays' });
    await report('newcomer', b.id, { reason: 'wrong_contact', details: '', email: 'reporter.two@example.org' });
  });

  const groupOf = async (assetId: string) => (await rpc<ReportGroup[]>(db, 'moderator', 'report_queue')).find((g) => g.asset_id === assetId);

  it('repeated open reports on one listing make one row with the count, reasons and dates; reporters’ addresses are not shown', async () => {
    const g = await groupOf(b.id);
    expect(g).toMatchObject({ asset_name: b.name, org_id: SAMPLE_ORG_A, count: 3 });
    expect(g!.reasons).toEqual([
      { reason: 'wrong_times', count: 2 },
      { reason: 'wrong_contact', count: 1 },
    ]);
    expect(g!.reports.map((r) => r.wants_reply)).toEqual([true, false, true]);
    expect(JSON.stringify(g)).not.toContain('@example.org');
    expect(new Date(g!.first_at).getTime()).toBeLessThanOrEqual(new Date(g!.last_at).getTime());
  });

  it('only moderators see the queue or handle reports', async () => {
    expect(await refusal(rpc(db, 'resident', 'report_queue'))).toMatchObject({ code: '42501', message: expect.stringMatching(/permission denied/) });
    expect(await refusal(rpc(db, 'newcomer', 'report_queue'))).toMatchObject({ code: '42501', message: 'Only moderators can see reported problems' });
    expect(await refusal(rpc(db, 'editor-a', 'report_queue'))).toMatchObject({ code: '42501' });
    const ids = (await groupOf(b.id))!.reports.map((r) => r.id);
    expect(await refusal(rpc(db, 'editor-a', 'handle_reports', { asset_id: b.id, report_ids: ids, action: 'resolve' }))).toMatchObject({ code: '42501' });
  });

  it('residents see “reported on <date>” (the date only) until the problem is dealt with', async () => {
    const seen = await rpc<PublicAsset>(db, 'resident', 'asset', { id: b.id });
    expect(seen.reported_on).toBe(today);
    expect(JSON.stringify(seen)).not.toContain('Tuesdays');
    expect((await rpc<PublicAsset>(db, 'resident', 'asset', { id: listings[5].id })).reported_on).toBeNull();
  });

  it('a decision on reports the moderator did not read (one arrived since) is refused', async () => {
    const ids = (await groupOf(b.id))!.reports.map((r) => r.id);
    expect(await refusal(rpc(db, 'moderator', 'handle_reports', { asset_id: b.id, report_ids: ids.slice(1), action: 'forward' }))).toMatchObject({ code: '40001' });
  });

  it('forwarding tells the organisation, shows the problems on its page, replies to reporters and clears their addresses', async () => {
    const ids = (await groupOf(b.id))!.reports.map((r) => r.id);
    await rpc(db, 'moderator', 'handle_reports', { asset_id: b.id, report_ids: ids, action: 'forward', note: 'Please check the <b>times</b>.' });
    expect(await groupOf(b.id)).toBeUndefined();

    const toOrg = await db.query<{ to_email: string; text_body: string; html_body: string }>(
      "select to_email, text_body, html_body from app.outbox where kind = 'report_forwarded' and asset_id = $1 order by to_email",
      [b.id],
    );
    const members = (await db.query<{ e: string }>('select private.org_contact_emails($1) as e order by 1', [SAMPLE_ORG_A])).rows.map((r) => r.e);
    expect(toOrg.rows.map((r) => r.to_email)).toEqual(members);
    expect(toOrg.rows[0].text_body).toContain('Tuesdays, not Mondays');
    expect(toOrg.rows[0].text_body).toContain('Please check the <b>times</b>.');
    expect(toOrg.rows[0].html_body).toContain('&lt;b&gt;times&lt;/b&gt;');

    const replies = await db.query<{ to_email: string }>("select to_email from app.outbox where kind = 'report_resolved' and asset_id = $1 order by to_email", [b.id]);
    expect(replies.rows.map((r) => r.to_email)).toEqual(['reporter.one@example.org', 'reporter.two@example.org']);
    expect(await count(db, 'select 1 from app.problem_reports where asset_id = $1 and reply_email is not null', [b.id])).toBe(0);

    // Still waiting for the organisation: residents still see the notice.
    expect((await rpc<PublicAsset>(db, 'resident', 'asset', { id: b.id })).reported_on).toBe(today);

    const forwarded = await rpc<ForwardedReport[]>(db, 'editor-a', 'org_reports', { org_id: SAMPLE_ORG_A });
    expect(forwarded.filter((r) => r.asset_id === b.id).map((r) => r.details)).toEqual(['Now Tuesdays.', 'Tuesdays, not Mondays', '']);
    expect(forwarded[0]).toMatchObject({ asset_name: expect.any(String), note: expect.any(String), forwarded_at: expect.any(String) });
    expect(await refusal(rpc(db, 'editor-b', 'org_reports', { org_id: SAMPLE_ORG_A }))).toMatchObject({ code: '42501' });
    expect(await refusal(rpc(db, 'editor-b', 'mark_report_dealt_with', { id: forwarded[0].id }))).toMatchObject({ code: '42501' });

    for (const r of forwarded.filter((x) => x.asset_id === b.id)) await rpc(db, 'editor-a', 'mark_report_dealt_with', { id: r.id, note: 'Times fixed' });
    expect(await refusal(rpc(db, 'editor-a', 'mark_report_dealt_with', { id: forwarded[0].id }))).toMatchObject({ code: '55000' });
    expect((await rpc<ForwardedReport[]>(db, 'editor-a', 'org_reports', { org_id: SAMPLE_ORG_A })).filter((r) => r.asset_id === b.id)).toEqual([]);
    expect((await rpc<PublicAsset>(db, 'resident', 'asset', { id: b.id })).reported_on).toBeNull();
  });

  it('resolving clears the public notice at once and replies to the reporter; dismissing too', async () => {
    const c = listings[0]; // reported in the first test
    const ids = (await groupOf(c.id))!.reports.map((r) => r.id);
    await report('resident', c.id, { email: 'third@example.org' });
    const all = (await groupOf(c.id))!.reports.map((r) => r.id);
    expect(all).toHaveLength(ids.length + 1);
    await rpc(db, 'moderator', 'handle_reports', { asset_id: c.id, report_ids: all, action: 'resolve', note: 'Updated the times' });
    expect((await rpc<PublicAsset>(db, 'resident', 'asset', { id: c.id })).reported_on).toBeNull();
    const reply = await db.query<{ text_body: string }>("select text_body from app.outbox where kind = 'report_resolved' and to_email = 'third@example.org'");
    expect(reply.rows[0].text_body).toMatch(/put right[\s\S]*Their note: Updated the times/);
    expect(await count(db, "select 1 from app.problem_reports where reply_email = 'third@example.org'")).toBe(0);

    const d = listings[1];
    const dIds = (await groupOf(d.id))!.reports.map((r) => r.id);
    expect(await refusal(rpc(db, 'moderator', 'handle_reports', { asset_id: d.id, report_ids: dIds, action: 'shrug' }))).toMatchObject({ column: 'action' });
    expect(await refusal(rpc(db, 'moderator', 'handle_reports', { asset_id: d.id, report_ids: dIds, action: 'dismiss', note: 'n'.repeat(2001) }))).toMatchObject({
      column: 'note',
    });
    await rpc(db, 'moderator', 'handle_reports', { asset_id: d.id, report_ids: dIds, action: 'dismiss', note: 'Nothing wrong' });
    expect((await rpc<PublicAsset>(db, 'resident', 'asset', { id: d.id })).reported_on).toBeNull();
    expect(await count(db, "select 1 from app.problem_reports where asset_id = $1 and status = 'dismissed'", [d.id])).toBe(dIds.length);
  });
});
