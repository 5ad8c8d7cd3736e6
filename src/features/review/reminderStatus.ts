// What the staleness report says about the reminders sent for a listing, so a moderator knows
// whether to wait or to chase, and whom.
import type { StaleAsset } from '../../backend/api';
import { formatDate } from '../../ui/formatChange';
import { t } from './i18n';

type Reminded = Pick<StaleAsset, 'reminders_sent' | 'last_reminded_at' | 'unanswered' | 'contacts'>;

export function reminderStatus(a: Reminded): string {
  if (a.reminders_sent === 0 || !a.last_reminded_at) return t('notReminded');
  const when = formatDate(a.last_reminded_at);
  if (!a.unanswered) return a.reminders_sent === 1 ? t('remindedOnce', { when }) : t('remindedTwice', { when });
  return a.contacts.length ? t('unansweredContact', { when, contacts: a.contacts.join(', ') }) : t('unansweredNobody', { when });
}
