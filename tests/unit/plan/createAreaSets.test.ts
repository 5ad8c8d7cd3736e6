// The planner's areas (src/features/plan/createAreaSets.ts): the shipped files at once, then the
// database's sets under the `areas` key, keeping the shipped objects when the data is the same.
import '../ui/windowForRouter';
import { query } from '@solidjs/router';
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../src/backend/api';
import type { AreaCollection, AreaKind } from '../../../src/domain/types';
import { createAreaSets, type AreaSets } from '../../../src/features/plan/createAreaSets';
import { written } from '../../../src/app/data/liveData';
import { createReads } from '../../../src/app/data/reads';

const settle = () => new Promise((r) => setTimeout(r, 5));

const square = [
  [
    [0, 0],
    [0, 1],
    [1, 1],
    [1, 0],
    [0, 0],
  ],
];
function areas(kind: AreaKind, ...codes: string[]): AreaCollection {
  return {
    type: 'FeatureCollection',
    features: codes.map((code) => ({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: square },
      properties: { code, name: code, kind, parent_code: null, population: 1000, imd_decile: 5, imd_rank: null },
    })),
  };
}

const FILES: Record<string, unknown> = {
  '/generated/borough.json': { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: square }, properties: {} }] },
  '/generated/areas-ward.json': areas('ward', 'W1', 'W2'),
  '/generated/areas-lsoa.json': areas('lsoa', 'L1'),
};

/** The shipped files over fetch, and a database whose sets the test changes; counts its reads. */
function setUp(db: Record<AreaKind, AreaCollection>, o: { files?: Record<string, unknown>; dbOpen?: Promise<void> } = {}) {
  const files = o.files ?? FILES;
  vi.stubGlobal('fetch', async (url: string) => (url in files ? { ok: true, json: async () => structuredClone(files[url]) } : { ok: false, status: 404 }));
  const asked = { count: 0 };
  const api = {
    areas: async (kind: AreaKind) => {
      asked.count++;
      await o.dbOpen;
      return db[kind];
    },
  } as unknown as Api;
  const reads = createReads(api, async () => ({ user_id: null, email: null, staff_role: null, memberships: [], invitations: 0 }));
  let sets!: AreaSets;
  dispose = createRoot((d) => {
    sets = createAreaSets(reads);
    return d;
  });
  return { sets, asked };
}

let dispose = () => {};
afterEach(() => {
  dispose();
  query.clear();
  vi.unstubAllGlobals();
});

describe('createAreaSets', () => {
  it('shows the shipped areas, then the database’s, keeping the shipped objects when they are the same', async () => {
    let open!: () => void;
    const dbOpen = new Promise<void>((r) => (open = r));
    const { sets } = setUp({ ward: areas('ward', 'W1', 'W2'), lsoa: areas('lsoa', 'L1'), custom: areas('custom', 'C1') }, { dbOpen });
    expect(sets.source()).toBe('loading');
    await settle();
    expect(sets.source()).toBe('static');
    expect(sets.byKind('custom')).toBeNull();
    open();
    await settle();
    expect(sets.source()).toBe('database');
    expect(sets.outline()?.type).toBe('Feature');
    expect(sets.byKind('ward')!.features.map((f) => f.properties.code)).toEqual(['W1', 'W2']);
    expect(sets.shipped('ward')).toBe(true); // same data: the coverage cache keeps working
    expect(sets.shipped('lsoa')).toBe(true);
    expect(sets.byKind('custom')!.features).toHaveLength(1);
    expect(sets.shipped('custom')).toBe(false);
    expect(sets.error()).toBeNull();
  });

  it('keeps the shipped sample areas while the database tables are empty', async () => {
    const { sets } = setUp({ ward: areas('ward'), lsoa: areas('lsoa'), custom: areas('custom') });
    await settle();
    expect(sets.shipped('ward')).toBe(true);
    expect(sets.shipped('lsoa')).toBe(true);
    expect(sets.byKind('custom')).toBeNull();
  });

  it('asks the database again on refresh (after loading areas), and not after other writes', async () => {
    const db = { ward: areas('ward', 'W1', 'W2'), lsoa: areas('lsoa', 'L1'), custom: areas('custom') };
    const { sets, asked } = setUp(db);
    await settle();
    expect(asked.count).toBe(3); // one read per kind

    db.ward = areas('ward', 'W1', 'W2', 'W3');
    await written('listing');
    await settle();
    expect(asked.count).toBe(3);
    expect(sets.shipped('ward')).toBe(true);

    sets.refresh();
    await settle();
    expect(asked.count).toBe(6);
    expect(sets.byKind('ward')!.features).toHaveLength(3);
    expect(sets.shipped('ward')).toBe(false);
    expect(sets.shipped('lsoa')).toBe(true);
  });

  it('says why when the shipped outline cannot be read', async () => {
    const { '/generated/borough.json': _outline, ...files } = FILES;
    const { sets } = setUp({ ward: areas('ward'), lsoa: areas('lsoa'), custom: areas('custom') }, { files });
    await settle();
    expect(sets.error()).toMatch(/borough\.json \(404\)/);
  });
});
