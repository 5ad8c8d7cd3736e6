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
const commit = (rows: ImportRow[]) =>
  rpc<ImportBatch>(db, 'moderator', 'commit_import', { partner: PARTNER, file_name: 'bulk.csv', org_id: null, rows, report: [] });
const saved = (input: AssetInput) => rpc<Asset>(db, 'moderator', 'save_asset', { asset: input });

const COMPARED = ['kind', 'name', 'description', 'categories', 'lat', 'lng', 'address', 'postcode', 'phone', 'email', 'website',
  'opening_hours', 'free', 'cost', 'age_groups', 'accessibility', 'languages', 'ward', 'version'] as const;

describe('a listing imported in bulk', () => {
  it('is stored as the same listing saved in the editor: normalised, in its ward, version 1, published now', async () => {
    const untidy = assetInput(SAMPLE_ORG_A, {
      name: '  Sample: Untidy Lunch Club  ', description: '  Soup on Wednesdays ', postcode: 'wn2  3an', email: ' Lunch@Example.ORG ',
      website: ' https://example.org/lunch ', phone: ' 01942 000000 ', address: '  ', cost: ' £3 ',
      categories: ['older-people', ' older-people', 'food-support'], languages: ['en', 'EN', ' pl '], age_groups: ['older_people', 'older_people'],
    });
    const editor = await saved(untidy);
    const batch = await commit([importRow(untidy, 2)]);
    const imported = (await db.query<Record<string, unknown>>('select *, published_at is not null and published_at = imported_at as published_now from app.assets where import_batch_id = $1', [batch.id])).rows[0];

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
