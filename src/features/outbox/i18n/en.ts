// The outbox, local mode only (src/features/outbox/OutboxPage.tsx).
import { plural } from '../../../i18n';

export default {
  title: 'Outbox',
  hostedSite: 'This site sends its e-mail for real, so it has no outbox page. Moderators see any e-mail that could not be delivered on the review pages.',
  noneDue: 'No listing is due for a check reminder now.',
  remindersWritten: (p: { count: number }) =>
    plural(p.count, { one: `${p.count} reminder e-mail written, at the top of the list.`, other: `${p.count} reminder e-mails written, at the top of the list.` }),
  remindersFailed: (p: { reason: string }) => `The reminders could not be written: ${p.reason}`,
  introKept:
    'In local mode nothing is e-mailed. Every message the app would have sent is kept here instead, newest first. Its links work, so you can open one as the person it was written to would.',
  introReminders:
    "On a hosted site, the day's check reminders are written each morning. Here you can write them now: organisations are reminded of listings due for a check, and again two weeks later.",
  writeReminders: 'Write the check reminders due now',
  unreadable: (p: { reason: string }) => `The outbox could not be read: ${p.reason}`,
  loading: 'Loading the outbox…',
  showTo: 'Show messages to',
  everyone: (p: { count: number }) => `Everyone (${p.count})`,
  newestShown: (p: { count: number }) => `Showing the newest ${p.count} messages.`,
  empty: "No messages yet. Submitting a listing, a moderator's decision or an invitation writes one.",
  to: 'To ',
  optional: ' (optional: they can stop these)',
  linksIn: (p: { subject: string }) => `Links in “${p.subject}”`,
  stopThese: 'Stop these e-mails',
  // outboxView: each kind of message (app.outbox's kind check)
  kind_submission_received: 'Listing to review',
  kind_decision: 'Decision',
  kind_invitation: 'Invitation',
  kind_check_due: 'Check reminder',
  kind_check_overdue: 'Second check reminder',
  kind_report_received: 'Problem reported',
  kind_report_forwarded: 'Problem passed on',
  kind_report_resolved: 'Report answered',
  kind_suggestion_received: 'Group suggested',
  kind_suggestion_handled: 'Suggestion answered',
} as const;
