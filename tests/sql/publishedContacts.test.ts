// Everything a resident sees comes with the published data (issue 12): api.published_assets()
// carries each listing's phone, e-mail and website exactly as api.asset(id) does, so an asset page
// needs no database.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { rpc } from './as';
import type { Asset, AssetCollection } from '../../src/domain/types';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

describe('published contact details', () => {
  it('match what the asset itself says, for every published listing', async () => {
    const fc = await rpc<AssetCollection>(db, 'resident', 'published_assets');
    const withContacts = fc.features.filter((f) => f.properties.phone || f.properties.email || f.properties.website);
    expect(withContacts.length).toBeGreaterThan(100);
    for (const f of withContacts.slice(0, 25)) {
      const a = await rpc<Asset>(db, 'resident', 'asset', { id: f.properties.id });
      expect({ phone: f.properties.phone, email: f.properties.email, website: f.properties.website }).toEqual({ phone: a.phone, email: a.email, website: a.website });
    }
  });

  it('are null, not missing, when a listing gives none', async () => {
    const fc = await rpc<AssetCollection>(db, 'resident', 'published_assets');
    for (const f of fc.features) expect(Object.keys(f.properties)).toEqual(expect.arrayContaining(['phone', 'email', 'website']));
  });
});
