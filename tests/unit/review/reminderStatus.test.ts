import { describe, expect, it } from 'vitest';
import { reminderStatus } from '../../../src/features/review/reminderStatus';

const at = '2026-10-01T09:00:00Z';

describe('reminderStatus', () => {
  it('says whether to wait or whom to chase', () => {
    expect(reminderStatus({ reminders_sent: 0, last_reminded_at: null, unanswered: false, contacts: [] })).toBe('Not reminded yet');
    expect(reminderStatus({ reminders_sent: 1, last_reminded_at: at, unanswered: false, contacts: [] })).toBe('Reminded on 1 October 2026');
    expect(reminderStatus({ reminders_sent: 2, last_reminded_at: at, unanswered: false, contacts: [] })).toBe('Reminded twice, last on 1 October 2026');
    expect(reminderStatus({ reminders_sent: 2, last_reminded_at: at, unanswered: true, contacts: ['a@example.org', 'b@example.org'] })).toBe(
      'No answer to two reminders (last on 1 October 2026): contact a@example.org, b@example.org',
    );
    expect(reminderStatus({ reminders_sent: 2, last_reminded_at: at, unanswered: true, contacts: [] })).toMatch(/nobody to contact/);
  });
});
