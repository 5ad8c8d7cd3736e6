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
} as const;
