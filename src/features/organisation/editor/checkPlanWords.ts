// The check cadences an organisation can pick, and the reminders sent, in words.
import type { CheckEvery, CheckPlan } from '../../../backend/api';
import { formatDate } from '../../../ui/formatChange';

export const CHECK_EVERY: { months: CheckEvery; label: string }[] = [
  { months: 1, label: 'Every month' },
  { months: 3, label: 'Every 3 months' },
  { months: 6, label: 'Every 6 months' },
  { months: 12, label: 'Every year' },
  { months: 24, label: 'Rarely changes (every 2 years)' },
];

/** The reminders sent about the current check, in words. */
export function remindersInWords(plan: CheckPlan): string {
  const last = plan.reminders.at(-1);
  if (!last) return `The next reminder goes when the check is due, on ${formatDate(plan.due_at)}.`;
  return `${plan.reminders.length === 1 ? 'A reminder was' : 'Two reminders were'} sent, the last on ${formatDate(last.sent_at)}. Confirm the listing to stop them.`;
}
