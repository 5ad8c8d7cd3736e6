// The preview knows before the commit which re-imported rows would change nothing of their
// listing (api.preview_import, the rule commit_import applies), so its counts are the batch's.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { rpc } from './as';
import type { ImportBatch } from '../../src/backend/api';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

const PARTNER = 'Sample: Preview Partner';
const row = (n: number, name = `Sample: Preview ${n}`) => ({
  row: n,
  action: 'insert',
  asset: { kind: 'service', name, categories: ['advice-money'], lat: 53.54 + n / 1000, lng: -2.63, external_id: `P-${n}`, phone: '01942 000000' },
});
const commit = (rows: unknown[]) => rpc<ImportBatch>(db, 'moderator', 'commit_import', { partner: PARTNER, file_name: 'p.csv', org_id: null, rows, report: [] });
const preview = (rows: unknown[], who: 'moderator' | 'editor-a' = 'moderator') =>
  rpc<{ unchanged: number[] }>(db, who, 'preview_import', { partner: PARTNER, org_id: null, rows });
const count = async () => Number((await db.query<{ n: number }>('select count(*)::int as n from app.assets where source = $1', [PARTNER])).rows[0].n);

describe('the preview of a re-import', () => {
  it('says which rows would be unchanged, and the commit counts the same', async () => {
    const file = [2, 3, 4, 5].map((n) => row(n));
    expect((await preview(file)).unchanged).toEqual([]); // nothing of this partner yet
    await commit(file);

    // The same file again, with one row's name changed.
    const again = file.map((r) => (r.row === 3 ? row(3, 'Sample: Preview 3 (moved)') : r));
    const before = await count();
    const p = await preview(again);
    expect(p.unchanged).toEqual([2, 4, 5]);
    expect(await count()).toBe(before); // the preview wrote nothing
    const batch = await commit(again);
    expect(batch).toMatchObject({ inserted: 0, updated: 1, unchanged: p.unchanged.length });
  });

  it('counts nothing unchanged for a row the file holds back', async () => {
    const p = await preview([{ ...row(2), action: 'skip' }, row(4)]);
    expect(p.unchanged).toEqual([4]);
  });

  it('is for moderators only, as the commit is', async () => {
    await expect(preview([row(2)], 'editor-a')).rejects.toThrow(/Only moderators can import partner data/);
  });
});
