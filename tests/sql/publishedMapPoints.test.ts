// The lean read the tile publish uses (supabase/migrations/20261206110000_published_map_points.sql):
// the same listings as the published file, only the fields a marker needs, general areas for
// private addresses, and only the publish step (service_role) may call it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { as, rpc, type Who } from './as';
import { assetInput, orgVersionOf, SAMPLE_ORG_A, SAMPLE_ORG_B, seededAsset, versionOf } from './fixtures';
import type { Asset, AssetCollection } from '../../src/domain/types';
import { generalAreaCentre } from '../../src/domain/generalArea';

interface PointRow {
  id: string;
  lng: number;
  lat: number;
  name: string;
  primary_category: string;
  kind: string;
  area: boolean;
}

let db: PGlite;
const HOME = { lat: 53.541237, lng: -2.591853 };

const points = async () => (await as(db, { role: 'service_role' }, (tx) => tx.query<PointRow>('select * from private.published_map_points()'))).rows;
const publishedCount = async () => Number((await as(db, { role: 'service_role' }, (tx) => tx.query<{ n: string }>('select private.published_count() as n'))).rows[0].n);
const residentsSee = () => rpc<AssetCollection>(db, 'resident', 'published_assets');

beforeAll(async () => {
  db = await createTestDb({ seed: true });
  const draft = await rpc<Asset>(db, 'editor-a', 'save_asset', {
    asset: assetInput(SAMPLE_ORG_A, { name: 'Sample: Sewing circle at Ann’s', ...HOME, categories: ['older-people'], private_address: true }),
  });
  await rpc(db, 'editor-a', 'submit_asset', { id: draft.id, version: draft.version });
  await rpc(db, 'moderator', 'approve_asset', { id: draft.id, version: await versionOf(db, draft.id) });
});

describe('private.published_map_points', () => {
  it('holds exactly the listings residents see in the published file, at the same points, in id order', async () => {
    const rows = await points();
    const file = await residentsSee();
    expect(rows.map((r) => r.id)).toEqual(file.features.map((f) => f.properties.id).sort());
    const byId = new Map(file.features.map((f) => [f.properties.id, f]));
    for (const r of rows) {
      const f = byId.get(r.id)!;
      expect([r.lng, r.lat]).toEqual(f.geometry.coordinates);
      expect({ name: r.name, kind: r.kind, area: r.area }).toEqual({ name: f.properties.name, kind: f.properties.kind, area: f.properties.private_address === true });
    }
    expect(await publishedCount()).toBe(rows.length);
  });

  it('names the top-level category of the first category, also for a sub-category', async () => {
    const categories = (await residentsSee()).categories!;
    const sub = categories.find((c) => c.parent)!;
    const draft = await rpc<Asset>(db, 'editor-a', 'save_asset', { asset: assetInput(SAMPLE_ORG_A, { name: 'Sample: Sub-category listing', categories: [sub.slug] }) });
    await rpc(db, 'editor-a', 'submit_asset', { id: draft.id, version: draft.version });
    await rpc(db, 'moderator', 'approve_asset', { id: draft.id, version: await versionOf(db, draft.id) });
    const topOf = new Map(categories.map((c) => [c.slug, c.parent ?? c.slug]));
    const rows = new Map((await points()).map((r) => [r.id, r]));
    expect(rows.get(draft.id)!.primary_category).toBe(sub.parent);
    for (const f of (await residentsSee()).features) {
      const first = f.properties.categories[0] ?? '';
      expect(rows.get(f.properties.id)!.primary_category).toBe(topOf.get(first) ?? first);
    }
  });

  it('gives a private-address listing its general area’s centre, never the home', async () => {
    const row = (await points()).find((r) => r.name === 'Sample: Sewing circle at Ann’s')!;
    const area = generalAreaCentre(HOME);
    expect(row).toMatchObject({ lat: area.lat, lng: area.lng, area: true });
    expect([row.lat, row.lng]).not.toEqual([HOME.lat, HOME.lng]);
  });

  it('never holds a draft, a pending listing or one of a rejected organisation', async () => {
    const ids = new Set((await points()).map((r) => r.id));
    for (const status of ['draft', 'pending']) expect(ids.has((await seededAsset(db, SAMPLE_ORG_A, status)).id)).toBe(false);
    const org = (
      await db.query<{ id: string }>(
        "select org_id as id from app.assets where status = 'published' and org_id not in ($1, $2) group by 1 order by count(*) desc limit 1",
        [SAMPLE_ORG_A, SAMPLE_ORG_B],
      )
    ).rows[0].id;
    const theirs = (await db.query<{ id: string }>("select id from app.assets where status = 'published' and org_id = $1", [org])).rows.map((r) => r.id);
    expect(theirs.length).toBeGreaterThan(0);
    const before = await publishedCount();
    await rpc(db, 'moderator', 'reject_organisation', { id: org, version: await orgVersionOf(db, org), reason: 'Sample: not a real organisation' });
    try {
      const after = new Set((await points()).map((r) => r.id));
      expect(theirs.filter((id) => after.has(id))).toEqual([]);
      expect(await publishedCount()).toBe(before - theirs.length);
    } finally {
      await db.query("update app.organisations set status = 'verified' where id = $1", [org]);
    }
  });

  it.each<Who>(['resident', 'editor-a', 'moderator', 'planner'])('cannot be called by %s from a browser', async (who) => {
    for (const fn of ['published_map_points()', 'published_count()']) {
      await expect(as(db, who, (tx) => tx.query(`select * from private.${fn}`))).rejects.toMatchObject({ code: '42501' });
    }
  });
});
