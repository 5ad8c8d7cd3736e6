import type { Translation } from '../../i18n';
import type en from './en';

export default {
  mapKey: 'Legenda mapy',
  clusterHelp: 'Grupa miejsc: wybierz ją, aby przybliżyć',
  markedAs: (p: { code: string }) => `(oznaczenie ${p.code})`,
  // basemapPrivacyNotice (src/map/basemapSetting)
  basemapOffline: 'Mapy są rysowane z plików na tej stronie: nie łączymy się z żadnym serwisem map.',
  basemapOnline: (p: { who: string }) =>
    `Mapy ulic są pobierane z ${p.who}, który widzi Twój adres IP i fragment mapy, który oglądasz. ` +
    'Jeśli ten serwis jest niedostępny, zamiast tego pokażemy prostszą mapę z tej strony.',
} satisfies Translation<typeof en>;
