// How a message the sender could not deliver reads in the moderators' list.
import type { MailProblem } from '../../backend/api';
import { formatDateTime } from '../../ui/formatChange';

export function mailProblemStatus(m: Pick<MailProblem, 'status' | 'attempts' | 'next_attempt_at'>): string {
  const tries = `${m.attempts} ${m.attempts === 1 ? 'try' : 'tries'}`;
  if (m.status === 'dead') return `Not sent: gave up after ${tries}`;
  if (m.status === 'sending') return `Being sent now (try ${m.attempts})`;
  return `Failed ${tries}; trying again ${formatDateTime(m.next_attempt_at)}`;
}
