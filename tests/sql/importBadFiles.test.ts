// Issue 20's bad input, through the real path (runImport, planImport with api.import_candidates on
// PGlite, buildCommit, api.commit_import): a file whose every row is already on the map, and a
// file that repeats one partner id 1,000 times. Each gets a clear account and loses nothing.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import Papa from 'papaparse';
import type { ImportBatch, ImportCandidate } from '../../src/backend/api';
import { createOfflineGeocoder } from '../../src/domain/geocoder';
import { buildCommit, planImport, skipReason, type CandidateQuery } from '../../src/features/import/plan';
import { runImport } from '../../src/features/import/runImport';
import { categories } from '../unit/import/helpers';
import { rpc } from './as';
import { count } from './fixtures';
import { createTestDb } from './db';

let db: PGlite;
const geocoder = createOfflineGeocoder(readFileSync('data/postcodes.csv', 'utf8'));
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

const csv = (rows: Record<string, string | number>[]) => Papa.unparse(rows);
const candidates = (partner: string) => (rows: CandidateQuery[]) => rpc<ImportCandidate[]>(db, 'moderator', 'import_candidates', { partner, rows });
const commit = (partner: string, c: ReturnType<typeof buildCommit>) =>
  rpc<ImportBatch>(db, 'moderator', 'commit_import', { partner, file_name: 'bad.csv', org_id: null, rows: c.rows, report: c.report });

describe('a file whose every row is already on the map', () => {
  it('is a possible duplicate row by row, each beside its twin, and nothing is imported unasked', async () => {
    const onMap = (
      await db.query<{ id: string; name: string; lat: number; lng: number }>("select id, name, lat, lng from app.assets where status = 'published' order by id limit 200")
    ).rows;
    const file = csv(onMap.map((a) => ({ name: a.name, lat: a.lat, lng: a.lng, categories: 'Health' })));
    const read = await runImport(file, { categories });
    const plan = await planImport(read.rows, { geocoder, candidates: candidates('Sample Copying Partner') });

    expect(plan.counts).toMatchObject({ total: 200, new: 0, duplicates: 200, invalid: 0 });
    plan.planned.forEach((p, i) => expect(p.similar[0], `row ${p.row}`).toMatchObject({ id: onMap[i].id, similarity: 1, distance_m: 0 }));
    const undecided = buildCommit(plan);
    expect(undecided.undecided).toHaveLength(200);

    const listings = await count(db, 'select 1 from app.assets');
    const skipped = await commit('Sample Copying Partner', buildCommit(plan, new Map(plan.planned.map((p) => [p.row, { action: 'skip' as const }]))));
    expect(skipped).toMatchObject({ inserted: 0, updated: 0, skipped: 200 });
    expect(await count(db, 'select 1 from app.assets')).toBe(listings);
  });
});

describe('a file that repeats one partner id 1,000 times', () => {
  it('keeps the first row, says of each other which row it repeats, and commits', async () => {
    const file = csv(Array.from({ length: 1000 }, (_, i) => ({ id: 'SAME-1', name: `Sample: Repeated club ${i + 1}`, postcode: 'WN1 1AA', categories: 'Health' })));
    const read = await runImport(file, { categories });
    const plan = await planImport(read.rows, { geocoder, candidates: candidates('Sample Repeating Partner') });

    expect(plan.counts).toMatchObject({ total: 1000, new: 1, repeats: 999, invalid: 0 });
    const repeats = plan.planned.filter((p) => p.repeats);
    expect(repeats).toHaveLength(999);
    expect(repeats.every((p) => p.repeats!.row === 2 && p.repeats!.by === 'external_id')).toBe(true);
    expect(skipReason(repeats[0])).toBe('repeats row 2 of this file (the same partner ID).');

    const c = buildCommit(plan);
    expect(c.undecided).toEqual([]);
    const batch = await commit('Sample Repeating Partner', c);
    expect(batch).toMatchObject({ inserted: 1, skipped: 999 });
    expect(await count(db, "select 1 from app.assets where source = 'Sample Repeating Partner' and external_id = 'SAME-1'")).toBe(1);
  });
});
