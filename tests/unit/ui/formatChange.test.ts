// The dates and times of every change table (review diffs, the audit trail, edit conflicts) are
// written in the chosen language: English stays as it was, Polish follows `setLocale('pl')`.
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n';
import { CHANGE_FIELDS, fieldLabel, formatDate, formatDateTime, formatValue } from '../../../src/ui/formatChange';
import en from '../../../src/ui/i18n/en';

// Built from local parts, so the time reads 14:05 whatever the machine's time zone.
const at = new Date(2026, 11, 3, 14, 5).toISOString();

afterEach(() => setLocale('en-GB', { remember: false }));

describe('formatChange', () => {
  it('writes dates and times in English by default', () => {
    expect(formatDate(at)).toBe('3 December 2026');
    expect(formatDateTime(at)).toBe('3 December 2026, 14:05');
    expect(formatValue('last_verified_at', at)).toBe('3 December 2026');
  });

  it('follows the chosen language', async () => {
    await setLocale('pl', { remember: false });
    expect(formatDate(at)).toBe('3 grudnia 2026');
    expect(formatDateTime(at)).toBe('3 grudnia 2026, 14:05');
    expect(formatValue('last_verified_at', at)).toBe('3 grudnia 2026');
  });

  it('keeps what it cannot read as a date', () => {
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatDateTime(null)).toBe('Not given');
  });

  it('names every field, kind and yes or no from the dictionary, in the chosen language', async () => {
    for (const field of CHANGE_FIELDS) {
      expect(en[`field_${field}`]).toBeTruthy();
      expect(fieldLabel(field)).toBe(en[`field_${field}`]);
    }
    expect(fieldLabel('review_note')).toBe('Moderator’s note');
    expect(fieldLabel('something_new')).toBe('something new');
    expect(formatValue('kind', 'group')).toBe('Group');
    expect(formatValue('kind', 'other')).toBe('other');
    expect(formatValue('free', true)).toBe('Yes');
    expect(formatValue('private_address', 'false')).toBe('No');
    expect(formatValue('phone', '')).toBe('Not given');
    await setLocale('pl', { remember: false });
    expect(fieldLabel('postcode')).toBe('Kod pocztowy');
    expect(formatValue('kind', 'group')).toBe('Grupa');
    expect(formatValue('free', true)).toBe('Tak');
    expect(formatValue('phone', '')).toBe('Nie podano');
  });
});
