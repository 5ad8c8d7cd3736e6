// The publish-assets Edge Function for real: Deno running supabase/functions/publish-assets as
// deployed, a native Postgres 15 with every migration and the demo seed, and a stand-in for
// Storage's REST API. Changes go through the api as the people who make them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { TempPostgres } from './tempPostgres';
import { startProjectDb } from './projectDb';
import { startFakeStorage, type FakeStorage } from './fakeStorage';
import { denoBin, repoRoot, requireDeno, startFunction, type RunningFunction } from './denoFunction';
import { PERSONAS, personaClaims, SAMPLE_ORG_A, SAMPLE_ORG_B } from '../../src/backend/personas';
import type { AssetCollection } from '../../src/domain/types';
import { openArchive, ownFeatures, readTile, tilesHolding } from '../unit/tiles/readArchive';

const SECRET = 'test-publish-secret-0123456789abcdef';
const SERVER_KEY = 'sb_secret_test_key';
const OBJECT = 'published/published.json';

let pg: TempPostgres;
let storage: FakeStorage;
let fn: RunningFunction;

beforeAll(async () => {
  requireDeno();
  pg = await startProjectDb();
  // No debounce here: tests/sql/publish.test.ts covers the quiet period and the longest wait.
  pg.psql('update app.publish_state set quiet_seconds = 0, max_wait_seconds = 0');
  storage = await startFakeStorage(SERVER_KEY);
  fn = await startFunction('publish-assets', {
    PUBLISH_SECRET: SECRET,
    SUPABASE_URL: storage.url,
    SUPABASE_DB_URL: pg.url,
    SUPABASE_SECRET_KEYS: JSON.stringify({ default: SERVER_KEY }),
  });
}, 240_000);

afterAll(async () => {
  await fn?.stop();
  await storage?.close();
  pg?.stop();
});

type Result = { status: string; current?: boolean; createdBucket?: boolean; error?: string };
const run = async (body?: object, secret: string | null = SECRET) => {
  const res = await fetch(fn.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret === null ? {} : { 'x-publish-secret': secret }) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { http: res.status, ...((await res.json()) as Result) };
};
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
/** One statement as a person, the way PostgREST runs it: role and JWT claims for one transaction. */
const asPerson = (who: string, sql: string) => {
  const p = PERSONAS.find((x) => x.id === who);
  if (!p) throw new Error(`No persona ${who}`);
  const claims = personaClaims(p);
  return pg.psql(`begin; set local role ${String(claims.role)}; set local request.jwt.claims = ${quote(JSON.stringify(claims))}; ${sql}; commit;`);
};
const residentsSee = (): AssetCollection => JSON.parse(asPerson('resident', 'select api.published_assets()'));
const uploaded = (): AssetCollection => JSON.parse(storage.objects.get(OBJECT)!.body.toString('utf8'));
const uploads = () => storage.requests.filter((r) => r.startsWith('POST /storage/v1/object/')).length;
const due = () => pg.psql('select private.publish_due()') === 't';
const versionOf = (id: string) => Number(pg.psql(`select version from app.assets where id = ${quote(id)}`));
const someAsset = (org: string, status: string) => pg.psql(`select id from app.assets where org_id = ${quote(org)} and status = ${quote(status)} order by name limit 1`);
const approve = (id: string) => asPerson('moderator', `select api.approve_asset(id => ${quote(id)}, version => ${versionOf(id)})`);
const takeDown = (id: string) => asPerson('moderator', `select api.take_down_asset(id => ${quote(id)}, version => ${versionOf(id)}, reason => 'Sample: closed')`);
const ids = (fc: AssetCollection) => fc.features.map((f) => f.properties.id);

