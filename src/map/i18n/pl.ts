import type { Translation } from '../../i18n';
import type en from './en';

export default {
  mapKey: 'Legenda mapy',
  clusterHelp: 'Grupa miejsc: wybierz ją, aby przybliżyć',
  markedAs: (p: { code: string }) => `(oznaczenie ${p.code})`,
} satisfies Translation<typeof en>;
