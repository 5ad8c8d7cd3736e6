import { describe, expect, it } from 'vitest';
import { checkState, neverCheckedText, staleness, uncheckedSince } from '../../../src/domain/stale';

const now = new Date(2025, 5, 15); // 15 June 2025
const checked = (d: string | Date | null) => ({ last_verified_at: d === null ? null : new Date(d).toISOString() });

describe('staleness', () => {
  it('is fresh under 6 months', () => {
    expect(staleness(checked(new Date(2025, 0, 20)), now)).toEqual({ level: 'fresh', months: 4, state: 'checked', label: 'Details checked January 2025' });
  });
  it('warns from 6 months', () => {
    const f = staleness(checked('2024-12-10T09:00:00Z'), now);
    expect(f.level).toBe('stale6');
    expect(f.label).toBe('Details last checked December 2024. They may have changed.');
  });
  it('warns more strongly from a year, and when never checked or unreadable', () => {
    expect(staleness(checked(new Date(2024, 5, 15)), now).level).toBe('stale12');
    expect(staleness(checked(new Date(2024, 5, 16)), now).level).toBe('stale6');
    expect(staleness(checked(null), now)).toMatchObject({ level: 'stale12', months: null, state: 'never' });
    expect(staleness({ last_verified_at: 'not a date' }, now).level).toBe('stale12');
  });
});

// Issue 13 item 7: an imported listing nobody has confirmed is never called checked.
describe('imported listings', () => {
  const imported = { last_verified_at: null, checked_by: null, imported_at: '2025-06-02T10:00:00Z', source: 'Wigan Libraries', import_batch_id: 'b1' };

  it('says when it was imported and from whom, and that the organisation has not confirmed it', () => {
    const f = staleness(imported, now);
    expect(f).toMatchObject({ level: 'stale12', months: null, state: 'unconfirmed' });
    expect(f.label).toBe('Imported on 2 June 2025 from Wigan Libraries, not yet confirmed by the organisation. Contact them before you go.');
    expect(f.label).not.toMatch(/checked/);
  });

  it('knows an import by its batch when the import date is missing (files published by older builds)', () => {
    expect(checkState({ last_verified_at: null, import_batch_id: 'b1', source: 'Wigan Libraries' })).toBe('unconfirmed');
    expect(staleness({ last_verified_at: null, import_batch_id: 'b1', source: 'Wigan Libraries' }, now).label).toBe(
      'Imported from Wigan Libraries, not yet confirmed by the organisation. Contact them before you go.',
    );
  });

  it("uses the partner's own date when the file had one", () => {
    const f = staleness({ ...imported, last_verified_at: '2025-03-14T00:00:00Z', checked_by: 'partner' }, now);
    expect(f).toMatchObject({ level: 'fresh', state: 'checked', label: 'Details checked March 2025' });
    expect(staleness({ ...imported, last_verified_at: '2023-03-14T00:00:00Z', checked_by: 'partner' }, now).level).toBe('stale12');
  });

  it('is checked once the organisation confirms it', () => {
    expect(staleness({ ...imported, last_verified_at: '2025-06-10T00:00:00Z', checked_by: 'organisation' }, now).state).toBe('checked');
  });

  it('does not take the sample source text for an import', () => {
    expect(checkState({ last_verified_at: null, source: 'Sample: Wigan Family Information Service', import_batch_id: null })).toBe('never');
  });
});

describe('staff reports of listings nobody has checked', () => {
  const listed = '2024-01-10T12:00:00Z';
  const imported = '2026-06-02T12:00:00Z';

  it('says an unconfirmed import was never confirmed, with when and from whom it came', () => {
    const f = { last_verified_at: null, imported_at: imported, import_batch_id: 'b1', source: 'Wigan Libraries' };
    expect(neverCheckedText(f)).toBe('Never: imported on 2 June 2026 from Wigan Libraries, not yet confirmed');
    expect(neverCheckedText({ last_verified_at: null, source: 'Sample: Wigan Family Information Service' })).toBe('Never');
  });

  it('counts months from the last check, else from the unconfirmed import, else from when it was listed', () => {
    expect(uncheckedSince({ last_verified_at: '2025-01-01T00:00:00Z', imported_at: imported, import_batch_id: 'b1', created_at: listed })).toBe('2025-01-01T00:00:00Z');
    // An import that replaced the details of a listing from 2024: the details are the import's.
    expect(uncheckedSince({ last_verified_at: null, imported_at: imported, import_batch_id: 'b1', created_at: listed })).toBe(imported);
    expect(uncheckedSince({ last_verified_at: null, created_at: listed })).toBe(listed);
  });
});
