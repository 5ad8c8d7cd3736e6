import { describe, expect, it } from 'vitest';
import { mailProblemStatus } from '../../../src/features/review/mailProblemStatus';

describe('mailProblemStatus', () => {
  it('says a dead message was not sent, and after how many tries', () => {
    expect(mailProblemStatus({ status: 'dead', attempts: 1, next_attempt_at: '2026-12-03T09:00:00Z' })).toBe('Not sent: gave up after 1 try');
    expect(mailProblemStatus({ status: 'dead', attempts: 6, next_attempt_at: '2026-12-03T09:00:00Z' })).toBe('Not sent: gave up after 6 tries');
  });

  it('says when a retried message will be tried again', () => {
    expect(mailProblemStatus({ status: 'queued', attempts: 2, next_attempt_at: '2026-12-03T09:05:00Z' })).toMatch(
      /^Failed 2 tries; trying again 3 December 2026, 09:05$/,
    );
  });
});
