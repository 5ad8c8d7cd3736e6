// How a message the sender could not deliver reads in the moderators' list.
import type { MailProblem } from '../../backend/api';
import { formatDateTime } from '../../ui/formatChange';
import { t } from './i18n';

export function mailProblemStatus(m: Pick<MailProblem, 'status' | 'attempts' | 'next_attempt_at'>): string {
  if (m.status === 'dead') return t('mailDead', { attempts: m.attempts });
  if (m.status === 'sending') return t('mailSending', { attempts: m.attempts });
  return t('mailRetrying', { attempts: m.attempts, when: formatDateTime(m.next_attempt_at) });
}
