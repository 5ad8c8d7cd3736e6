import { describe, expect, it } from 'vitest';
import { groupStaleByOrganisation } from '../../../src/features/review/groupStaleByOrganisation';

const row = (name: string, org: string | null, months: number, unanswered = false) => ({
  id: `${name}-id`,
  name,
  org_id: org,
  org_name: org ? `Org ${org}` : null,
  last_verified_at: null,
  checked_by: null,
  imported_at: null,
  import_batch_id: null,
  source: null,
  months_since: months,
  reminders_sent: unanswered ? 2 : 0,
  last_reminded_at: unanswered ? '2026-10-01T09:00:00Z' : null,
  unanswered,
  contacts: unanswered ? ['a@example.org'] : [],
});

describe('groupStaleByOrganisation', () => {
  it('puts the organisation with the oldest listing first, oldest listing first within it', () => {
    const groups = groupStaleByOrganisation([row('a', 'A', 7), row('b', 'B', 20), row('c', 'A', 13), row('d', null, 8)]);
    expect(groups.map((g) => [g.org_name, g.assets.map((a) => a.name)])).toEqual([
      ['Org B', ['b']],
      ['Org A', ['c', 'a']],
      [null, ['d']],
    ]);
  });

  it('puts listings whose two reminders went unanswered first within their organisation', () => {
    const [g] = groupStaleByOrganisation([row('old', 'A', 20), row('chase', 'A', 7, true)]);
    expect(g.assets.map((a) => a.name)).toEqual(['chase', 'old']);
  });

  it('gives an empty list for an empty report', () => {
    expect(groupStaleByOrganisation([])).toEqual([]);
  });
});
