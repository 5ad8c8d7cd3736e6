// The frame around every page (src/app/Shell.tsx).
export default {
  skipToMain: 'Skip to main content',
  brand: 'Common Ground',
  mainNav: 'Main',
  find: 'Find',
  yourOrganisation: 'Your organisation',
  review: 'Review',
  import: 'Import',
  coverage: 'Coverage',
  about: 'About',
  signIn: 'Sign in',
  language: 'Language',
  signOut: 'Sign out',
  /** A link to a ward's neighbourhood page, e.g. on a listing. */
  wardLink: (p: { name: string }) => `${p.name} ward`,

  // LocalModeBanner
  localMode: 'Local mode',
  localModeLead: 'Local mode — sample data.',
  localModeBody: 'Everything runs in your browser; assets and organisations are made up. No e-mail is sent: see the',
  outbox: 'outbox',
  actingAs: 'Acting as',
  resetDatabase: 'Reset local database',
  reloadPage: 'Reload this page',
  resetWarning: 'Anything you added or changed in this browser will be lost.',
  dbStarting: 'Starting the local database…',
  dbStep: (p: { step: number; of: number; what: string }) => `Step ${p.step} of ${p.of}: ${p.what}.`,
  step_waiting: 'loading the database engine',
  step_checking: 'checking the copy kept in this browser',
  step_loadingSnapshot: 'downloading the sample data (first visit only)',
  step_opening: 'opening the copy kept in this browser',
  step_migrating: 'bringing it up to date',

  // NotFoundPage
  notFoundTitle: 'Page not found',
  notFoundBody: 'If you typed the web address, check it is correct. If you followed a link, the listing may have been removed.',
  notFoundLink: 'Find groups, places and services',
} as const;
