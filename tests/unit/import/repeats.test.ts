// Issue 21: the same listing twice in one file (the same partner ID, or the same name a few
// metres apart) is flagged like a possible duplicate of a listing on the map, never imported
// twice unasked: the first row is kept, the repeat is skipped by default and shown. A possible
// duplicate of a listing on the map has no default at all: the moderator decides.
import { describe, expect, it } from 'vitest';
import type { ImportCandidate } from '../../../src/backend/api';
import { createOfflineGeocoder } from '../../../src/domain/geocoder';
import { buildCommit, planImport, type CandidateQuery } from '../../../src/features/import/plan';
import { runImport } from '../../../src/features/import/runImport';
import { categories, postcodeTable } from './helpers';

const none = async (rows: CandidateQuery[]): Promise<ImportCandidate[]> => rows.map((r) => ({ row: r.row, external_match: null, similar: [] }));
const geocoder = createOfflineGeocoder(postcodeTable);

async function plan(lines: string[], candidates = none) {
  const parsed = await runImport(['ID,Name,Lat,Long,Category', ...lines].join('\n'), { categories });
  return planImport(parsed.rows, { geocoder, candidates });
}

describe('repeats inside one file', async () => {
  const p = await plan([
    'A1,Sample Pantry,53.5450,-2.6320,Health', // 2
    'A1,Sample Pantry (copy),53.5450,-2.6320,Health', // 3: same partner ID
    ',Sample Café,53.5500,-2.6400,Health', // 4
    ',  sample cafe!,53.5505,-2.6405,Health', // 5: same name once normalised, ~65 m away
    ',Sample Café,53.5600,-2.6400,Health', // 6: same name, but 1.1 km away: another place
    'B2,Sample Library,53.5300,-2.6000,Health', // 7
    'B3,Sample Library,53.5301,-2.6001,Health', // 8: two partner IDs, same name and place
  ]);

  it('flags the later row of each pair as a possible duplicate of the earlier one', () => {
    const of = (row: number) => p.planned.find((x) => x.row === row)!;
    expect(of(3)).toMatchObject({ status: 'duplicate', repeats: { row: 2, by: 'external_id' } });
    expect(of(5)).toMatchObject({ status: 'duplicate', repeats: { row: 4, by: 'name' } });
    expect(of(5).repeats!.distance_m).toBeGreaterThan(50);
    expect(of(5).repeats!.distance_m).toBeLessThan(150);
    expect(of(8)).toMatchObject({ status: 'duplicate', repeats: { row: 7, by: 'name' } });
    for (const row of [2, 4, 6, 7]) expect(of(row), `row ${row}`).toMatchObject({ status: 'new', repeats: null });
  });

  it('counts them with the possible duplicates, and apart', () => {
    expect(p.counts).toMatchObject({ total: 7, new: 4, duplicates: 3, repeats: 3, invalid: 0 });
  });

  it('keeps the first and skips the repeat unless the moderator chooses otherwise', () => {
    const { rows, undecided } = buildCommit(p);
    expect(undecided).toEqual([]);
    expect(rows.filter((r) => r.action === 'insert').map((r) => r.row)).toEqual([2, 4, 6, 7]);
    expect(rows.filter((r) => r.action === 'skip').map((r) => r.row)).toEqual([3, 5, 8]);
  });

  it('imports a repeat by name as a place of its own when told to', () => {
    const { rows } = buildCommit(p, new Map([[5, { action: 'insert' }]]));
    expect(rows.find((r) => r.row === 5)).toMatchObject({ action: 'insert' });
  });

  it('uses the later row instead of the earlier one with the same partner ID, never both', () => {
    const { rows } = buildCommit(p, new Map([[3, { action: 'instead' }]]));
    expect(rows.find((r) => r.row === 3)).toMatchObject({ action: 'insert', asset: { name: 'Sample Pantry (copy)' } });
    expect(rows.find((r) => r.row === 2)).toMatchObject({ action: 'skip' });
  });

  it('lets only one repeat take the place of a row with the same partner ID', async () => {
    const three = await plan(['A1,Sample One,53.5450,-2.6320,Health', 'A1,Sample Two,53.5450,-2.6320,Health', 'A1,Sample Three,53.5450,-2.6320,Health']);
    const { rows } = buildCommit(
      three,
      new Map([
        [3, { action: 'instead' }],
        [4, { action: 'instead' }],
      ]),
    );
    expect(rows.map((r) => [r.row, r.action])).toEqual([
      [2, 'skip'],
      [3, 'skip'],
      [4, 'insert'],
    ]);
  });

  it('no longer refuses the repeated partner ID while reading: the plan decides', async () => {
    const parsed = await runImport('ID,Name,Post code,Category\nA1,Sample A,WN1 1AA,Health\nA1,Sample B,WN1 1AD,Health\n', { categories });
    expect(parsed.rows.map((r) => r.valid)).toEqual([true, true]);
  });
});

describe('a possible duplicate of a listing on the map', async () => {
  const near = async (rows: CandidateQuery[]): Promise<ImportCandidate[]> =>
    rows.map((r) => ({
      row: r.row,
      external_match: null,
      similar: r.name === 'Sample Hall' ? [{ id: '22222222-2222-4222-8222-222222222222', name: 'Sample Hall Café', distance_m: 40, similarity: 0.6 }] : [],
    }));
  const p = await plan([',Sample Hall,53.5450,-2.6320,Health', ',Sample Other,53.5300,-2.6000,Health'], near);

  it('is not skipped silently: it waits for the moderator, and the commit says so', () => {
    const { rows, undecided } = buildCommit(p);
    expect(undecided).toEqual([2]);
    expect(rows.find((r) => r.row === 2)).toMatchObject({ action: 'skip' });
    expect(buildCommit(p, new Map([[2, { action: 'insert' }]])).undecided).toEqual([]);
  });
});

describe('a large file stays linear', () => {
  it('finds repeats among 100,000 rows without comparing every pair', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `X${i},Sample place ${i % 50_000},${(53.4 + (i % 50_000) * 0.00001).toFixed(6)},-2.6,Health`);
    const p = await plan(rows);
    expect(p.counts).toMatchObject({ total: 100_000, new: 50_000, repeats: 50_000 });
  }, 60_000);
});
