// Re-imports that say what went missing: the partner's listings that are not in the new file
// can be archived with the batch, and undoing the batch brings them back.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { rpc } from './as';
import type { AssetEvent } from '../../src/domain/types';
import type { ImportBatch } from '../../src/backend/api';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

const PARTNER = 'Sample: Missing Rows Partner';
const row = (n: number, ext: string, name: string) => ({
  row: n,
  action: 'insert',
  asset: { kind: 'service', name, categories: ['advice-money'], lat: 53.54 + n / 1000, lng: -2.63, external_id: ext },
});
const commit = (rows: unknown[]) => rpc<ImportBatch>(db, 'moderator', 'commit_import', { partner: PARTNER, file_name: 'f.csv', org_id: null, rows, report: [] });
const statusOf = async (ext: string) =>
  (await db.query<{ status: string }>('select status from app.assets where source = $1 and external_id = $2', [PARTNER, ext])).rows[0]?.status;
const idOf = async (ext: string) => (await db.query<{ id: string }>('select id from app.assets where source = $1 and external_id = $2', [PARTNER, ext])).rows[0].id;

describe('listings missing from a partner file', () => {
  it('are archived with the batch when the moderator chooses, said why, and come back with undo', async () => {
    await commit([row(2, 'M-1', 'Sample: Missing One'), row(3, 'M-2', 'Sample: Missing Two'), row(4, 'M-3', 'Sample: Missing Three')]);
    const gone = await idOf('M-3');
    const kept = await idOf('M-2');
    const second = await commit([row(2, 'M-1', 'Sample: Missing One'), { action: 'archive', target_id: gone, asset: {} }]);
    expect(second).toMatchObject({ archived: 1, inserted: 0, updated: 0, unchanged: 1 });
    expect(await statusOf('M-3')).toBe('archived');
    expect(await statusOf('M-2')).toBe('published');
    const [event] = await rpc<AssetEvent[]>(db, 'moderator', 'asset_events', { asset_id: gone });
    expect(event).toMatchObject({ action: 'archived', note: "Not in the partner's new file" });

    await rpc(db, 'moderator', 'undo_import', { batch_id: second.id });
    expect(await statusOf('M-3')).toBe('published');
    expect(await statusOf('M-2')).toBe('published');
    expect(kept).toBeTruthy();
  });

  it('leave one already archived as it is, outside the batch', async () => {
    const id = await idOf('M-2');
    const first = await commit([{ action: 'archive', target_id: id, asset: {} }]);
    expect(first.archived).toBe(1);
    const again = await commit([{ action: 'archive', target_id: id, asset: {} }]);
    expect(again.archived).toBe(0);
    await rpc(db, 'moderator', 'undo_import', { batch_id: again.id });
    await rpc(db, 'moderator', 'undo_import', { batch_id: first.id });
    expect(await statusOf('M-2')).toBe('published');
  });

  it('refuse a listing of another partner, one the file also updates, or no target', async () => {
    const other = (await db.query<{ id: string }>("select id from app.assets where source is distinct from $1 and status = 'published' limit 1", [PARTNER])).rows[0].id;
    await expect(commit([{ action: 'archive', target_id: other, asset: {} }])).rejects.toThrow(/Only the partner's own listings that are not in this file/);
    const mine = await idOf('M-1');
    await expect(commit([row(2, 'M-1', 'Sample: Missing One'), { action: 'archive', target_id: mine, asset: {} }])).rejects.toThrow(/not in this file/);
    await expect(commit([{ action: 'archive', asset: {} }])).rejects.toThrow(/archive with a target_id/);
    expect(await statusOf('M-1')).toBe('published');
  });
});
