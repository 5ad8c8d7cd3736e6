// The pure parts of send-mail under Deno (`deno test`, run by tests/functions/send-mail.test.ts,
// which also runs the whole function against real Postgres and a real SMTP server).

import assert from 'node:assert/strict';
import { parseFrom, readConfig } from './config.ts';
import { buildMessage, headerText, mailDate } from './message.ts';
import { dotStuffed, ReplyReader } from './smtp.ts';

const env = (vars: Record<string, string>) => (name: string) => vars[name];
const BASE = { MAIL_SECRET: 'x'.repeat(40), SUPABASE_DB_URL: 'postgres://db', MAIL_FROM: 'Common Ground <map@wigan.example>' };

Deno.test('missing settings are named, and SMTP or an API must be chosen, not both', () => {
  const none = readConfig(env({ MAIL_SECRET: 'short', MAIL_FROM: 'nobody' }));
  assert.equal(none.ok, false);
  if (!none.ok) {
    assert.deepEqual(none.problems, [
      'MAIL_SECRET (at least 32 characters)',
      'SUPABASE_DB_URL',
      'MAIL_FROM (an address, or Name <address>)',
      'SMTP_HOST (for SMTP) or MAIL_API_KEY (for an HTTP mail API)',
    ]);
  }
  const both = readConfig(env({ ...BASE, SMTP_HOST: 'smtp.example', MAIL_API_KEY: 're_123' }));
  assert.equal(both.ok, false);
  if (!both.ok) assert.deepEqual(both.problems, ['SMTP_HOST or MAIL_API_KEY, not both']);
});

Deno.test('SMTP defaults to implicit TLS on 465, STARTTLS elsewhere, and never sends a password in the clear', () => {
  const tls = readConfig(env({ ...BASE, SMTP_HOST: 'smtp.example' }));
  assert.ok(tls.ok && tls.config.mail.kind === 'smtp');
  if (tls.ok && tls.config.mail.kind === 'smtp') assert.deepEqual([tls.config.mail.port, tls.config.mail.security], [465, 'tls']);
  const starttls = readConfig(env({ ...BASE, SMTP_HOST: 'smtp.example', SMTP_PORT: '2525' }));
  if (starttls.ok && starttls.config.mail.kind === 'smtp') assert.equal(starttls.config.mail.security, 'starttls');
  const plain = readConfig(env({ ...BASE, SMTP_HOST: 'smtp.example', SMTP_SECURITY: 'none' }));
  assert.equal(plain.ok, false);
  const localWithPassword = readConfig(env({ ...BASE, SMTP_HOST: 'localhost', SMTP_SECURITY: 'none', SMTP_USER: 'u', SMTP_PASS: 'p' }));
  assert.equal(localWithPassword.ok, false);
  assert.ok(readConfig(env({ ...BASE, SMTP_HOST: 'localhost', SMTP_SECURITY: 'none' })).ok);
  const halfSignIn = readConfig(env({ ...BASE, SMTP_HOST: 'smtp.example', SMTP_USER: 'u' }));
  assert.equal(halfSignIn.ok, false);
});

Deno.test('the From address is an address or Name <address>, and cannot carry a second header', () => {
  assert.deepEqual(parseFrom('map@wigan.example'), { address: 'map@wigan.example' });
  assert.deepEqual(parseFrom('"Common Ground" <map@wigan.example>'), { address: 'map@wigan.example' });
  assert.equal(parseFrom('map@wigan.example\r\nBcc: all@example.org'), null);
  assert.equal(parseFrom('not an address'), null);
});

Deno.test('a header is ASCII: as written when it can be, else encoded words under the line limit', () => {
  assert.equal(headerText('Still correct?'), 'Still correct?');
  assert.equal(headerText('Two\r\nBcc: x@example.org'), 'Two Bcc: x@example.org');
  const encoded = headerText('Café “Friends” – ' + 'ü'.repeat(40));
  for (const line of encoded.split('\r\n')) assert.ok(line.length <= 78, line);
  assert.match(encoded, /^=\?UTF-8\?B\?/);
  const decoded = encoded
    .split('\r\n ')
    .map((w) => new TextDecoder().decode(Uint8Array.from(atob(w.slice(10, -2)), (c) => c.charCodeAt(0))))
    .join('');
  assert.equal(decoded, 'Café “Friends” – ' + 'ü'.repeat(40));
});

Deno.test('a message has both bodies, its outbox id as Message-ID and the unsubscribe header when optional', () => {
  const raw = buildMessage(
    { id: '0b1c', to: 'a@example.org', subject: 'Hello', text: 'Line one\n.Line two', html: '<p>Hi</p>', unsubscribeUrl: 'https://map.example/unsubscribe?token=t' },
    'Common Ground <map@wigan.example>',
    'map@wigan.example',
    new Date(Date.UTC(2026, 11, 3, 8, 45)),
  );
  assert.match(raw, /^From: Common Ground <map@wigan\.example>\r\nTo: a@example\.org\r\nSubject: Hello\r\n/);
  assert.match(raw, /\r\nDate: Thu, 03 Dec 2026 08:45:00 \+0000\r\n/);
  assert.match(raw, /\r\nMessage-ID: <0b1c@wigan\.example>\r\n/);
  assert.match(raw, /\r\nList-Unsubscribe: <https:\/\/map\.example\/unsubscribe\?token=t>\r\n/);
  assert.match(raw, /Content-Type: text\/plain; charset=utf-8/);
  assert.match(raw, /Content-Type: text\/html; charset=utf-8/);
  for (const line of raw.split('\r\n')) assert.ok(line.length <= 998);
  assert.equal(mailDate(new Date(Date.UTC(2026, 0, 1))), 'Thu, 01 Jan 2026 00:00:00 +0000');
});

Deno.test('DATA doubles a leading dot and ends with a lone dot', () => {
  assert.equal(dotStuffed('a\r\n.b\r\n..c'), 'a\r\n..b\r\n...c\r\n.\r\n');
  assert.equal(dotStuffed('.first'), '..first\r\n.\r\n');
});

Deno.test('a multi-line reply is read whole, however the bytes arrive', async () => {
  const chunks = ['250-smtp.example greets you\r\n250-STAR', 'TTLS\r\n250 AUTH PLAIN LOGIN\r\n220 next'].map((s) => new TextEncoder().encode(s));
  const reader = new ReplyReader(() => Promise.resolve(chunks.shift() ?? null));
  assert.deepEqual(await reader.read(), { code: 250, lines: ['smtp.example greets you', 'STARTTLS', 'AUTH PLAIN LOGIN'] });
  await assert.rejects(() => reader.read(), /closed the connection/);
});
