// The pages a link in one of our e-mails opens: confirm a listing is still right, stop e-mails.
export default {
  confirmFailedTitle: 'This link cannot confirm the listing',
  confirmedTitle: 'Listing confirmed',
  confirming: 'Confirming the listing…',
  checkYourself: 'You can still check the listing yourself:',
  signInOrganisation: 'sign in and open your organisation',
  thankYou: 'Thank you',
  confirmedOn: (p: { date: string }) => ` is marked as still correct on ${p.date}. Residents see that it was checked recently.`,
  changedAfterAll: 'Something changed after all?',
  signInUpdate: 'Sign in and update it',

  stopTitle: 'Stop e-mails',
  working: 'Working…',
  kind_submission_received: 'e-mails about listings waiting for review',
  kind_check_due: 'reminders to check listings',
  kind_report_received: 'e-mails about problems residents report',
  kind_suggestion_received: 'e-mails about groups residents suggest',
  kind_other: 'e-mails of this kind',
  noMore: (p: { email: string; kind: string }) => `${p.email} will get no more ${p.kind}.`,
  stoppedStillReported: "Listings whose reminders are stopped still show on the moderators' report of listings not checked lately.",
  backToMap: 'Back to the map',
} as const;
