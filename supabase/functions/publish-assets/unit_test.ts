// The pure parts of publish-assets under Deno (`deno test`, run by tests/functions/ in npm test).
// The whole function runs against real Postgres and a Storage stand-in in
// tests/functions/publish-assets.test.ts.

import assert from 'node:assert/strict';
import { isAuthorised } from './auth.ts';
import { publishedBody } from './body.ts';
import { readConfig, serverKey } from './config.ts';
import { shouldRead, shouldUpload } from './decide.ts';

const env = (vars: Record<string, string>) => (name: string) => vars[name];
const SECRET = 'x'.repeat(40);

Deno.test('the new secret key is preferred, and goes in apikey only', () => {
  assert.deepEqual(serverKey(env({ SUPABASE_SECRET_KEYS: '{"default":"sb_secret_abc"}', SUPABASE_SERVICE_ROLE_KEY: 'eyJold' })), {
    value: 'sb_secret_abc',
    isJwt: false,
  });
  assert.deepEqual(serverKey(env({ SUPABASE_SERVICE_ROLE_KEY: 'eyJold' })), { value: 'eyJold', isJwt: true });
  assert.deepEqual(serverKey(env({ SUPABASE_SECRET_KEYS: 'not json', SUPABASE_SERVICE_ROLE_KEY: 'eyJold' })), { value: 'eyJold', isJwt: true });
  assert.equal(serverKey(env({})), null);
});

Deno.test('missing settings are named, a short secret is refused', () => {
  const r = readConfig(env({ PUBLISH_SECRET: 'short' }));
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.deepEqual(r.problems, ['PUBLISH_SECRET (at least 32 characters)', 'SUPABASE_DB_URL', 'SUPABASE_URL', 'SUPABASE_SECRET_KEYS or SUPABASE_SERVICE_ROLE_KEY']);
  }
  const ok = readConfig(
    env({
      PUBLISH_SECRET: SECRET,
      SUPABASE_DB_URL: 'postgres://x',
      SUPABASE_URL: 'https://ref.supabase.co/',
      SUPABASE_SERVICE_ROLE_KEY: 'eyJk',
    }),
  );
  assert.equal(ok.ok && ok.config.storageUrl, 'https://ref.supabase.co/storage/v1');
  assert.equal(ok.ok && `${ok.config.bucket}/${ok.config.objectPath} max-age=${ok.config.cacheSeconds}`, 'published/published.json max-age=60');
});

Deno.test('only the exact secret is accepted', async () => {
  assert.equal(await isAuthorised(SECRET, SECRET), true);
  assert.equal(await isAuthorised(`${SECRET}y`, SECRET), false);
  assert.equal(await isAuthorised('', SECRET), false);
  assert.equal(await isAuthorised(null, SECRET), false);
  assert.equal(await isAuthorised('', ''), false);
});

Deno.test('a due run skips the upload when the file is unchanged; a forced one never does', async () => {
  const { sha256 } = await publishedBody('{"type":"FeatureCollection","features":[]}');
  assert.match(sha256, /^[0-9a-f]{64}$/);
  const due = { outcome: 'due' as const, changeStamp: '7', publishedSha256: sha256 };
  assert.equal(shouldRead(due), true);
  assert.equal(shouldUpload(due, sha256), false);
  assert.equal(shouldUpload({ ...due, publishedSha256: null }, sha256), true);
  assert.equal(shouldUpload({ ...due, outcome: 'forced' }, sha256), true);
  assert.equal(shouldRead({ ...due, outcome: 'not_due' }), false);
  await assert.rejects(publishedBody(''), /did not return a JSON object/);
});
