// "Suggest a group" (issue 15, item 5): residents suggest something for the map; moderators turn
// it into a draft listing, invite the organisation, or decline it. Per role, on PGlite with the seed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { as, rpc, rpcFrom } from './as';
import { SAMPLE_ORG_A, count } from './fixtures';
import type { Asset } from '../../src/domain/types';
import type { Suggestion, SuggestionHandled } from '../../src/backend/api';

let db: PGlite;
let nextAddress = 1;
const fresh = () => `192.0.2.${nextAddress++}`;

beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

const suggestion = {
  name: 'Sample: Scholes Knit and Natter',
  description: 'Knitting and a cuppa for anyone.',
  place: 'Scholes Library, wn1 3nn',
  times: 'Thursdays 2 to 4',
  contact: 'Ask at the library desk',
  email: null as string | null,
  honeypot: null as string | null,
};
const suggest = (who: Parameters<typeof rpc>[1], over: Partial<typeof suggestion> = {}, address: string | null = fresh()) =>
  rpcFrom<{ received: boolean }>(db, who, address, 'suggest_group', { ...suggestion, ...over });
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string; column?: string; message?: string }) => ({ code: e.code, column: e.column, message: e.message }),
  );
const queue = () => rpc<Suggestion[]>(db, 'moderator', 'suggestion_queue');
const idOf = async (name: string) => (await queue()).find((s) => s.name === name)!.id;

describe('suggesting a group', () => {
  it('anyone suggests; moderators see it in their queue and are told', async () => {
    expect(await suggest('resident', { email: 'Knitter@example.org' })).toEqual({ received: true });
    const [s] = (await queue()).filter((x) => x.name === suggestion.name);
    expect(s).toMatchObject({ place: suggestion.place, times: suggestion.times, contact: suggestion.contact, wants_reply: true });
    expect(JSON.stringify(s)).not.toContain('knitter@');
    expect(await count(db, "select 1 from app.outbox where kind = 'suggestion_received' and subject like '%Knit and Natter%'")).toBe(1);
    expect(await suggest('newcomer', { name: 'Sample: Signed-in suggestion' })).toEqual({ received: true });
  });

  it('the honeypot answers like success and stores nothing', async () => {
    expect(await suggest('resident', { name: 'Sample: Robot', honeypot: 'yes' })).toEqual({ received: true });
    expect(await count(db, "select 1 from app.suggestions where name = 'Sample: Robot'")).toBe(0);
  });

  it('hostile input gets a clear message beside its field and stores nothing', async () => {
    expect(await refusal(suggest('resident', { name: '  ' }))).toMatchObject({ code: '23514', column: 'name' });
    expect(await refusal(suggest('resident', { name: 'Sample: Long', description: 'x'.repeat(100_000) }))).toMatchObject({
      column: 'description',
      message: expect.stringMatching(/at most 2,000 characters/),
    });
    expect(await refusal(suggest('resident', { name: 'Sample: Ctrl', place: 'Here\u001b[31m' }))).toMatchObject({ column: 'place' });
    expect(await refusal(suggest('resident', { name: 'Sample: Mail', email: 'x@' }))).toMatchObject({ column: 'email' });
    expect(await count(db, "select 1 from app.suggestions where name like 'Sample: %' and name not like '%Knit%' and name not like '%Signed-in%'")).toBe(0);
  });

  it('shares the reports’ rate limit mechanism: a 6th suggestion in an hour is refused, another client is not', async () => {
    for (let i = 0; i < 5; i++) await suggest('resident', { name: `Sample: Burst ${i}` }, '203.0.113.9');
    expect(await refusal(suggest('resident', { name: 'Sample: Burst 6' }, '203.0.113.9'))).toMatchObject({
      code: '54000',
      message: expect.stringMatching(/You have sent 5 suggestions in the last hour/),
    });
    expect(await suggest('resident', { name: 'Sample: Other client' }, '203.0.113.10')).toEqual({ received: true });
    // Reports are counted apart from suggestions, by the same mechanism.
    const published = (await db.query<{ id: string }>("select id from app.assets where status = 'published' limit 1")).rows[0];
    expect(await rpcFrom(db, 'resident', '203.0.113.9', 'report_problem', { asset_id: published.id, reason: 'wrong_times' })).toEqual({ received: true });
    expect(await count(db, "select 1 from app.suggestions s where s::text like '%203.0.113.%'")).toBe(0);
    expect(await count(db, "select 1 from app.rate_hits h where h::text like '%203.0.113.%'")).toBe(0);
  });

  it('only moderators see or handle suggestions; no browser role reads the table', async () => {
    const id = await idOf('Sample: Burst 0');
    expect(await refusal(rpc(db, 'resident', 'suggestion_queue'))).toMatchObject({ code: '42501' });
    expect(await refusal(rpc(db, 'newcomer', 'suggestion_queue'))).toMatchObject({ code: '42501', message: 'Only moderators can see suggestions' });
    expect(await refusal(rpc(db, 'editor-a', 'handle_suggestion', { id, action: 'decline' }))).toMatchObject({ code: '42501' });
    await expect(as(db, 'moderator', (tx) => tx.query('select * from app.suggestions'))).rejects.toMatchObject({ code: '42501' });
  });
});

