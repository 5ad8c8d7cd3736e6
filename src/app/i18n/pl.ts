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
  wardLink: (p: { name: string }) => `Okręg ${p.name}`,

  localMode: 'Tryb lokalny',
  localModeLead: 'Tryb lokalny — przykładowe dane.',
  localModeBody: 'Wszystko działa w Twojej przeglądarce; miejsca i organizacje są zmyślone. Żadne e-maile nie są wysyłane: zobacz',
  outbox: 'skrzynkę nadawczą',
  actingAs: 'Działasz jako',
  resetDatabase: 'Wyczyść lokalną bazę danych',
  reloadPage: 'Wczytaj stronę ponownie',
  resetWarning: 'Wszystko, co dodano lub zmieniono w tej przeglądarce, zostanie utracone.',
  dbStarting: 'Uruchamianie lokalnej bazy danych…',
  dbStep: (p: { step: number; of: number; what: string }) => `Krok ${p.step} z ${p.of}: ${p.what}.`,
  step_waiting: 'wczytywanie silnika bazy danych',
  step_checking: 'sprawdzanie kopii zapisanej w tej przeglądarce',
  step_loadingSnapshot: 'pobieranie przykładowych danych (tylko przy pierwszej wizycie)',
  step_opening: 'otwieranie kopii zapisanej w tej przeglądarce',
  step_migrating: 'aktualizowanie',

  notFoundTitle: 'Nie znaleziono strony',
  notFoundBody: 'Jeśli adres został wpisany ręcznie, sprawdź, czy jest poprawny. Jeśli prowadził do niego link, wpis mógł zostać usunięty.',
  notFoundLink: 'Znajdź grupy, miejsca i usługi',
} satisfies Translation<typeof en>;
