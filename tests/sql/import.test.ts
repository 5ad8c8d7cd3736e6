// Partner imports: candidates before anything is written, one transaction per commit (a bad row
// writes nothing and is named), re-imports update by external id, and a batch can be undone.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { rpc } from './as';
import { count, SAMPLE_ORG_A } from './fixtures';
import type { Asset, AssetEvent } from '../../src/domain/types';
import type { ImportBatch, ImportCandidate, ImportReportEntry, ImportRow, SavedMapping } from '../../src/backend/api';

let db: PGlite;
let known: { id: string; name: string; lat: number; lng: number; source: string; external_id: string; description: string };
beforeAll(async () => {
  db = await createTestDb({ seed: true });
  known = (
    await db.query<typeof known>(
      "select id, name, lat, lng, source, external_id, description from app.assets where external_id is not null and status = 'published' order by external_id limit 1",
    )
  ).rows[0];
});

const PARTNER = 'Sample Partner Network';
function row(n: number, over: Partial<ImportRow['asset']> = {}, action: ImportRow['action'] = 'insert'): ImportRow {
  return {
    row: n,
    action,
    asset: {
      kind: 'service',
      name: `Sample: Imported service ${n}`,
      description: 'From a partner file',
      categories: ['advice-money'],
      lat: 53.545 + n * 0.001,
      lng: -2.632,
      address: null,
      postcode: 'WN1 1AA',
      phone: null,
      email: null,
      website: null,
      opening_hours: null,
      free: true,
      cost: null,
      age_groups: [],
      accessibility: [],
      languages: ['en'],
      external_id: `P-${n}`,
      ...over,
    },
  };
}
const commit = (rows: ImportRow[], report: ImportReportEntry[] = [], who = 'moderator', partner = PARTNER) =>
  rpc<ImportBatch>(db, who, 'commit_import', { partner, file_name: 'partner.csv', org_id: null, rows, report });

describe('import candidates', () => {
  it('finds the asset a row re-imports and similar names close by', async () => {
    const candidates = await rpc<ImportCandidate[]>(db, 'moderator', 'import_candidates', {
      partner: known.source,
      rows: [
        { row: 2, external_id: known.external_id, name: known.name, lat: known.lat, lng: known.lng },
        { row: 3, external_id: null, name: known.name.replace(/e/, ''), lat: known.lat + 0.0005, lng: known.lng },
        { row: 4, external_id: null, name: known.name, lat: known.lat + 0.01, lng: known.lng },
      ],
    });
    expect(candidates[0]).toMatchObject({ row: 2, external_match: known.id });
    expect(candidates[1].external_match).toBeNull();
    const similar = candidates[1].similar.find((s) => s.id === known.id);
    expect(similar).toBeDefined();
    expect(similar!.distance_m).toBeGreaterThan(50);
    expect(similar!.distance_m).toBeLessThan(60);
    expect(similar!.similarity).toBeGreaterThanOrEqual(0.5);
    // 1.1 km away is not a duplicate, however alike the name.
    expect(candidates[2].similar.map((s) => s.id)).not.toContain(known.id);
  });

  it('does not call names that only share a word or two duplicates', async () => {
    // "Sample" and the town are in half the names nearby: sharing them is not sameness.
    const at = { lat: 53.5601, lng: -2.7001 };
    await db.query(
      `insert into app.assets (org_id, kind, name, description, categories, lat, lng)
       values ($1, 'place', 'Sample: Wigan Mosque', 'A mosque', '{faith}', $2, $3),
              ($1, 'place', 'Sample: Wigan Town Pantry', 'A pantry', '{food-support}', $2, $3 + 0.0005)`,
      [SAMPLE_ORG_A, at.lat, at.lng],
    );
    const [c] = await rpc<ImportCandidate[]>(db, 'moderator', 'import_candidates', {
      partner: PARTNER,
      rows: [{ row: 2, external_id: null, name: 'Sample Wigan Town Pantry', lat: at.lat, lng: at.lng }],
    });
    expect(c.similar.map((s) => s.name)).toEqual(['Sample: Wigan Town Pantry']);
  });

  it('is for moderators only', async () => {
    await expect(rpc(db, 'editor-a', 'import_candidates', { partner: PARTNER, rows: [] })).rejects.toMatchObject({ code: '42501' });
  });
});

