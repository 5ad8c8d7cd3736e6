// From parsed rows to the preview counts and the commit payload, with the offline geocoder and
// a stand-in for api.import_candidates (the SQL function has its own tests on PGlite).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportCandidate } from '../../../src/backend/api';
import { createOfflineGeocoder } from '../../../src/domain/geocoder';
import { buildCommit, planImport, type CandidateQuery } from '../../../src/features/import/plan';
import { runImport } from '../../../src/features/import/runImport';
import { categories, fixture, postcodeTable, root } from './helpers';

interface SampleAsset {
  id: string;
  name: string;
  lat: number;
  lng: number;
  external_id: string | null;
}
const sampleAssets = JSON.parse(readFileSync(join(root, 'data/assets.json'), 'utf8')) as SampleAsset[];

function metres(a: { lat: number; lng: number }, b: { lat: number; lng: number }) {
  const r = Math.PI / 180;
  const x = (b.lng - a.lng) * r * Math.cos(((a.lat + b.lat) / 2) * r);
  const y = (b.lat - a.lat) * r;
  return Math.sqrt(x * x + y * y) * 6371008.8;
}

/** Like api.import_candidates: same partner ID → update; same name within 150 m → similar. */
function fakeCandidates(existing: SampleAsset[]) {
  const calls: CandidateQuery[][] = [];
  const fn = async (rows: CandidateQuery[]): Promise<ImportCandidate[]> => {
    calls.push(rows);
    return rows.map((r) => ({
      row: r.row,
      external_match: existing.find((a) => r.external_id && a.external_id === r.external_id)?.id ?? null,
      similar: existing
        .filter((a) => a.name.toLowerCase() === r.name.toLowerCase() && metres(a, r) <= 150)
        .map((a) => ({ id: a.id, name: a.name, distance_m: Math.round(metres(a, r)), similarity: 1 })),
    }));
  };
  return { fn, calls };
}

const existing: SampleAsset[] = [...sampleAssets, { id: '11111111-1111-4111-8111-111111111111', name: 'Old name', lat: 53.52, lng: -2.55, external_id: 'WGN-003' }];

describe('planImport on the messy export', async () => {
  const parsed = await runImport(fixture('messy-partner.csv'), { categories });
  const { fn, calls } = fakeCandidates(existing);
  const plan = await planImport(parsed.rows, { geocoder: createOfflineGeocoder(postcodeTable), candidates: fn, batchSize: 4 });

  it('counts new, updated, duplicates, invalid and unplaceable', () => {
    expect(plan.counts).toEqual({ total: 16, new: 8, updated: 1, duplicates: 1, repeats: 0, invalid: 5, unplaceable: 1, withWarnings: 8 });
  });

  it('places postcode-only rows through the geocoder', () => {
    const row = plan.planned.find((p) => p.row === 2)!;
    expect(row).toMatchObject({ placedBy: 'postcode', asset: { lat: 53.546959, lng: -2.635089, postcode: 'WN1 1AA' } });
    expect(plan.planned.find((p) => p.row === 3)!.placedBy).toBe('coordinates');
  });

  it('reports a postcode that is not in the table instead of dropping the row', () => {
    const r = plan.rejected.find((x) => x.row === 11)!;
    expect(r.reason).toBe('unplaceable');
    expect(r.issues.at(-1)!.message).toBe('Postcode WN1 9ZZ was not found, so the asset cannot be placed on the map; check the postcode or add latitude and longitude.');
  });

  it('matches a re-import by partner ID and a similar asset nearby', () => {
    expect(plan.planned.find((p) => p.row === 4)).toMatchObject({ status: 'update', target_id: '11111111-1111-4111-8111-111111111111' });
    const dup = plan.planned.find((p) => p.row === 12)!;
    expect(dup.status).toBe('duplicate');
    expect(dup.similar[0]).toMatchObject({ name: 'Sample: Hindley Homework Club' });
    expect(dup.similar[0].distance_m).toBeLessThan(150);
  });

  it('asks for candidates in batches', () => {
    expect(calls.map((c) => c.length)).toEqual([4, 4, 2]);
  });

  it('builds the commit: inserts, updates, duplicates skipped until decided, report of rejected rows', () => {
    const { rows, report } = buildCommit(plan);
    expect(rows.filter((r) => r.action === 'insert')).toHaveLength(8);
    expect(rows.find((r) => r.row === 4)).toMatchObject({ action: 'update', target_id: '11111111-1111-4111-8111-111111111111' });
    expect(rows.find((r) => r.row === 12)).toMatchObject({ action: 'skip' });
    expect(report.map((r) => r.row)).toEqual([6, 7, 10, 11, 15, 16]);
    expect(report.find((r) => r.row === 6)!.reason).toBe('Lat: Latitude 153.54 is outside -90 to 90.');
    expect(rows.every((r) => typeof r.asset.lat === 'number' && typeof r.asset.lng === 'number')).toBe(true);
  });

  it('follows the moderator’s decision on a duplicate', () => {
    const target = plan.planned.find((p) => p.row === 12)!.similar[0].id;
    const merged = buildCommit(plan, new Map([[12, { action: 'update', target_id: target }]]));
    expect(merged.rows.find((r) => r.row === 12)).toMatchObject({ action: 'update', target_id: target });
    const kept = buildCommit(plan, new Map([[12, { action: 'insert' }]]));
    expect(kept.rows.find((r) => r.row === 12)).toMatchObject({ action: 'insert', target_id: null });
  });
});
