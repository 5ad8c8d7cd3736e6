// The layer a published listing belongs to (api.published_assets): its partner dataset
// (source), its import batch, and whether it is one of the demo's sample listings, so planners can
// analyse one layer. Checked on PGlite with the demo seed and a real import.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { rpc } from './as';
import { assetInput, count, SAMPLE_ORG_A, versionOf } from './fixtures';
import type { Asset, AssetCollection } from '../../src/domain/types';
import type { ImportBatch, ImportRow } from '../../src/backend/api';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

const libraryRow = (n: number): ImportRow => ({
  row: n,
  action: 'insert',
  asset: {
    kind: 'place',
    name: `Library ${n}`,
    description: 'A public library',
    categories: ['community-venues'],
    lat: 53.54 + n * 0.001,
    lng: -2.63,
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
    external_id: `LIB-${n}`,
  },
});

describe('published listings carry their layer', () => {
  it('marks every demo listing as sample data, under its sample source', async () => {
    const fc = await rpc<AssetCollection>(db, 'resident', 'published_assets');
    expect(fc.features.length).toBe(await count(db, "select 1 from app.assets where status = 'published'"));
    const props = fc.features.map((f) => f.properties);
    expect(props.every((p) => p.sample === true && p.source!.startsWith('Sample: ') && p.import_batch_id === null)).toBe(true);
    // The community listings, and the public facilities the demo imports as partners' datasets.
    expect([...new Set(props.map((p) => p.source))]).toEqual(
      expect.arrayContaining([
        'Sample: Common Ground demo listings',
        'Sample: NHS Wigan community directory',
        'Sample: Wigan Family Information Service',
        'Sample: Wigan Council advice directory',
        'Sample: NHS Wigan primary care',
        'Sample: Wigan Council libraries',
      ]),
    );
  });

  it('gives an imported listing its partner and batch, and does not call it sample data', async () => {
    const batch = await rpc<ImportBatch>(db, 'moderator', 'commit_import', {
      partner: 'Wigan Libraries',
      file_name: 'libraries.csv',
      org_id: null,
      rows: [libraryRow(1), libraryRow(2)],
      report: [],
    });
    const fc = await rpc<AssetCollection>(db, 'resident', 'published_assets');
    const mine = fc.features.map((f) => f.properties).filter((p) => p.source === 'Wigan Libraries');
    expect(mine.map((p) => [p.name, p.import_batch_id, p.sample])).toEqual([
      ['Library 1', batch.id, false],
      ['Library 2', batch.id, false],
    ]);
  });

  it('does not call a listing an organisation wrote and a moderator approved sample data', async () => {
    const created = await rpc<Asset>(db, 'editor-a', 'save_asset', { asset: assetInput(SAMPLE_ORG_A, { name: 'Sample: Layer Club' }) });
    await rpc(db, 'editor-a', 'submit_asset', { id: created.id, version: await versionOf(db, created.id) });
    await rpc(db, 'moderator', 'approve_asset', { id: created.id, version: await versionOf(db, created.id), note: null });
    const fc = await rpc<AssetCollection>(db, 'resident', 'published_assets');
    expect(fc.features.find((f) => f.properties.id === created.id)!.properties).toMatchObject({ source: null, import_batch_id: null, sample: false });
  });
});