describe('commit and undo', () => {
  it('writes nothing when one row is bad, and names the row and field', async () => {
    const assetsBefore = await count(db, 'select 1 from app.assets');
    const batchesBefore = await count(db, 'select 1 from app.import_batches');
    const error = await commit([row(1), row(2), row(3, { lat: 95 }), row(4)]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23514', constraint: 'assets_lat_check', column: 'lat', message: 'Row 3: Latitude must be between -90 and 90 (got 95)' });
    const unknownCategory = await commit([row(1), row(7, { categories: ['bingo'] })]).catch((e: unknown) => e);
    expect(unknownCategory).toMatchObject({ message: expect.stringMatching(/^Row 7: Unknown category "bingo"/) });
    expect(await count(db, 'select 1 from app.assets')).toBe(assetsBefore);
    expect(await count(db, 'select 1 from app.import_batches')).toBe(batchesBefore);
  });

  it('names a row whose external id appears twice in the file', async () => {
    await expect(commit([row(1), { ...row(2), asset: { ...row(2).asset, external_id: 'P-1' } }])).rejects.toMatchObject({
      message: 'Row 2: external id "P-1" appears twice in this file or already belongs to another asset',
    });
  });

  it('inserts, updates by external id, publishes, audits, and undoes', async () => {
    const before = (await db.query<Record<string, unknown>>('select * from app.assets where id = $1', [known.id])).rows[0];
    const rows = [
      row(1),
      row(2),
      row(3, {}, 'skip'),
      { ...row(4, { name: `${known.name} (updated)` }), asset: { ...row(4, { name: `${known.name} (updated)` }).asset, external_id: known.external_id } },
    ];
    const batch = await commit(rows, [{ row: 5, reason: 'No location' }], 'moderator', known.source);
    expect(batch).toMatchObject({
      partner: known.source,
      file_name: 'partner.csv',
      inserted: 2,
      updated: 1,
      skipped: 1,
      rejected: 1,
      undone_at: null,
      report: [{ row: 5, reason: 'No location' }],
    });

    const imported = (
      await db.query<{ id: string; status: string; import_batch_id: string }>(
        'select id, status, import_batch_id from app.assets where import_batch_id = $1 order by name',
        [batch.id],
      )
    ).rows;
    expect(imported).toHaveLength(3);
    expect(imported.every((a) => a.status === 'published')).toBe(true);
    const updated = await rpc<Asset>(db, 'resident', 'asset', { id: known.id });
    expect(updated.name).toBe(`${known.name} (updated)`);
    const [event] = await rpc<AssetEvent[]>(db, 'moderator', 'asset_events', { asset_id: known.id });
    expect(event).toMatchObject({ action: 'imported', diff: { name: { from: known.name, to: `${known.name} (updated)` } } });

    // Re-importing the same external ids updates instead of duplicating.
    const again = await commit([row(1, { name: 'Sample: Imported service 1 (renamed)' }), row(2)], [], 'moderator', known.source);
    expect(again).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 }); // row 2 is as it was
    expect(await count(db, "select 1 from app.assets where source = $1 and external_id in ('P-1', 'P-2')", [known.source])).toBe(2);
    await expect(rpc(db, 'moderator', 'undo_import', { batch_id: batch.id })).rejects.toMatchObject({ message: expect.stringContaining('later import') });
    await rpc(db, 'moderator', 'undo_import', { batch_id: again.id });

    const undone = await rpc<ImportBatch>(db, 'moderator', 'undo_import', { batch_id: batch.id });
    expect(undone.undone_at).not.toBeNull();
    expect(await count(db, 'select 1 from app.assets where import_batch_id = $1', [batch.id])).toBe(0);
    expect(await count(db, "select 1 from app.assets where source = $1 and external_id in ('P-1', 'P-2')", [known.source])).toBe(0);
    const restored = (await db.query<Record<string, unknown>>('select * from app.assets where id = $1', [known.id])).rows[0];
    expect({ ...restored, version: 0, updated_at: 0, updated_by: 0 }).toEqual({ ...before, version: 0, updated_at: 0, updated_by: 0 });
    expect((await rpc<AssetEvent[]>(db, 'moderator', 'asset_events', { asset_id: known.id }))[0]).toMatchObject({ action: 'import_undone' });
    await expect(rpc(db, 'moderator', 'undo_import', { batch_id: batch.id })).rejects.toMatchObject({
      code: '55000',
      message: expect.stringContaining('already undone'),
    });

    const batches = await rpc<ImportBatch[]>(db, 'moderator', 'import_batches');
    expect(batches.map((b) => b.id)).toEqual(expect.arrayContaining([batch.id, again.id]));
  });

  it("keeps the report as the client sent it: each row's original cells, in the file's column order (issue 21)", async () => {
    const report: ImportReportEntry[] = [
      {
        row: 7,
        reason: 'Name: Name is empty; every asset needs one.',
        cells: [
          ['Service name', ''],
          ['Post code', 'WN1 1AA'],
          ['Category', 'Health'],
          ['A', '=SUM(1)'],
        ],
      },
      { row: 8, reason: 'No location' },
    ];
    const batch = await commit([row(31)], report);
    const [stored] = (await rpc<ImportBatch[]>(db, 'moderator', 'import_batches')).filter((b) => b.id === batch.id);
    expect(stored).toMatchObject({ rejected: 2, report });
  });

  it('only moderators import', async () => {
    await expect(commit([row(1)], [], 'editor-a')).rejects.toMatchObject({ code: '42501', message: 'Only moderators can import partner data' });
    await expect(rpc(db, 'editor-a', 'import_batches')).rejects.toMatchObject({ code: '42501' });
  });

  it('a moderator can import into an organisation', async () => {
    const batch = await rpc<ImportBatch>(db, 'moderator', 'commit_import', { partner: PARTNER, file_name: 'a.csv', org_id: SAMPLE_ORG_A, rows: [row(9)], report: [] });
    const a = (await db.query<{ org_id: string }>('select org_id from app.assets where import_batch_id = $1', [batch.id])).rows[0];
    expect(a.org_id).toBe(SAMPLE_ORG_A);
  });
});

describe('saved mappings', () => {
  it('saves and reuses a mapping per partner', async () => {
    await rpc(db, 'moderator', 'save_mapping', { partner: PARTNER, mapping: { 'Org name': 'name' }, category_map: { Debt: 'advice-money' } });
    await rpc(db, 'moderator', 'save_mapping', { partner: PARTNER, mapping: { 'Org name': 'name', 'Post code': 'postcode' }, category_map: {} });
    const saved = await rpc<SavedMapping[]>(db, 'moderator', 'saved_mappings');
    expect(saved).toEqual([expect.objectContaining({ partner: PARTNER, mapping: { 'Org name': 'name', 'Post code': 'postcode' }, category_map: {} })]);
    await expect(rpc(db, 'editor-a', 'saved_mappings')).rejects.toMatchObject({ code: '42501' });
  });
});
