import { describe, expect, it } from 'vitest';
import { staleness } from '../../../src/domain/stale';

const now = new Date(2025, 5, 15); // 15 June 2025

describe('staleness', () => {
  it('is fresh under 6 months', () => {
    expect(staleness(new Date(2025, 0, 20), now)).toEqual({ level: 'fresh', months: 4, label: 'Details checked January 2025' });
  });
  it('warns from 6 months', () => {
    const f = staleness('2024-12-10T09:00:00Z', now);
    expect(f.level).toBe('stale6');
    expect(f.label).toBe('Details last checked December 2024. They may have changed.');
  });
  it('warns more strongly from a year, and when never checked or unreadable', () => {
    expect(staleness(new Date(2024, 5, 15), now).level).toBe('stale12');
    expect(staleness(new Date(2024, 5, 16), now).level).toBe('stale6');
    expect(staleness(null, now)).toMatchObject({ level: 'stale12', months: null });
    expect(staleness('not a date', now).level).toBe('stale12');
  });
});