describe('publish-assets', () => {
  it('refuses a missing or wrong secret, and GET, without touching the database or Storage', async () => {
    const stateBefore = pg.psql('select row(s.*)::text from app.publish_state s');
    expect(await run(undefined, null)).toMatchObject({ http: 401 });
    expect(await run(undefined, `${SECRET}x`)).toMatchObject({ http: 401 });
    expect(await run({ force: true }, 'wrong')).toMatchObject({ http: 401 });
    expect((await fetch(fn.url)).status).toBe(405);
    expect(storage.requests).toEqual([]);
    expect(pg.psql('select row(s.*)::text from app.publish_state s')).toBe(stateBefore);
  });

  it('the first run creates the public bucket and writes published.json exactly as api.published_assets() gives residents', async () => {
    expect(due()).toBe(true);
    expect(await run()).toMatchObject({ http: 200, status: 'published', current: true, createdBucket: true });
    expect(storage.buckets.get('published')).toEqual({ public: true, allowedMimeTypes: ['application/json', 'application/vnd.pmtiles'] });
    const object = storage.objects.get(OBJECT)!;
    expect(object.contentType).toBe('application/json');
    expect(object.cacheControl).toBe('max-age=60');
    expect(uploaded()).toEqual(residentsSee());
    expect(uploaded().features.length).toBeGreaterThan(100);
    expect(due()).toBe(false);
  });

  it('uploads nothing when nothing changed', async () => {
    const before = storage.requests.length;
    expect(await run()).toMatchObject({ http: 200, status: 'not_due' });
    expect(await run({})).toMatchObject({ http: 200, status: 'not_due' });
    expect(storage.requests.length).toBe(before);
  });

  it('a moderator approving a listing makes the next run publish it', async () => {
    const pending = someAsset(SAMPLE_ORG_A, 'pending');
    expect(ids(uploaded())).not.toContain(pending);
    approve(pending);
    expect(due()).toBe(true);
    expect(await run()).toMatchObject({ http: 200, status: 'published', current: true, createdBucket: false });
    expect(ids(uploaded())).toContain(pending);
    expect(uploaded()).toEqual(residentsSee());
  });

  it("a change that leaves the file as it was (an organisation's description) is recorded, not uploaded again", async () => {
    const before = uploads();
    const version = Number(pg.psql(`select version from app.organisations where id = ${quote(SAMPLE_ORG_A)}`));
    asPerson(
      'moderator',
      `select api.update_organisation(id => ${quote(SAMPLE_ORG_A)}, patch => '{"description": "Sample: now also runs a repair café."}', version => ${version})`,
    );
    expect(due()).toBe(true);
    expect(await run()).toMatchObject({ http: 200, status: 'unchanged', current: true });
    expect(uploads()).toBe(before);
    expect(due()).toBe(false);
    expect(uploaded()).toEqual(residentsSee());
  });

  it('a change landing mid-publish is not lost, and a second caller meanwhile is told a publish is running', async () => {
    const [first, second] = pg.psql(`select id from app.assets where status = 'published' order by name limit 2`).split('\n');
    takeDown(first);
    const held = storage.holdNextUpload();
    const publishing = run();
    await held.arrived;
    expect(await run()).toMatchObject({ http: 200, status: 'busy' });
    takeDown(second); // writers do not wait for the upload
    held.release();
    expect(await publishing).toMatchObject({ http: 200, status: 'published', current: false });
    expect(ids(uploaded())).not.toContain(first);
    expect(ids(uploaded())).toContain(second);
    expect(due()).toBe(true);

    expect(await run()).toMatchObject({ http: 200, status: 'published', current: true });
    expect(ids(uploaded())).not.toContain(second);
    expect(uploaded()).toEqual(residentsSee());
    expect(due()).toBe(false);
  });

  it('a Storage failure is reported and leaves the state due; the next run publishes', async () => {
    const pending = someAsset(SAMPLE_ORG_B, 'pending');
    approve(pending);
    storage.failNextUpload(500);
    const failed = await run();
    expect(failed).toMatchObject({ http: 502, status: 'failed' });
    expect(failed.error).toMatch(/Storage answered 500/);
    expect(ids(uploaded())).not.toContain(pending);
    expect(due()).toBe(true);
    expect(pg.psql('select last_error from app.publish_state')).toMatch(/Storage answered 500/);

    expect(await run()).toMatchObject({ http: 200, status: 'published', current: true });
    expect(ids(uploaded())).toContain(pending);
    expect(pg.psql("select coalesce(last_error, 'none') from app.publish_state")).toBe('none');
  });

  it('{"force": true} publishes even when nothing changed, e.g. after the object was deleted', async () => {
    storage.objects.delete(OBJECT);
    expect(await run()).toMatchObject({ status: 'not_due' });
    expect(await run({ force: true })).toMatchObject({ http: 200, status: 'published', current: true });
    expect(uploaded()).toEqual(residentsSee());
  });

  it('names the missing settings instead of running half-configured', async () => {
    const bare = await startFunction('publish-assets', { SUPABASE_URL: storage.url });
    try {
      const res = await fetch(bare.url, { method: 'POST', headers: { 'x-publish-secret': SECRET } });
      expect(res.status).toBe(500);
      expect(((await res.json()) as Result).error).toBe(
        'publish-assets is not configured; set PUBLISH_SECRET (at least 32 characters), SUPABASE_DB_URL, SUPABASE_SECRET_KEYS or SUPABASE_SERVICE_ROLE_KEY',
      );
    } finally {
      await bare.stop();
    }
  });
});

