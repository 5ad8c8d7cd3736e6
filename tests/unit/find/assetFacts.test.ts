import { describe, expect, it } from 'vitest';
import { costText, resultSummary, staleFlag } from '../../../src/features/find/assetFacts';

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

  it('flags details not checked for over a year', () => {
    const now = new Date(2026, 10, 25);
    expect(staleFlag('2026-10-01T00:00:00Z', now)).toBeNull();
    expect(staleFlag('2026-03-01T00:00:00Z', now)).toBeNull();
    expect(staleFlag('2025-10-01T00:00:00Z', now)).toBe('Not checked for over a year');
    expect(staleFlag(null, now)).toBe('Details never checked');
  });
});
