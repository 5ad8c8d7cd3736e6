import { describe, expect, it } from 'vitest';
import { linkToken } from '../../src/features/email-links/linkToken';
import { remindersInWords } from '../../src/features/organisation/editor/checkPlanWords';

describe('linkToken', () => {
  it('reads the token a mail program may have wrapped or padded', () => {
    const t = '0b5a2c1e-8d3f-4a6b-9c7d-1e2f3a4b5c6d.00112233445566778899aabbccddeeff';
    expect(linkToken(`?token=${t}`)).toBe(t);
    expect(linkToken(`?token=${encodeURIComponent(` ${t}\n`)}`)).toBe(t);
    expect(linkToken('?token=<script>')).not.toMatch(/[<>]/);
    expect(linkToken('')).toBe('');
  });
});

describe('remindersInWords', () => {
  const plan = { asset_id: 'x', every_months: 6 as const, due_at: '2027-03-01T00:00:00Z', reminders: [] as { round: 1 | 2; sent_at: string }[] };
  it('says when the next reminder goes, or what was sent', () => {
    expect(remindersInWords(plan)).toBe('The next reminder goes when the check is due, on 1 March 2027.');
    expect(remindersInWords({ ...plan, reminders: [{ round: 1, sent_at: '2027-03-01T08:00:00Z' }] })).toMatch(/^A reminder was sent, the last on 1 March 2027/);
  });
});
