import type { Translation } from '../../../i18n';
import type en from './en';

export default {
  offline: 'Jesteś offline — pokazujemy zapisane wpisy.',
  offlineDetail: 'Wyszukiwanie i wpisy nadal działają. Logowanie, wysłanie zgłoszenia i mapa ulic wymagają połączenia.',
  updateReady: 'Nowa wersja Common Ground jest gotowa.',
  updateReload: 'Odśwież, aby zaktualizować',
  updating: 'Aktualizowanie…',
} satisfies Translation<typeof en>;
