// The outbox and signed links, the two mechanisms every message rests on: a message is a row
// written with its cause, and a one-click link is a row named by a signed token.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { as, rpc } from './as';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

const one = async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows[0];
const enqueue = (key: string, optional = false, paragraphs = ['Hello <b>there</b> & welcome.']) =>
  one<{ id: string | null }>(
    `select private.enqueue_message('decision', 'Someone@Example.org', 'A subject', $1::text[], '[{"label":"See it","path":"/assets/1"}]', $2, $3) as id`,
    [paragraphs, key, optional],
  );
const issue = (purpose: string, lifetime = '30 days') => one<{ t: string }>(`select private.issue_link($1, 'a@example.org', $2::interval) as t`, [purpose, lifetime]);
const redeem = (token: string, purpose = 'confirm_listing') =>
  db.query(`select (private.redeem_link($1, $2)).id`, [token, purpose]).then(
    () => 'ok',
    (e: Error) => e.message,
  );

describe('the outbox', () => {
  it('writes one message per dedupe key, with the same words as text and as escaped HTML', async () => {
    expect((await enqueue('k1')).id).toBeTruthy();
    expect((await enqueue('k1')).id).toBeNull();
    const m = await one<{ to_email: string; text_body: string; html_body: string; links: unknown; status: string }>("select * from app.outbox where dedupe_key = 'k1'");
    expect(m.to_email).toBe('someone@example.org');
    expect(m.status).toBe('queued');
    expect(m.text_body).toContain('Hello <b>there</b> & welcome.');
    expect(m.text_body).toContain('See it: /assets/1');
    expect(m.html_body).toContain('<p>Hello &lt;b&gt;there&lt;/b&gt; &amp; welcome.</p>');
    expect(m.html_body).toContain('<a href="/assets/1">See it</a>');
    expect(m.links).toEqual([{ label: 'See it', url: '/assets/1' }]);
    expect(m.text_body).not.toContain('stop these');
  });

  it('puts the site address before links once it is set', async () => {
    await db.exec("update app.site_settings set url = 'https://map.example.gov.uk'");
    await enqueue('k2');
    const m = await one<{ text_body: string }>("select text_body from app.outbox where dedupe_key = 'k2'");
    expect(m.text_body).toContain('See it: https://map.example.gov.uk/assets/1');
    await db.exec("update app.site_settings set url = ''");
    await expect(db.exec("update app.site_settings set url = 'javascript:alert(1)'")).rejects.toThrow(/site_settings_url_check/);
  });

  it('gives optional messages an unsubscribe link that stops the next one', async () => {
    await enqueue('k3', true);
    const m = await one<{ text_body: string }>("select text_body from app.outbox where dedupe_key = 'k3'");
    const token = /unsubscribe\?token=([\w.-]+)/.exec(m.text_body)![1];
    expect(await rpc(db, 'resident', 'unsubscribe', { token })).toEqual({ email: 'someone@example.org', kind: 'decision' });
    expect(await rpc(db, 'resident', 'unsubscribe', { token })).toEqual({ email: 'someone@example.org', kind: 'decision' });
    expect((await enqueue('k4', true)).id).toBeNull();
    expect((await enqueue('k5', false)).id).toBeTruthy();
  });

  it('is readable by no browser role', async () => {
    for (const who of ['resident', 'editor-a', 'moderator'] as const) {
      await expect(as(db, who, (tx) => tx.query('select 1 from app.outbox'))).rejects.toThrow(/permission denied/);
    }
    await expect(as(db, 'editor-a', (tx) => tx.query("select private.enqueue_message('decision','x@example.org','s','{p}','[]','k9')"))).rejects.toThrow(
      /permission denied/,
    );
  });
});

describe('signed links', () => {
  it('work once, then say when they were used', async () => {
    const { t } = await issue('confirm_listing');
    expect(await redeem(t)).toBe('ok');
    expect(await redeem(t)).toMatch(/^This link was already used on \d+ \w+ \d{4} at \d\d:\d\d$/);
  });

  it('refuse a token that was edited, cut short or meant for something else', async () => {
    const { t } = await issue('confirm_listing');
    const [id, sig] = t.split('.');
    const flipped = sig.slice(0, -1) + (sig.endsWith('0') ? '1' : '0');
    expect(await redeem(`${id}.${flipped}`)).toMatch(/not valid/);
    expect(await redeem(t.slice(0, -4))).toMatch(/not valid/);
    expect(await redeem(`${crypto.randomUUID()}.${sig}`)).toMatch(/not valid/);
    expect(await redeem(t, 'unsubscribe')).toMatch(/not valid/);
    expect(await redeem('')).toMatch(/not valid/);
    expect(await redeem("'; drop table app.outbox; --")).toMatch(/not valid/);
    expect(await redeem(t)).toBe('ok');
  });

  it('expire', async () => {
    const { t } = await issue('confirm_listing', '-1 day');
    expect(await redeem(t)).toMatch(/^This link expired on /);
  });

  it('are never readable by browser roles', async () => {
    for (const who of ['resident', 'editor-a', 'moderator'] as const) {
      await expect(as(db, who, (tx) => tx.query('select * from app.signed_links'))).rejects.toThrow(/permission denied/);
      await expect(as(db, who, (tx) => tx.query('select * from app.link_secret'))).rejects.toThrow(/permission denied/);
    }
  });
});
