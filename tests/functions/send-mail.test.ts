// The send-mail Edge Function for real: Deno running supabase/functions/send-mail as deployed, a
// native Postgres 15 with every migration and the demo seed, and a real SMTP server (smtp-server)
// speaking implicit TLS or STARTTLS with sign-in; the HTTP mail API variant against a stand-in
// with Resend's documented contract. Messages are caused as people cause them, through the api.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { TempPostgres } from './tempPostgres';
import { startProjectDb } from './projectDb';
import { denoBin, repoRoot, requireDeno, startFunction, type RunningFunction } from './denoFunction';
import { startSmtp, type TestSmtp } from './smtpServer';
import { startFakeMailApi, type FakeMailApi } from './fakeMailApi';

const SECRET = 'test-mail-secret-0123456789abcdef0123';
const FROM = 'Common Ground <map@wigan.example>';
const SITE = 'https://map.example.gov.uk';
const ORG = '0c000000-0000-4000-8000-0000000000d1';
const OWNER = 'e0000000-0000-4000-8000-0000000000d1';
const OWNER_EMAIL = 'keeper@example.org';

let pg: TempPostgres;
let smtp: TestSmtp;
let fn: RunningFunction;

const smtpEnv = (s: TestSmtp, extra: Record<string, string> = {}) => ({
  MAIL_SECRET: SECRET,
  MAIL_FROM: FROM,
  SUPABASE_DB_URL: pg.url,
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(s.port),
  // Implicit TLS, as on port 465: the test server listens on a free port instead.
  SMTP_SECURITY: 'tls',
  SMTP_USER: 'mailer',
  SMTP_PASS: 'mailer-password',
  SMTP_CA_CERT: s.ca,
  ...extra,
});

beforeAll(async () => {
  requireDeno();
  pg = await startProjectDb();
  pg.psql(`update app.site_settings set url = '${SITE}'`);
  pg.psql(`insert into app.organisations (id, name, status) values ('${ORG}', 'Sample: Kept Org', 'verified')`);
  pg.psql(`insert into auth.users (id, email) values ('${OWNER}', '${OWNER_EMAIL}')`);
  pg.psql(`insert into app.memberships (org_id, user_id, role) values ('${ORG}', '${OWNER}', 'owner')`);
  smtp = await startSmtp({ implicitTls: true, user: 'mailer', pass: 'mailer-password' });
  fn = await startFunction('send-mail', smtpEnv(smtp));
}, 240_000);

afterAll(async () => {
  await fn?.stop();
  await smtp?.close();
  pg?.stop();
});

beforeEach(() => {
  // Each test sends only what it causes: earlier messages (the seed's own) are out of the way.
  pg.psql("update app.outbox set status = 'sent', sent_at = now() where status <> 'sent'");
  smtp.received.length = 0;
});

type RunResult = { claimed: number; sent: number; retrying: number; dead: number; errors: string[]; error?: string };
const run = async (target: RunningFunction = fn, secret: string | null = SECRET) => {
  const res = await fetch(target.url, { method: 'POST', headers: secret === null ? {} : { 'x-mail-secret': secret } });
  return { http: res.status, ...((await res.json()) as RunResult) };
};
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const asAnon = (sql: string) => {
  try {
    return pg.psql(`begin; set local role anon; set local request.jwt.claims = '{"role":"anon"}'; ${sql}; commit;`);
  } catch (e) {
    return String((e as { stderr?: string }).stderr ?? e);
  }
};
const queue = (to: string, key: string) =>
  pg.psql(
    `select private.enqueue_message('decision', ${quote(to)}, 'Your listing was approved', array['It is on the map now.'], '[{"label":"See it","path":"/assets/x"}]', ${quote(key)})`,
  );
const statusOf = (to: string) =>
  pg.psql(`select concat_ws(' ', status, attempts, last_error) from app.outbox where to_email = ${quote(to)} order by created_at desc limit 1`);
