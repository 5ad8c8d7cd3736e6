// A hosted project has no demo seed: its postcode centroids are loaded by
// scripts/postcode-points.ts (docs/DEPLOY.md). Until then the ORUK postcode filter says it does not
// know the postcode; after, it finds listings near it, and loading again moves nothing twice.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { rpc } from './as';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.close();
});

const load = () =>
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/postcode-points.ts', 'data/postcodes.csv'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const count = async () => (await db.query<{ n: number }>('select count(*)::int as n from app.postcode_points')).rows[0].n;
const nearWigan = { postcode: 'wn1 1aa', proximity: '2000' };

describe('loading postcode centroids into a project', () => {
  it('the postcode filter names a postcode it does not know yet', async () => {
    await expect(rpc(db, 'resident', 'oruk_services', { params: nearWigan })).rejects.toThrow(/postcode "WN1 1AA" is not one this directory knows/);
  });

  it('loads every postcode of the file, and loading again changes nothing', async () => {
    const sql = load();
    await db.exec(sql);
    const inFile = readFileSync('data/postcodes.csv', 'utf8').trim().split('\n').length - 1;
    expect(await count()).toBe(inFile);
    await db.exec(sql);
    expect(await count()).toBe(inFile);
    const page = await rpc<{ total_items: number }>(db, 'resident', 'oruk_services', { params: nearWigan });
    expect(page.total_items).toBe(0); // no listings in this project yet, but the postcode is known
  });

  it('moves a postcode whose centroid the new file gives elsewhere', async () => {
    await db.exec("update app.postcode_points set lat = 0, lng = 0 where postcode = 'WN1 1AA'");
    await db.exec(load());
    const [p] = (await db.query<{ lat: number }>("select lat from app.postcode_points where postcode = 'WN1 1AA'")).rows;
    expect(p.lat).toBeGreaterThan(53);
  });
});
