// What the staleness report says about the reminders sent for a listing, so a moderator knows
// whether to wait or to chase, and whom.
import type { StaleAsset } from '../../backend/api';
import { formatDate } from '../../ui/formatChange';

type Reminded = Pick<StaleAsset, 'reminders_sent' | 'last_reminded_at' | 'unanswered' | 'contacts'>;

export function reminderStatus(a: Reminded): string {
  if (a.reminders_sent === 0 || !a.last_reminded_at) return 'Not reminded yet';
  const when = formatDate(a.last_reminded_at);
  if (!a.unanswered) return a.reminders_sent === 1 ? `Reminded on ${when}` : `Reminded twice, last on ${when}`;
  return a.contacts.length
    ? `No answer to two reminders (last on ${when}): contact ${a.contacts.join(', ')}`
    : `No answer to two reminders (last on ${when}), and nobody to contact: the organisation has no members`;
}
