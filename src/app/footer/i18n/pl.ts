import type { Translation } from '../../../i18n';
import type en from './en';

export default {
  footerNav: 'Linki pomocnicze',
  accessibility: 'Deklaracja dostępności',
  privacy: 'Informacja o prywatności',
  contact: 'Kontakt',
} satisfies Translation<typeof en>;