describe('publish-assets for a region above PUBLISH_TILES_ABOVE', () => {
  const BUCKET = 'region';
  let region: RunningFunction;
  const pointer = (): AssetCollection => JSON.parse(storage.objects.get(`${BUCKET}/published.json`)!.body.toString('utf8'));
  const regionUploads = () => storage.requests.filter((r) => r.startsWith(`POST /storage/v1/object/${BUCKET}/`));
  const runRegion = async () => {
    const res = await fetch(region.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-publish-secret': SECRET }, body: '{"force": true}' });
    return { http: res.status, ...((await res.json()) as Result & { tiles?: { url: string; count: number } }) };
  };

  beforeAll(async () => {
    region = await startFunction('publish-assets', {
      PUBLISH_SECRET: SECRET,
      SUPABASE_URL: storage.url,
      SUPABASE_DB_URL: pg.url,
      SUPABASE_SECRET_KEYS: JSON.stringify({ default: SERVER_KEY }),
      PUBLISH_BUCKET: BUCKET,
      PUBLISH_TILES_ABOVE: '0',
    });
  }, 240_000);
  afterAll(() => region?.stop());

  it('uploads the archive under its hash first, then the pointer naming it, with every listing residents see in the tiles', async () => {
    const result = await runRegion();
    const fc = residentsSee();
    expect(result).toMatchObject({ http: 200, status: 'published', createdBucket: true, tiles: { count: fc.features.length } });
    // The archive's first try finds no bucket, creates it (allowing both types) and tries again.
    const [archiveUpload, retry, pointerUpload, ...rest] = regionUploads();
    expect(archiveUpload).toMatch(new RegExp(`^POST /storage/v1/object/${BUCKET}/tiles/[0-9a-f]{64}\\.pmtiles$`));
    expect(retry).toBe(archiveUpload);
    expect(pointerUpload).toBe(`POST /storage/v1/object/${BUCKET}/published.json`);
    expect(rest).toEqual([]);
    expect(storage.buckets.get(BUCKET)).toEqual({ public: true, allowedMimeTypes: ['application/json', 'application/vnd.pmtiles'] });

    const p = pointer();
    expect(p).toMatchObject({ type: 'FeatureCollection', features: [], categories: fc.categories, tiles: { count: fc.features.length, minzoom: 0, maxzoom: 15 } });
    expect(p.tiles!.url).toBe(result.tiles!.url);
    const archive = storage.objects.get(`${BUCKET}/${p.tiles!.url}`)!;
    expect(p.tiles!.url).toBe(`tiles/${createHash('sha256').update(archive.body).digest('hex')}.pmtiles`);
    expect(archive.contentType).toBe('application/vnd.pmtiles');
    expect(archive.cacheControl).toBe('public, max-age=31536000, immutable');
    expect(storage.objects.get(`${BUCKET}/published.json`)!.contentType).toBe('application/json');

    const reader = openArchive(new Uint8Array(archive.body));
    const points = fc.features.map((f) => ({ lng: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }));
    const found: string[] = [];
    for (const [x, y] of tilesHolding(points, 15)) found.push(...ownFeatures((await readTile(reader, 15, x, y))!).map((f) => String(f.properties.uuid)));
    expect(found.sort()).toEqual(ids(fc).sort());
  });

  it('an archive upload that fails leaves published.json and the archive it names as they were, and reports the failure', async () => {
    const before = storage.objects.get(`${BUCKET}/published.json`)!.body;
    const uploadsBefore = regionUploads().length;
    takeDown(pg.psql(`select id from app.assets where status = 'published' order by name limit 1`));
    storage.failNextUpload(500);
    const failed = await runRegion();
    expect(failed).toMatchObject({ http: 502, status: 'failed' });
    expect(failed.error).toMatch(/^Uploading the tile archive tiles\/[0-9a-f]{64}\.pmtiles: Storage answered 500/);
    expect(regionUploads().slice(uploadsBefore)).toHaveLength(1);
    expect(storage.objects.get(`${BUCKET}/published.json`)!.body.equals(before)).toBe(true);
    expect(storage.objects.has(`${BUCKET}/${pointer().tiles!.url}`)).toBe(true);

    expect(await runRegion()).toMatchObject({ http: 200, status: 'published' });
    expect(pointer().tiles!.count).toBe(residentsSee().features.length);
    expect(storage.objects.has(`${BUCKET}/${pointer().tiles!.url}`)).toBe(true);
  });
});

describe('publish-assets under deno check, deno lint and deno test', () => {
  it('type-checks, lints clean and passes its unit tests', () => {
    const dir = join(repoRoot, 'supabase', 'functions', 'publish-assets');
    const deno = (...args: string[]) =>
      execFileSync(denoBin, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' }, stdio: 'pipe' });
    deno('check', '--config', 'deno.json', 'index.ts');
    deno('lint', '--config', 'deno.json');
    expect(deno('test', '--config', 'deno.json')).toMatch(/ok \| 8 passed \| 0 failed/);
  });
});
