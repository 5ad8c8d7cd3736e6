// The check reads the listings on the map once per check, and again only after a failed read.
import { describe, expect, it } from 'vitest';
import type { ImportListings } from '../../../src/backend/api';
import { localCandidates } from '../../../src/features/import/candidateIndex';

const LISTINGS: ImportListings = {
  listings: [['a0000000-0000-4000-8000-000000000001', 'Sample: Hindley Food Bank', 53.54, -2.63]],
  partner_ids: [['P-1', 'a0000000-0000-4000-8000-000000000001']],
};
const row = { row: 2, external_id: 'P-1', name: 'Sample: Hindley Food Bank', lat: 53.54, lng: -2.63 };

describe('localCandidates', () => {
  it('reads the listings once for every batch of one check', async () => {
    let reads = 0;
    const candidates = localCandidates(async () => (reads++, LISTINGS));
    await candidates([row]);
    await candidates([{ ...row, row: 3 }]);
    expect(reads).toBe(1);
    expect((await candidates([row]))[0].external_match).toBe(LISTINGS.partner_ids[0][1]);
  });

  it('reads again after a failed read, so the moderator can try again', async () => {
    let reads = 0;
    const candidates = localCandidates(async () => {
      if (reads++ === 0) throw new Error('offline');
      return LISTINGS;
    });
    await expect(candidates([row])).rejects.toThrow('offline');
    expect((await candidates([row]))[0].row).toBe(2);
    expect(reads).toBe(2);
  });
});
