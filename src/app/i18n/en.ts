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
  signOut: 'Sign out',
  /** A link to a ward's neighbourhood page, e.g. on a listing. */
  wardLink: (p: { name: string }) => `${p.name} ward`,
} as const;
