import { formatNumber, plural, type Translation } from '../../../i18n';
import type en from './en';

const characters = (n: number) => plural(n, { one: 'znak', few: 'znaki', many: 'znaków', other: 'znaku' });

export default {
  trapLabel: 'Zostaw to pole puste',
  emailLabel: 'Twój adres e-mail (nieobowiązkowo)',
  emailHint: 'Tylko jeśli chcesz otrzymać odpowiedź. Użyjemy go raz, aby powiedzieć Ci, co się stało, a potem go usuniemy.',

  reportThanksTitle: 'Dziękujemy za zgłoszenie',
  reportMissingTitle: 'Nie znaleziono wpisu',
  reportTitle: (p: { name: string | null }) => `Zgłoś problem: ${p.name ?? 'wpis'}`,
  backToListing: '‹ Wróć do wpisu',
  reportMissingBody: 'Pod tym adresem nie ma opublikowanego wpisu, więc nie ma czego zgłaszać. Być może został już zamknięty lub usunięty.',
  searchLink: 'Szukaj lokalnych grup, miejsc i usług',
  reportThanksBody: 'Moderator z urzędu gminy to sprawdzi. Inne osoby będą widzieć, że zgłoszono problem, dopóki nie zostanie rozwiązany.',
  reportThanksEmail: 'Napiszemy do Ciebie, gdy sprawa zostanie załatwiona, a potem usuniemy Twój adres.',
  backToName: (p: { name: string | null }) => `Wróć do: ${p.name ?? 'wpisu'}`,
  reportHeading: 'Zgłoś problem',
  reportHeadingWith: (p: { name: string }) => ` z wpisem ${p.name}`,
  reportIntro: 'Napisz nam, co jest nie tak, a moderator z urzędu gminy sprawdzi to z osobami, które to prowadzą. Nie musisz się logować.',
  reasonLegend: 'Co jest nie tak?',
  detailsLabel: 'Szczegóły',
  detailsOptionalLabel: 'Szczegóły (nieobowiązkowo)',
  detailsHint: 'Co powinno być napisane zamiast tego? Nie podawaj niczyich danych osobowych.',
  charactersTooMany: (p: { count: number }) => `O ${formatNumber(p.count)} ${characters(p.count)} za dużo`,
  charactersLeft: (p: { count: number }) => `Pozostało: ${formatNumber(p.count)} ${characters(p.count)}`,
  sendReport: 'Wyślij zgłoszenie',

  suggestThanksTitle: 'Dziękujemy za propozycję',
  suggestTitle: 'Zaproponuj grupę, miejsce lub usługę',
  backToMap: '‹ Wróć do mapy',
  suggestThanksBody: 'Moderator z urzędu gminy to sprawdzi i, jeśli pasuje, doda to do mapy.',
  suggestThanksEmail: 'Napiszemy do Ciebie, gdy propozycja zostanie sprawdzona, a potem usuniemy Twój adres.',
  suggestAgain: 'Zaproponuj coś jeszcze',
  suggestIntro:
    'Znasz coś w okolicy, czego nie ma na mapie? Opowiedz nam o tym, a moderator z urzędu gminy się tym zajmie. Nie musisz się logować, a wymagana jest tylko nazwa.',
  runItYourself: 'Prowadzisz to sam(a)?',
  registerLink: 'Zarejestruj swoją organizację',
  registerAfter: ' i dodaj wpis bezpośrednio.',
  nameLabel: 'Jak to się nazywa?',
  descriptionLabel: 'Co to jest? (nieobowiązkowo)',
  descriptionHint: 'Co się tam dzieje i dla kogo to jest.',
  placeLabel: 'Gdzie to jest? (nieobowiązkowo)',
  placeHint: 'Adres, kod pocztowy lub opis, np. „sala parafialna przy Market Street”.',
  timesLabel: 'Kiedy to się odbywa? (nieobowiązkowo)',
  timesHint: 'Na przykład „czwartki od 14:00 do 16:00”.',
  contactLabel: 'Jak się z tym skontaktować? (nieobowiązkowo)',
  contactHint: 'Numer telefonu, strona internetowa lub adres e-mail, które są już publiczne.',
  sendSuggestion: 'Wyślij propozycję',
} satisfies Translation<typeof en>;
