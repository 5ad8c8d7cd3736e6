import { describe, expect, it } from 'vitest';
import { checkedText, costText, resultSummary, staleFlag } from '../../../src/domain/assetFacts';

describe('asset facts', () => {
  it('summarises results the way the live region reads them', () => {
    expect(resultSummary(23, 'food', 'WN1 1AA', 0)).toBe('23 results for ‘food’ near WN1 1AA');
    expect(resultSummary(1, '', null, 0)).toBe('1 result');
    expect(resultSummary(4, 'bank food orrell', null, 0, true)).toBe('4 results close to ‘bank food orrell’ (none has every word)');
    expect(resultSummary(1388, '  ', 'your location', 2)).toBe('1,388 results near your location, 2 filters applied');
  });

  it('says free, the cost, or that there may be a charge', () => {
    expect(costText({ free: true, cost: null })).toBe('Free');
    expect(costText({ free: false, cost: '£2 a session' })).toBe('£2 a session');
    expect(costText({ free: false, cost: ' ' })).toBe('There may be a charge');
  });

  it('flags details not checked for over a year, and imports nobody has confirmed', () => {
    const now = new Date(2026, 10, 25);
    expect(staleFlag({ last_verified_at: '2026-10-01T00:00:00Z' }, now)).toBeNull();
    expect(staleFlag({ last_verified_at: '2026-03-01T00:00:00Z' }, now)).toBeNull();
    expect(staleFlag({ last_verified_at: '2025-10-01T00:00:00Z' }, now)).toBe('Not checked for over a year');
    expect(staleFlag({ last_verified_at: null }, now)).toBe('Details never checked');
    expect(staleFlag({ last_verified_at: null, imported_at: '2026-11-20T10:00:00Z', import_batch_id: 'b1', source: 'Wigan Libraries' }, now)).toBe(
      'Imported, not yet confirmed',
    );
  });

  // Issue 13 item 7: residents see who checked the details, and never "checked" for an import.
  it('says when the details were last checked and by whom', () => {
    const at = '2026-03-14T10:00:00Z';
    expect(checkedText({ last_verified_at: at, checked_by: 'organisation' })).toBe('14 March 2026, by the organisation');
    expect(checkedText({ last_verified_at: at, checked_by: null })).toBe('14 March 2026, by the organisation');
    expect(checkedText({ last_verified_at: at, checked_by: 'moderator' })).toBe('14 March 2026, by a council moderator');
    expect(checkedText({ last_verified_at: at, checked_by: 'partner', source: 'Wigan Libraries' })).toBe('14 March 2026, according to Wigan Libraries');
    expect(checkedText({ last_verified_at: null, imported_at: '2026-11-20T10:00:00Z', import_batch_id: 'b1', source: 'Wigan Libraries' })).toBe(
      'Not yet: imported on 20 November 2026 from Wigan Libraries',
    );
    expect(checkedText({ last_verified_at: null })).toBe('Never');
  });
});
