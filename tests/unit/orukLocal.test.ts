// The Open Referral UK feed as `npm start` serves it: the app and /oruk/ on one port, the feed on
// a PGlite loaded from a snapshot like the build's (migrations and demo seed), read-only as anon.
// The checks are the Edge Function's (tests/oruk/feedChecks.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGLITE_EXTENSIONS } from '../../src/backend/local/extensions';
import { applyMigrations } from '../../src/backend/local/migrate';
import { readMigrations, readSeed } from '../../scripts/localDatabase';
import { openOrukFeed } from '../../scripts/orukLocal';
import { createStaticServer, listen } from '../../scripts/staticServer';
import { orukFeedChecks, rawRequest } from '../oruk/feedChecks';

let dir: string;
let feed: Awaited<ReturnType<typeof openOrukFeed>>;
let server: Server;
let plain: Server;
let base: string;
let plainBase: string;
let publishedCount: number;
let unpublishedId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cg-oruk-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Common Ground</title>');
  // The snapshot as scripts/build-static.ts makes it.
  const built = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  await applyMigrations(built, readMigrations());
  await built.exec(readSeed());
  publishedCount = await built.transaction(async (tx) => {
    await tx.exec('set local role anon');
    await tx.query(`select set_config('request.jwt.claims', '{"role":"anon"}', true)`);
    return (await tx.query<{ n: number }>(`select json_array_length(api.published_assets()->'features') as n`)).rows[0].n;
  });
  unpublishedId = (await built.query<{ id: string }>(`select id from app.assets where status <> 'published' order by name limit 1`)).rows[0].id;
  await built.exec('checkpoint');
  const snapshot = join(dir, 'db-snapshot.tar.gz');
  writeFileSync(snapshot, Buffer.from(await (await built.dumpDataDir('gzip')).arrayBuffer()));
  await built.close();

  feed = await openOrukFeed(snapshot);
  server = createStaticServer({ root: dir, oruk: feed.handler });
  base = `http://127.0.0.1:${await listen(server, 0)}`;
  plain = createStaticServer({ root: dir });
  plainBase = `http://127.0.0.1:${await listen(plain, 0)}`;
}, 120_000);

afterAll(async () => {
  server?.close();
  plain?.close();
  await feed?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start: the feed at /oruk/', () => {
  orukFeedChecks({ base: () => `${base}/oruk`, publishedCount: () => publishedCount, unpublishedId: () => unpublishedId });
});

describe('npm start: the app beside the feed', () => {
  it('serves the app at / and its routes from the same port', async () => {
    for (const path of ['/', '/asset/abc', '/orukish']) {
      const answer = await rawRequest(base, path);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    }
  });

  it('without the feed (the end-to-end tests’ server) /oruk/ is an app route like any other', async () => {
    const answer = await rawRequest(plainBase, '/oruk/services');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
  });
});
