import type { Translation } from '../../i18n';
import type en from './en';

export default {
  skipToMain: 'Przejdź do treści',
  brand: 'Common Ground',
  mainNav: 'Główne',
  find: 'Szukaj',
  yourOrganisation: 'Twoja organizacja',
  review: 'Przegląd',
  import: 'Import',
  coverage: 'Zasięg',
  about: 'O serwisie',
  signIn: 'Zaloguj się',
  language: 'Język',
  signOut: 'Wyloguj się',
} satisfies Translation<typeof en>;
