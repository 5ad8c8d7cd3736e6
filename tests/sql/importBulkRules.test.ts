// commit_import writes new listings in bulk, without the per-row triggers that normalise, check
// and stamp a listing saved in the editor. These tests hold it to the editor's rules: a listing
// imported is stored as the same listing saved, and every rule a saved listing must keep stops
// a file, with the editor's message, constraint and field, and writes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { rpc } from './as';
import { assetInput, count, SAMPLE_ORG_A } from './fixtures';
import type { Asset, AssetInput } from '../../src/domain/types';
import type { ImportBatch, ImportRow } from '../../src/backend/api';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

const PARTNER = 'Bulk rules partner';
let next = 0;
function importRow(input: AssetInput, n: number): ImportRow {
  const { org_id: _org, ...asset } = input;
  return { row: n, action: 'insert', asset: { ...asset, external_id: `B-${++next}` } };
}
const commit = (rows: ImportRow[]) => rpc<ImportBatch>(db, 'moderator', 'commit_import', { partner: PARTNER, file_name: 'bulk.csv', org_id: null, rows, report: [] });
const saved = (input: AssetInput) => rpc<Asset>(db, 'moderator', 'save_asset', { asset: input });

const COMPARED = [
  'kind',
  'name',
  'description',
  'categories',
  'lat',
  'lng',
  'address',
  'postcode',
  'phone',
  'email',
  'website',
  'opening_hours',
  'free',
  'cost',
  'age_groups',
  'accessibility',
  'languages',
  'ward',
  'version',
] as const;

describe('a listing imported in bulk', () => {
  it('is stored as the same listing saved in the editor: normalised, in its ward, version 1, published now', async () => {
    const untidy = assetInput(SAMPLE_ORG_A, {
      name: '  Sample: Untidy Lunch Club  ',
      description: '  Soup on Wednesdays ',
      postcode: 'wn2  3an',
      email: ' Lunch@Example.ORG ',
      website: ' https://example.org/lunch ',
      phone: ' 01942 000000 ',
      address: '  ',
      cost: ' £3 ',
      categories: ['older-people', ' older-people', 'food-support'],
      languages: ['en', 'EN', ' pl '],
      age_groups: ['older_people', 'older_people'],
    });
    const editor = await saved(untidy);
    const batch = await commit([importRow(untidy, 2)]);
    const imported = (
      await db.query<Record<string, unknown>>(
        'select *, published_at is not null and published_at = imported_at as published_now from app.assets where import_batch_id = $1',
        [batch.id],
      )
    ).rows[0];

    const pick = (a: Record<string, unknown>) => Object.fromEntries(COMPARED.map((k) => [k, a[k]]));
    expect(pick(imported)).toEqual(pick(editor as unknown as Record<string, unknown>));
    expect(imported.ward).toEqual(expect.any(String));
    expect(imported).toMatchObject({ status: 'published', published_now: true, previous_status: null, checked_by: null, last_verified_at: null });
  });

  // Each rule of private.check_asset, broken once: the file is refused with what the editor says.
  const broken: [string, Partial<AssetInput>][] = [
    ['an empty name', { name: '   ' }],
    ['a name of zero-width spaces', { name: '\u200B\u200B\u200B' }],
    ['a name too long', { name: 'x'.repeat(201) }],
    ['an unknown kind', { kind: 'shop' as AssetInput['kind'] }],
    ['a latitude off the earth', { lat: 95 }],
    ['a longitude off the earth', { lng: -181 }],
    ['no category', { categories: [] }],
    ['an unknown category', { categories: ['bingo'] }],
    ['eleven categories', { categories: Array.from({ length: 11 }, (_, i) => `c${i}`) }],
    ['a postcode that is not one', { postcode: 'WN1' }],
    ['an e-mail that is not one', { email: 'lunch@' }],
    ['a website that is not one', { website: 'javascript:alert(1)' }],
    ['a phone number that is not one', { phone: 'call us' }],
    ['a description too long', { description: 'x'.repeat(10_001) }],
    ['hours too long', { opening_hours: 'Mo 09:00-17:00; '.repeat(40) }],
    ['an unknown age group', { age_groups: ['toddlers' as AssetInput['age_groups'][number]] }],
    ['an unknown accessibility feature', { accessibility: ['lifts' as AssetInput['accessibility'][number]] }],
    ['21 languages', { languages: Array.from({ length: 21 }, (_, i) => `lang ${i}`) }],
  ];

  it.each(broken)('with %s stops the whole file, named as the editor names it', async (_what, over) => {
    const bad = assetInput(SAMPLE_ORG_A, { name: 'Sample: Broken listing', ...over });
    const editorError = await saved(bad).catch((e: { message: string; code: string; constraint?: string; column?: string }) => e);
    expect(editorError).toHaveProperty('code');
    const before = await count(db, 'select 1 from app.assets');
    const fileError = await commit([importRow(assetInput(SAMPLE_ORG_A), 2), importRow(bad, 3)]).catch((e: unknown) => e);
    const e = editorError as { message: string; code: string; constraint?: string; column?: string };
    expect(fileError).toMatchObject({ message: `Row 3: ${e.message}`, code: e.code, constraint: e.constraint, column: e.column });
    expect(await count(db, 'select 1 from app.assets')).toBe(before);
  });
});

describe('a file imported again', () => {
  it('leaves the listings it would not change as they are, counts them unchanged, and updates only what differs', async () => {
    const rows = [1, 2, 3].map((n) => ({ ...importRow(assetInput(SAMPLE_ORG_A, { name: `Sample: Re-imported club ${n}`, lat: 53.54 + n * 0.001 }), n + 1) }));
    const first = await commit(rows);
    expect(first).toMatchObject({ inserted: 3, updated: 0, unchanged: 0 });
    const state = () =>
      db
        .query<{ external_id: string; version: number; import_batch_id: string; name: string; events: number }>(
          `select a.external_id, a.version, a.import_batch_id, a.name, (select count(*)::int from app.asset_events e where e.asset_id = a.id) as events
         from app.assets a where a.source = $1 and a.external_id = any ($2) order by a.external_id`,
          [PARTNER, rows.map((r) => r.asset.external_id)],
        )
        .then((r) => r.rows);
    const before = await state();

    // The same file again, but the second club renamed (with untidy spaces the database trims).
    const again = rows.map((r, i) => (i === 1 ? { ...r, asset: { ...r.asset, name: '  Sample: Re-imported club 2 (renamed) ' } } : r));
    const second = await commit(again);
    expect(second).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    const after = await state();
    for (const i of [0, 2]) expect(after[i], 'untouched: same version, batch and history').toEqual(before[i]);
    expect(after[1]).toMatchObject({
      name: 'Sample: Re-imported club 2 (renamed)',
      version: before[1].version + 1,
      import_batch_id: second.id,
      events: before[1].events + 1,
    });

    // Undoing the second import puts back only what it changed.
    await rpc(db, 'moderator', 'undo_import', { batch_id: second.id });
    expect((await state()).map((a) => a.name)).toEqual(rows.map((r) => r.asset.name));
  });
});
