// What the Outbox page shows of each message: its kind in words, and who the messages went to.
import type { OutboxMessage } from '../../backend/api';
import { t } from './i18n';

/** The kinds of message the outbox holds (app.outbox's kind check); each is `kind_<kind>` in the dictionary. */
export const OUTBOX_KINDS = [
  'submission_received',
  'decision',
  'invitation',
  'check_due',
  'check_overdue',
  'report_received',
  'report_forwarded',
  'report_resolved',
  'suggestion_received',
  'suggestion_handled',
] as const;

type OutboxKind = (typeof OUTBOX_KINDS)[number];

function isOutboxKind(kind: string): kind is OutboxKind {
  return (OUTBOX_KINDS as readonly string[]).includes(kind);
}

export function kindInWords(kind: string): string {
  return isOutboxKind(kind) ? t(`kind_${kind}`) : kind.replace(/_/g, ' ');
}

/** Every recipient, alphabetically, with how many messages each has. */
export function recipients(messages: readonly OutboxMessage[]): { email: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(m.to_email, (counts.get(m.to_email) ?? 0) + 1);
  return [...counts].map(([email, count]) => ({ email, count })).sort((a, b) => a.email.localeCompare(b.email));
}

/** The message's text without its footer (sign-off and unsubscribe line), which the page shows as a link. */
export function bodyText(m: Pick<OutboxMessage, 'text_body'>): string {
  const footer = m.text_body.indexOf('\n\n-- \n');
  return footer === -1 ? m.text_body : m.text_body.slice(0, footer);
}

/** A link in a message: a path opens in this app; a full address (a hosted site's) as it is. */
export function isAppPath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}