describe('handling a suggestion', () => {
  it('a moderator turns it into a draft listing; the suggester hears back and their address is cleared', async () => {
    const id = await idOf(suggestion.name);
    expect(await refusal(rpc(db, 'moderator', 'handle_suggestion', { id, action: 'draft' }))).toMatchObject({ column: 'category' });
    const done = await rpc<SuggestionHandled>(db, 'moderator', 'handle_suggestion', { id, action: 'draft', category: 'arts-culture', org_id: SAMPLE_ORG_A });
    expect(done).toMatchObject({ id, status: 'drafted', org_id: SAMPLE_ORG_A });
    const draft = await rpc<Asset>(db, 'moderator', 'asset', { id: done.asset_id });
    expect(draft).toMatchObject({
      status: 'draft',
      name: suggestion.name,
      address: suggestion.place,
      postcode: 'WN1 3NN',
      categories: ['arts-culture'],
      org_id: SAMPLE_ORG_A,
    });
    expect(draft.description).toContain('Thursdays 2 to 4');
    // The organisation sees it among its listings, to finish and send for review.
    expect((await rpc<Asset[]>(db, 'editor-a', 'org_assets', { org_id: SAMPLE_ORG_A })).map((a) => a.id)).toContain(done.asset_id);
    expect(await rpc<Asset | null>(db, 'resident', 'asset', { id: done.asset_id })).toBeNull();

    const reply = await db.query<{ text_body: string }>("select text_body from app.outbox where kind = 'suggestion_handled' and to_email = 'knitter@example.org'");
    expect(reply.rows[0].text_body).toMatch(/preparing a listing/);
    expect(await count(db, 'select 1 from app.suggestions where id = $1 and reply_email is null', [id])).toBe(1);
    expect((await queue()).map((s) => s.id)).not.toContain(id);
    expect(await refusal(rpc(db, 'moderator', 'handle_suggestion', { id, action: 'decline' }))).toMatchObject({ code: '40001' });
  });

  it('a draft without an organisation is the moderators’', async () => {
    const id = await idOf('Sample: Signed-in suggestion');
    const done = await rpc<SuggestionHandled>(db, 'moderator', 'handle_suggestion', { id, action: 'draft', category: 'arts-culture' });
    expect(done.org_id).toBeNull();
    expect(await rpc<Asset>(db, 'moderator', 'asset', { id: done.asset_id })).toMatchObject({ status: 'draft', org_id: null });
  });

  it('inviting the organisation sends an e-mail through the outbox to the address given', async () => {
    const id = await idOf('Sample: Burst 1');
    expect(await refusal(rpc(db, 'moderator', 'handle_suggestion', { id, action: 'invite', invite_email: 'nope' }))).toMatchObject({ column: 'invite_email' });
    await rpc(db, 'moderator', 'handle_suggestion', { id, action: 'invite', invite_email: 'Hello@Knitters.example.org', note: 'We would love to list you' });
    const sent = await db.query<{ kind: string; text_body: string; links: { url: string }[] }>(
      "select kind, text_body, links from app.outbox where to_email = 'hello@knitters.example.org'",
    );
    expect(sent.rows).toHaveLength(1);
    expect(sent.rows[0].kind).toBe('invitation');
    expect(sent.rows[0].text_body).toContain('We would love to list you');
    expect(sent.rows[0].links[0].url).toBe('/organisation/register');
  });

  it('declining records the note', async () => {
    const id = await idOf('Sample: Burst 2');
    await rpc(db, 'moderator', 'handle_suggestion', { id, action: 'decline', note: 'Already listed' });
    expect((await db.query<{ status: string; note: string }>('select status, note from app.suggestions where id = $1', [id])).rows[0]).toEqual({
      status: 'declined',
      note: 'Already listed',
    });
  });
});
