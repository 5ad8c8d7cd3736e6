// The pure parts of publish-assets under Deno (`deno test`, run by tests/functions/ in npm test).
// The whole function runs against real Postgres and a Storage stand-in in
// tests/functions/publish-assets.test.ts.

import assert from 'node:assert/strict';
import { isAuthorised } from './auth.ts';
import { publishedBody } from './body.ts';
import { readConfig, serverKey } from './config.ts';
import { shouldRead, shouldUpload } from './decide.ts';
import { besideObject } from './handler.ts';
import { uploadObject } from './storage.ts';
import { DEFAULT_TILES_ABOVE, publishTiles, readTilesAbove, useTiles } from '../_shared/tiles/publishTiles.ts';

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

const CONFIGURED = { PUBLISH_SECRET: SECRET, SUPABASE_DB_URL: 'postgres://x', SUPABASE_URL: 'https://ref.supabase.co', SUPABASE_SERVICE_ROLE_KEY: 'eyJk' };

Deno.test('tiles are used above PUBLISH_TILES_ABOVE listings (20000 unless set); a bad value is named', () => {
  const tilesAbove = (value?: string) => {
    const r = readConfig(env(value === undefined ? CONFIGURED : { ...CONFIGURED, PUBLISH_TILES_ABOVE: value }));
    return r.ok ? r.config.tilesAbove : r.problems;
  };
  assert.equal(tilesAbove(), DEFAULT_TILES_ABOVE);
  assert.equal(tilesAbove('0'), 0);
  assert.equal(tilesAbove('150000'), 150000);
  for (const bad of ['-1', '1.5', 'lots', '1e5']) assert.deepEqual(tilesAbove(bad), ['PUBLISH_TILES_ABOVE (a whole number of listings, 0 or more)']);
  assert.throws(() => readTilesAbove('CG_TILES_ABOVE', 'x'), /CG_TILES_ABOVE must be a whole number of listings, 0 or more \(got "x"\)/);
  assert.equal(useTiles(20000, 20000), false);
  assert.equal(useTiles(20001, 20000), true);
});

Deno.test("the archive goes beside published.json, as the pointer's relative url says", () => {
  assert.equal(besideObject('published.json', 'tiles/ab.pmtiles'), 'tiles/ab.pmtiles');
  assert.equal(besideObject('region/published.json', 'tiles/ab.pmtiles'), 'region/tiles/ab.pmtiles');
});

Deno.test('builds a PMTiles archive and its pointer under Deno', async () => {
  const points = [
    { id: '00000000-0000-4000-8000-000000000001', lng: -2.63, lat: 53.54, name: 'Wigan Pantry', primary: 'food', kind: 'service', area: false },
    { id: '00000000-0000-4000-8000-000000000002', lng: -2.242, lat: 53.48, name: 'Reading group', primary: 'learning', kind: 'group', area: true },
  ];
  const published = await publishTiles(points, [{ slug: 'food' }]);
  assert.equal(new TextDecoder().decode(published.archive.slice(0, 7)), 'PMTiles');
  assert.equal(published.archive[7], 3);
  assert.match(published.archivePath, /^tiles\/[0-9a-f]{64}\.pmtiles$/);
  assert.deepEqual(JSON.parse(published.pointer), {
    type: 'FeatureCollection',
    features: [],
    categories: [{ slug: 'food' }],
    tiles: { url: published.archivePath, count: 2, bounds: [-2.63, 53.48, -2.242, 53.54], minzoom: 0, maxzoom: 15 },
  });
  assert.ok(published.tiles >= 16);
});

Deno.test('a bucket that does not allow the archive type is named, with the types it needs', async () => {
  const refusing = (() =>
    Promise.resolve(
      new Response(JSON.stringify({ statusCode: '415', code: 'InvalidMimeType', message: 'mime type application/vnd.pmtiles is not supported' }), { status: 415 }),
    )) as typeof fetch;
  const r = await uploadObject(
    refusing,
    { storageUrl: 'http://storage', key: { value: 'k', isJwt: false }, bucket: 'published', path: 'tiles/a.pmtiles' },
    new Uint8Array([1]),
    { contentType: 'application/vnd.pmtiles', cacheControl: 'public, max-age=31536000, immutable' },
  );
  assert.equal(r.ok, false);
  assert.match(
    !r.ok ? r.message : '',
    /Bucket published must allow application\/vnd\.pmtiles: set its allowed MIME types to application\/json, application\/vnd\.pmtiles/,
  );
});
