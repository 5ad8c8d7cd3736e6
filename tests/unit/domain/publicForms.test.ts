// The public forms' own checks (src/domain/publicForms.ts): what a resident is told before
// anything is sent. tests/sql/limits.test.ts checks they agree with the database at each limit.
import { describe, expect, it } from 'vitest';
import domainEn from '../../../src/domain/i18n/en';
import { REPORT_REASONS, reasonLabel, reportedOnText, tidyText, validateReport, validateSuggestion } from '../../../src/domain/publicForms';

const report = { reason: 'wrong_times' as const, details: '', email: '' };
const suggestion = { name: 'Knit and Natter', description: '', place: '', times: '', contact: '', email: '' };

describe('the report form', () => {
  it('needs a reason, and details when the reason is “something else”', () => {
    expect(validateReport({ ...report, reason: '' })).toEqual({ reason: 'Choose what is wrong with the listing' });
    expect(validateReport({ ...report, reason: 'other', details: '  \n ' })).toEqual({ details: 'Say what is wrong with the listing' });
    expect(validateReport({ ...report, reason: 'other', details: 'It moved to the library' })).toEqual({});
    expect(validateReport(report)).toEqual({});
  });

  it('says how long 100 kB of text is, and refuses control characters', () => {
    expect(validateReport({ ...report, details: 'x'.repeat(100_000) }).details).toBe('What is wrong is at most 2,000 characters (this has 100,000): please shorten it');
    expect(validateReport({ ...report, details: 'bell\u0007' }).details).toMatch(/control characters/);
    expect(validateReport({ ...report, details: 'tab\tand\r\nnew lines' })).toEqual({});
  });

  it('takes markup as plain text', () => {
    expect(validateReport({ ...report, details: '<script>alert(1)</script>' })).toEqual({});
  });

  it('checks an e-mail address only when one is given', () => {
    expect(validateReport({ ...report, email: '  ' })).toEqual({});
    expect(validateReport({ ...report, email: 'me@example' }).email).toMatch(/does not look like an e-mail address/);
    expect(validateReport({ ...report, email: ' Me@Example.org ' })).toEqual({});
  });

  it('words every reason, in the order offered', () => {
    expect(REPORT_REASONS.map((r) => r.value)).toEqual(['closed_or_moved', 'wrong_contact', 'wrong_times', 'wrong_place', 'not_real', 'other']);
    expect(reasonLabel('not_real')).toBe('It is not a real service');
    expect(reasonLabel('unknown')).toBe('unknown');
  });

  it('takes every reason from the dictionary the form and the reports queue share', () => {
    for (const { value } of REPORT_REASONS) {
      const key = `reason_${value}` as const;
      expect(domainEn[key]).toBeTruthy();
      expect(reasonLabel(value)).toBe(domainEn[key]);
    }
  });
});

describe('the suggestion form', () => {
  it('needs only a name', () => {
    expect(validateSuggestion({ ...suggestion, name: ' ' })).toEqual({ name: 'Give the name of the group, place or service' });
    expect(validateSuggestion(suggestion)).toEqual({});
  });

  it('places each problem beside its field', () => {
    const errors = validateSuggestion({ ...suggestion, place: 'p'.repeat(501), times: 'x\u001b', contact: 'c'.repeat(501), email: 'nope' });
    expect(Object.keys(errors).sort()).toEqual(['contact', 'email', 'place', 'times']);
  });

  it('tidies text as the database keeps it', () => {
    expect(tidyText('  a\r\nb  ')).toBe('a\nb');
  });
});

describe('the notice on a listing', () => {
  it('says the day a problem was reported in words, the same in every time zone', () => {
    expect(reportedOnText('2026-12-03')).toBe('3 December 2026');
    expect(reportedOnText('2027-01-01')).toBe('1 January 2027');
  });
});
