import type { Translation } from '../../../i18n';
import type en from './en';

export default {
  title: 'O serwisie',
  heading: 'O Common Ground',
  intro:
    'Common Ground to otwarta mapa lokalnych grup, miejsc spotkań i usług. Aktualizują ją prowadzące je organizacje wolontariackie, społeczne, wyznaniowe i przedsiębiorstwa społeczne, a sprawdzają moderatorzy z urzędu.',
  localCopy: 'Ta kopia działa w całości w Twojej przeglądarce.',
  missingHeading: 'Czegoś brakuje lub coś się nie zgadza?',
  missingBefore: 'Znasz grupę, miejsce lub usługę, której nie ma na mapie?',
  suggestIt: 'Zaproponuj ją',
  missingAfter: '. Jeśli wpis jest błędny, użyj „Zgłoś problem” na dole jego strony. W żadnym z tych przypadków nie trzeba się logować.',
  dataHeading: 'Źródła danych',
  dataReal: 'Granice okręgów i okolic, dane o ludności i deprywacji oraz kody pocztowe to prawdziwe otwarte dane dla gminy Wigan.',
  deprivation:
    'Deprywacja to angielskie wskaźniki deprywacji (English Indices of Deprivation) z 2019 r. (decyl 1 to najbardziej zdeprywowana dziesiąta część okolic w Anglii). Ludność to szacunek ONS z połowy 2015 r., używany przez te wskaźniki.',
  privacyHeading: 'Prywatność',
  drafts:
    'Gdy rejestrujesz organizację lub edytujesz wpis, to, co wpisano, ale jeszcze nie zapisano, jest przechowywane w tej przeglądarce, aby ponowne wczytanie lub zamknięta karta tego nie utraciły. Jest to tylko dla Ciebie, nigdy nie jest nigdzie wysyłane i zostaje zapomniane, gdy zapiszesz, odrzucisz lub się wylogujesz.',
  email:
    'Jeśli zgłaszasz problem lub coś proponujesz i zostawiasz adres e-mail, używamy go raz, aby powiedzieć Ci, co się stało, a potem go usuwamy. Aby powstrzymać automatyczne wiadomości, przez jeden dzień przechowujemy zaszyfrowany kod (nigdy Twój adres internetowy), aby policzyć, ile wiadomości pochodzi z jednego miejsca.',
  sampleNotice: 'Obiekty i organizacje to fikcyjne przykłady, a nie prawdziwe usługi.',
} satisfies Translation<typeof en>;