const listingDueForCheck = (name: string) =>
  pg.psql(`insert into app.assets (org_id, kind, name, categories, lat, lng, status, last_verified_at, checked_by)
           values ('${ORG}', 'group', ${quote(name)}, '{older-people}', 53.54, -2.59, 'published', now() - interval '7 months', 'organisation') returning id`);

describe('send-mail', () => {
  it('refuses a missing or wrong secret, and GET, without taking a message', async () => {
    queue('untouched@example.org', 'untouched');
    expect(await run(fn, null)).toMatchObject({ http: 401 });
    expect(await run(fn, `${SECRET}x`)).toMatchObject({ http: 401 });
    expect((await fetch(fn.url)).status).toBe(405);
    expect(statusOf('untouched@example.org')).toBe('queued 0');
    expect(smtp.received).toEqual([]);
  });

  it('delivers a check reminder over TLS whose "Still correct" link confirms the listing once', async () => {
    const id = listingDueForCheck('Sample: Kept Club');
    pg.psql('select private.queue_check_reminders()');
    // The seed's own listings are due too: only this organisation's reminder is the test's.
    pg.psql(`update app.outbox set status = 'sent' where status = 'queued' and to_email <> '${OWNER_EMAIL}'`);
    expect(await run()).toMatchObject({ http: 200, claimed: 1, sent: 1, retrying: 0, dead: 0 });
    expect(smtp.logins).toContain('mailer');

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0];
    expect(mail.envelopeFrom).toBe('map@wigan.example');
    expect(mail.envelopeTo).toEqual([OWNER_EMAIL]);
    expect(mail.parsed.from?.value).toEqual([{ name: 'Common Ground', address: 'map@wigan.example' }]);
    expect(mail.parsed.subject).toMatch(/Sample: Kept Club/);
    expect(mail.parsed.messageId).toMatch(/^<[0-9a-f-]{36}@wigan\.example>$/);
    expect(mail.parsed.headers.get('auto-submitted')).toBe('auto-generated');
    const text = mail.parsed.text ?? '';
    const html = String(mail.parsed.html);
    const confirm = new RegExp(`${SITE.replace(/\./g, '\\.')}/confirm\\?token=([0-9a-f-]+\\.[0-9a-f]{32})`).exec(text);
    expect(confirm).not.toBeNull();
    expect(html).toContain(`href="${SITE}/confirm?token=${confirm![1]}"`);
    expect(text).toContain(`${SITE}/organisation/${ORG}/assets/${id}`);

    // The resident-facing part: the person clicks it, not signed in, as PostgREST would run it.
    const before = pg.psql(`select last_verified_at from app.assets where id = '${id}'`);
    expect(asAnon(`select api.confirm_listing(token => ${quote(confirm![1])}) is not null`)).toBe('t');
    expect(pg.psql(`select last_verified_at > ${quote(before)}::timestamptz from app.assets where id = '${id}'`)).toBe('t');
    expect(asAnon(`select api.confirm_listing(token => ${quote(confirm![1])})`)).toMatch(/This link was already used on/);

    // Nothing is sent twice, however often the schedule calls.
    expect(await run()).toMatchObject({ http: 200, claimed: 0, sent: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it('sends each message exactly once when two runs overlap', async () => {
    for (let i = 0; i < 12; i++) queue(`many${i}@example.org`, `overlap-${i}`);
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.sent + b.sent).toBe(12);
    expect(smtp.received.map((m) => m.envelopeTo[0]).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `many${i}@example.org`).sort());
    expect(Number(pg.psql("select count(*) from app.outbox where to_email like 'many%' and status = 'sent' and provider_id like '%queued as T%'"))).toBe(12);
  });

  it('gives up at once on a refused address, retries a busy one later, and sends the rest', async () => {
    smtp.refuse('gone@example.org', 550);
    smtp.refuse('busy@example.org', 451);
    queue('gone@example.org', 'gone');
    queue('busy@example.org', 'busy');
    queue('fine@example.org', 'fine');
    expect(await run()).toMatchObject({ http: 200, claimed: 3, sent: 1, retrying: 1, dead: 1 });
    expect(smtp.received.map((m) => m.envelopeTo[0])).toEqual(['fine@example.org']);
    expect(statusOf('gone@example.org')).toMatch(/^dead 1 The mail server refused the recipient: 550 No such mailbox here/);
    expect(statusOf('busy@example.org')).toMatch(/^queued 1 The mail server refused the recipient: 451 Mailbox busy/);
    expect(pg.psql("select round(extract(epoch from next_attempt_at - now()) / 60) from app.outbox where to_email = 'busy@example.org'")).toBe('1');
    // Not due yet: the next run leaves it alone.
    expect(await run()).toMatchObject({ claimed: 0 });

    const moderator = `set local role authenticated; set local request.jwt.claims = '{"role":"authenticated","sub":"d0000000-0000-4000-8000-000000000001","email":"moderator@example.gov.uk"}'`;
    const problems = JSON.parse(pg.psql(`begin; ${moderator}; select api.mail_problems(); commit;`)) as { to_email: string; status: string }[];
    expect(problems.filter((p) => ['gone@example.org', 'busy@example.org'].includes(p.to_email)).map((p) => `${p.to_email} ${p.status}`)).toEqual([
      'gone@example.org dead',
      'busy@example.org queued',
    ]);
  });

  it('keeps every message when the mail server cannot be reached, and sends them once it can', async () => {
    const down = await startFunction('send-mail', smtpEnv(smtp, { SMTP_PORT: '1' }));
    try {
      queue('patient@example.org', 'patient');
      const r = await run(down);
      expect(r).toMatchObject({ http: 200, claimed: 1, sent: 0, retrying: 1 });
      expect(r.errors[0]).toMatch(/Could not reach the mail server 127\.0\.0\.1:1/);
      expect(statusOf('patient@example.org')).toMatch(/^queued 1 Could not reach/);
    } finally {
      await down.stop();
    }
    pg.psql("update app.outbox set next_attempt_at = now() where to_email = 'patient@example.org'");
    expect(await run()).toMatchObject({ sent: 1 });
    expect(statusOf('patient@example.org')).toBe('sent 2');
  });

  it('refuses a server whose certificate it cannot trust, and sends nothing in the clear', async () => {
    const untrusting = await startFunction('send-mail', smtpEnv(smtp, { SMTP_CA_CERT: '' }));
    try {
      queue('careful@example.org', 'careful');
      const r = await run(untrusting);
      expect(r).toMatchObject({ sent: 0, retrying: 1 });
      expect(r.errors[0]).toMatch(/^Could not reach the mail server 127\.0\.0\.1:\d+ over TLS: .*certificate/i);
      expect(smtp.received).toEqual([]);
      expect(statusOf('careful@example.org')).toMatch(/^queued 1 Could not reach/);
    } finally {
      await untrusting.stop();
    }
  });

  it('upgrades a plain connection with STARTTLS before signing in', async () => {
    const plain = await startSmtp({ implicitTls: false, user: 'mailer', pass: 'mailer-password' });
    const starttls = await startFunction('send-mail', smtpEnv(plain, { SMTP_SECURITY: 'starttls' }));
    try {
      queue('upgraded@example.org', 'upgraded');
      expect(await run(starttls)).toMatchObject({ sent: 1 });
      expect(plain.received.map((m) => m.envelopeTo[0])).toEqual(['upgraded@example.org']);
      expect(plain.logins).toEqual(['mailer']);
    } finally {
      await starttls.stop();
      await plain.close();
    }
  });

  it('writes words outside ASCII and lines starting with a dot so they arrive as written', async () => {
    pg.psql(
      `select private.enqueue_message('decision', 'words@example.org', 'Café “Friends” – approved', array['Ünïcode stays.', '.A line that starts with a dot'], '[]', 'words')`,
    );
    expect(await run()).toMatchObject({ sent: 1 });
    const mail = smtp.received[0].parsed;
    expect(mail.subject).toBe('Café “Friends” – approved');
    expect(mail.text).toContain('Ünïcode stays.');
    expect(mail.text).toContain('\n.A line that starts with a dot');
  });

  it('carries an unsubscribe header on optional messages', async () => {
    pg.psql(`select private.enqueue_message('submission_received', 'optional@example.org', 'A new listing to review', array['Have a look.'], '[]', 'optional', true)`);
    await run();
    expect(smtp.received[0].raw).toMatch(new RegExp(`\r\nList-Unsubscribe: <${SITE.replace(/\./g, '\\.')}/unsubscribe\\?token=[0-9a-f-]+\\.[0-9a-f]{32}>\r\n`));
  });
});

describe('send-mail through an HTTP mail API', () => {
  let api: FakeMailApi;
  let viaApi: RunningFunction;
  beforeAll(async () => {
    api = await startFakeMailApi('re_test_key');
    viaApi = await startFunction('send-mail', { MAIL_SECRET: SECRET, MAIL_FROM: FROM, SUPABASE_DB_URL: pg.url, MAIL_API_KEY: 're_test_key', MAIL_API_URL: api.url });
  }, 120_000);
  afterAll(async () => {
    await viaApi?.stop();
    await api?.close();
  });

  it('sends each message once with its outbox id as the idempotency key, and gives up on one the service refuses', async () => {
    queue('api@example.org', 'api');
    api.refuse('refused-by-api@example.org');
    queue('refused-by-api@example.org', 'api-refused');
    expect(await run(viaApi)).toMatchObject({ http: 200, claimed: 2, sent: 1, dead: 1 });
    const id = pg.psql("select id from app.outbox where to_email = 'api@example.org'");
    expect(api.sent).toHaveLength(1);
    expect(api.sent[0]).toMatchObject({ idempotencyKey: id, body: { from: FROM, to: ['api@example.org'], subject: 'Your listing was approved' } });
    expect(api.sent[0].body.html).toContain('<p>It is on the map now.</p>');
    expect(pg.psql("select provider_id from app.outbox where to_email = 'api@example.org'")).toBe('api-1');
    expect(statusOf('refused-by-api@example.org')).toMatch(/^dead 1 The mail API answered 422/);

    // A sender that stopped before recording the delivery sends it again: the service sends it once.
    pg.psql("update app.outbox set status = 'queued', next_attempt_at = now() where to_email = 'api@example.org'");
    expect(await run(viaApi)).toMatchObject({ sent: 1 });
    expect(api.sent).toHaveLength(1);
  });
});

describe('send-mail configuration', () => {
  it('names every missing setting', async () => {
    const bare = await startFunction('send-mail', {});
    try {
      const res = await fetch(bare.url, { method: 'POST' });
      expect(res.status).toBe(500);
      expect(((await res.json()) as RunResult).error).toBe(
        'send-mail is not configured; set MAIL_SECRET (at least 32 characters), SUPABASE_DB_URL, MAIL_FROM (an address, or Name <address>), SMTP_HOST (for SMTP) or MAIL_API_KEY (for an HTTP mail API)',
      );
    } finally {
      await bare.stop();
    }
  });

  it('type-checks, lints clean and passes its unit tests under Deno', () => {
    const dir = join(repoRoot, 'supabase', 'functions', 'send-mail');
    const deno = (...args: string[]) =>
      execFileSync(denoBin, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' }, stdio: 'pipe' });
    deno('check', '--config', 'deno.json', 'index.ts');
    deno('lint', '--config', 'deno.json');
    expect(deno('test', '--config', 'deno.json')).toMatch(/ok \| 7 passed \| 0 failed/);
  });
});
