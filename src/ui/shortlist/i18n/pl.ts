import type { Translation } from '../../../i18n';
import { plural } from '../../../i18n';
import type en from './en';

export default {
  add: 'Dodaj do listy',
  remove: 'Usuń z listy',
  added: (p: { count: number }) =>
    plural(p.count, {
      one: 'Dodano. Twoja lista ma 1 wpis.',
      few: `Dodano. Twoja lista ma ${p.count} wpisy.`,
      many: `Dodano. Twoja lista ma ${p.count} wpisów.`,
      other: `Dodano. Twoja lista ma ${p.count} wpisu.`,
    }),
  removed: 'Usunięto z listy.',
  full: (p: { max: number }) => `Lista jest pełna (${p.max} wpisów). Usuń jedną, aby dodać kolejną.`,
  notSaved: 'Dodano na razie, ale ta przeglądarka nie zapisuje listy: wydrukuj ją, wyślij lub pobierz, zanim zamkniesz tę kartę.',
  navLink: 'Lista poleceń',
  navCount: (p: { count: number }) => plural(p.count, { one: '1 wpis', few: `${p.count} wpisy`, many: `${p.count} wpisów`, other: `${p.count} wpisu` }),
  qrLabel: (p: { name: string }) => `Kod QR: ${p.name}`,
  qrCaption: 'Zeskanuj, aby otworzyć ten wpis',
} satisfies Translation<typeof en>;
