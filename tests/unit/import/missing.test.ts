import { describe, expect, it } from 'vitest';
import { missingFromFile } from '../../../src/features/import/missing';
import { buildCommit } from '../../../src/features/import/plan';
import { reportCsv } from '../../../src/features/import/report';

const A = '0a000000-0000-4000-8000-0000000000a1';
const B = '0a000000-0000-4000-8000-0000000000b2';
const C = '0a000000-0000-4000-8000-0000000000c3';
const listings = {
  listings: [
    [A, 'Sample: Bridge Club', 53.5, -2.6],
    [B, 'Sample: Art Group', 53.5, -2.6],
  ] as [string, string, number, number][],
  // C is archived already: not among the listings, so not missing.
  partner_ids: [
    ['P-1', A],
    ['P-2', B],
    ['P-3', C],
  ] as [string, string][],
};

describe('missingFromFile', () => {
  it('names the partner listings the file no longer has, by name, ignoring archived ones', () => {
    expect(missingFromFile(listings, [' P-1 ', null])).toEqual([{ id: B, name: 'Sample: Art Group', external_id: 'P-2' }]);
    expect(missingFromFile(listings, [])).toEqual([
      { id: B, name: 'Sample: Art Group', external_id: 'P-2' },
      { id: A, name: 'Sample: Bridge Club', external_id: 'P-1' },
    ]);
    expect(missingFromFile(listings, ['P-1', 'P-2'])).toEqual([]);
  });
});

describe('archiving missing listings', () => {
  const plan = { counts: { total: 0, new: 0, updated: 0, duplicates: 0, repeats: 0, invalid: 0, unplaceable: 0, withWarnings: 0 }, planned: [], rejected: [] };
  const missing = missingFromFile(listings, []);

  it('sends one archive row per missing listing only when asked', () => {
    expect(buildCommit(plan).rows).toEqual([]);
    expect(buildCommit(plan, new Map(), undefined, { archive: missing }).rows).toEqual([
      { action: 'archive', target_id: B, asset: {} },
      { action: 'archive', target_id: A, asset: {} },
    ]);
  });

  it('lists them in the report after every row, saying kept or archived', () => {
    const kept = reportCsv(['Name'], { Name: 'name' }, plan, { missing: { listings: missing, archive: false } });
    expect(kept.split(/\r?\n/)[1]).toBe(
      ',Kept: not in this file,"""Sample: Art Group"" (partner id P-2) was in an earlier file from this partner and is not in this one",',
    );
    expect(reportCsv(['Name'], { Name: 'name' }, plan, { missing: { listings: missing, archive: true } })).toContain('Archived: not in this file');
  });
});
