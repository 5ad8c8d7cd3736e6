import type { Translation } from '../../../../i18n';
import { plural } from '../../../../i18n';
import type en from './en';

export default {
  title: 'Wyszukiwania, które znalazły niewiele',
  intro:
    'Wyszukiwania z ostatnich 4 tygodni skupione w tym okręgu, które dały mniej niż 3 wyniki, według tego, czego szukano. Liczba pojawia się dopiero wtedy, gdy pytały co najmniej 3 różne wizyty.',
  staffOnly: 'Widzą to tylko planiści i moderatorzy.',
  caption: 'Wyszukiwania, które znalazły niewiele w tym okręgu, ostatnie 4 tygodnie',
  term: 'Czego szukano',
  visits: 'Różne wizyty',
  visitCount: (p: { count: number; formatted: string }) =>
    plural(p.count, { one: `${p.formatted} wizyta`, few: `${p.formatted} wizyty`, many: `${p.formatted} wizyt`, other: `${p.formatted} wizyty` }),
  none: 'Żadne wyszukiwanie skupione w tym okręgu nie znalazło niewiele wystarczająco często, by to pokazać (co najmniej 3 różne wizyty), w ostatnich 4 tygodniach.',
  loadFailed: 'Nie udało się wczytać wyszukiwań, które znalazły niewiele. Odśwież stronę, aby spróbować ponownie.',
} satisfies Translation<typeof en>;
