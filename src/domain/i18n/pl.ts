import { formatNumber, plural, type Translation } from '../../i18n';
import type en from './en';

const cap = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
/** Intl names weekdays in the nominative; "on Tuesday" takes the accusative (we/w …). */
const ON_DAY: Record<string, string> = {
  poniedziałek: 'w poniedziałek',
  wtorek: 'we wtorek',
  środa: 'w środę',
  czwartek: 'w czwartek',
  piątek: 'w piątek',
  sobota: 'w sobotę',
  niedziela: 'w niedzielę',
};
const ON_NEXT_DAY: Record<string, string> = {
  poniedziałek: 'w przyszły poniedziałek',
  wtorek: 'w przyszły wtorek',
  środa: 'w przyszłą środę',
  czwartek: 'w przyszły czwartek',
  piątek: 'w przyszły piątek',
  sobota: 'w przyszłą sobotę',
  niedziela: 'w przyszłą niedzielę',
};
/** The taxonomy's categories by slug; one added later shows its English label until named here. */
const CATEGORY_NAMES: Record<string, string> = {
  'food-support': 'Pomoc żywnościowa',
  'food-bank': 'Bank żywności',
  'mental-wellbeing': 'Zdrowie psychiczne i samopoczucie',
  'older-people': 'Seniorzy',
  'children-families': 'Dzieci i rodziny',
  youth: 'Młodzież',
  'advice-money': 'Porady i finanse',
  'employment-skills': 'Praca i umiejętności',
  jobcentre: 'Urząd pracy (Jobcentre)',
  'job-club': 'Klub pracy',
  'digital-inclusion': 'Umiejętności cyfrowe',
  'arts-culture': 'Sztuka i kultura',
  'sport-activity': 'Sport i aktywność fizyczna',
  'green-spaces': 'Parki i tereny zielone',
  park: 'Park',
  allotment: 'Działka lub ogród społeczny',
  faith: 'Wspólnoty wyznaniowe',
  'place-of-worship': 'Miejsce kultu',
  'community-venues': 'Miejsca spotkań',
  'community-centre': 'Dom kultury',
  health: 'Zdrowie',
  'gp-practice': 'Przychodnia lekarza rodzinnego (GP)',
  pharmacy: 'Apteka',
  dentist: 'Dentysta',
  hospital: 'Szpital',
  carers: 'Opiekunowie',
  'carers-support-group': 'Grupa wsparcia dla opiekunów',
  disability: 'Niepełnosprawność',
  volunteering: 'Wolontariat',
  housing: 'Mieszkanie i bezdomność',
  learning: 'Nauka',
  library: 'Biblioteka',
  school: 'Szkoła',
  college: 'Szkoła policealna (college)',
  'adult-learning': 'Nauka dla dorosłych',
  care: 'Opieka',
  'care-home': 'Dom opieki',
  'care-at-home': 'Opieka domowa',
  'community-safety': 'Bezpieczeństwo',
  'fire-station': 'Straż pożarna',
  'police-station': 'Posterunek policji',
  'local-services': 'Usługi lokalne',
  'post-office': 'Poczta',
  'public-toilets': 'Toalety publiczne',
};
const FEMININE_DAYS = new Set(['środa', 'sobota', 'niedziela']);

function walk(p: { minutes: number }): string {
  if (p.minutes < 60) return `${p.minutes} ${plural(p.minutes, { one: 'minuta', few: 'minuty', many: 'minut', other: 'minuty' })} pieszo`;
  const rest = p.minutes - 60;
  return rest === 0 ? '1 godzina pieszo' : `1 godz. ${rest} min pieszo`;
}

export default {
  kind_place: 'Miejsce',
  kind_group: 'Grupa',
  kind_service: 'Usługa',
  kinds_place: 'Miejsca',
  kinds_group: 'Grupy',
  kinds_service: 'Usługi',

  age_children: 'Dzieci (0–11)',
  age_young_people: 'Młodzież (12–25)',
  age_adults: 'Dorośli (18–64)',
  age_older_people: 'Seniorzy (65+)',

  access_step_free: 'Dostęp bez schodów',
  access_accessible_toilet: 'Toaleta dla osób z niepełnosprawnościami',
  access_hearing_loop: 'Pętla indukcyjna',
  access_accessible_parking: 'Parking dla osób z niepełnosprawnościami',
  access_bsl: 'Brytyjski język migowy (BSL)',
  access_large_print: 'Informacje dużą czcionką',
  access_quiet_space: 'Ciche miejsce',
  access_assistance_dogs: 'Psy asystujące mile widziane',

  free: 'Bezpłatne',
  mayCharge: 'Może być płatne',

  staleUnconfirmed: 'Zaimportowane, jeszcze niepotwierdzone',
  staleNever: 'Dane nigdy niesprawdzone',
  staleYear: 'Niesprawdzane od ponad roku',
  checkedNotYet: (p: { imported: string }) => `Jeszcze nie: ${p.imported}`,
  checkedNever: 'Nigdy',
  checkedByPartner: (p: { day: string; source: string | null }) => `${p.day}, ${p.source ? `według: ${p.source}` : 'według partnera, który je dostarczył'}`,
  checkedByOrganisation: (p: { day: string }) => `${p.day}, przez organizację`,
  checkedByModerator: (p: { day: string }) => `${p.day}, przez moderatora z urzędu`,
  imported: (p: { on: string | null; source: string | null }) => `zaimportowane${p.on ? ` ${p.on}` : ''}${p.source ? ` z: ${p.source}` : ''}`,
  freshUnconfirmed: (p: { imported: string }) => `${cap(p.imported)}, jeszcze niepotwierdzone przez organizację. Skontaktuj się z nimi przed wizytą.`,
  freshNever: 'Te dane nie zostały sprawdzone. Skontaktuj się z nimi przed wizytą.',
  freshChecked: (p: { when: string }) => `Dane sprawdzone: ${p.when}`,
  freshStale6: (p: { when: string }) => `Dane ostatnio sprawdzone: ${p.when}. Mogły się zmienić.`,
  freshStale12: (p: { when: string }) => `Dane ostatnio sprawdzone: ${p.when}, ponad rok temu. Skontaktuj się z nimi przed wizytą.`,

  summaryCount: (p: { count: number }) => `${formatNumber(p.count)} ${plural(p.count, { one: 'wynik', few: 'wyniki', many: 'wyników', other: 'wyniku' })}`,
  summaryCloseTo: (p: { q: string }) => ` zbliżonych do „${p.q}” (żaden nie zawiera wszystkich słów)`,
  summaryFor: (p: { q: string }) => ` dla „${p.q}”`,
  summaryNear: (p: { place: string }) => ` w pobliżu: ${p.place}`,
  summaryFilters: (p: { count: number }) => `, zastosowano ${p.count} ${plural(p.count, { one: 'filtr', few: 'filtry', many: 'filtrów', other: 'filtra' })}`,
  yourLocation: 'Twoja lokalizacja',

  metres: (p: { metres: number }) => `${p.metres} m`,
  kilometres: (p: { km: number; decimals: number }) => `${formatNumber(p.km, { minimumFractionDigits: p.decimals, maximumFractionDigits: p.decimals })} km`,
  walk,
  distanceAndWalk: (p: { distance: string; minutes: number }) =>
    p.minutes < 60 ? `${p.distance}, około ${p.minutes} ${plural(p.minutes, { one: 'minuty', other: 'minut' })} pieszo` : `${p.distance}, około ${walk(p)}`,
  withinAboutOneKm: 'w promieniu około 1 km',
  aboutKm: (p: { km: number }) => `około ${p.km} km`,
  privateAddress: 'Spotkania pod prywatnym adresem: o adres zapytaj organizatorów',
  generalArea: 'Przybliżona okolica: spotkania pod prywatnym adresem',

  time: (p: { hours: number; minutes: number }) => `${p.hours}:${String(p.minutes).padStart(2, '0')}`,
  hoursClosed: 'zamknięte',
  hours24: 'całą dobę',
  hoursRange: (p: { from: string; to: string }) => `${p.from}–${p.to}`,
  hoursMayVary: ' (godziny mogą się różnić)',
  hoursJoin: ' oraz ',
  dayRun: (p: { from: string; to: string }) => `${p.from}–${p.to}`,
  listAnd: (p: { items: string[] }) => (p.items.length === 1 ? p.items[0] : `${p.items.slice(0, -1).join(', ')} i ${p.items[p.items.length - 1]}`),
  everyDay24: 'Całą dobę, codziennie',
  everyDay: 'Codziennie',
  dayLine: (p: { days: string; text: string }) => `${cap(p.days)}: ${p.text}`,
  ordinal_0: '1.',
  ordinal_1: '2.',
  ordinal_2: '3.',
  ordinal_3: '4.',
  ordinal_4: '5.',
  ordinal_last: 'ostatni',
  monthlyLine: (p: { which: string; day: string; text: string }) =>
    `${cap(p.day)} (${FEMININE_DAYS.has(p.day) ? p.which.replace('ostatni', 'ostatnia') : p.which} w miesiącu): ${p.text}`,
  closed: 'Zamknięte',
  closedOtherDays: 'W pozostałe dni zamknięte',
  seasonal: 'Godziny zmieniają się w ciągu roku. Najbliższe 7 dni:',
  dateLine: (p: { date: string; text: string }) => `${cap(p.date)}: ${p.text}`,
  closedBankHolidays: 'W dni ustawowo wolne zamknięte',
  bankHolidays: (p: { text: string }) => `Dni ustawowo wolne: ${p.text}`,
  closesOpens: (p: { open: boolean; when: string }) => `${p.open ? 'Zamknięcie' : 'Otwarcie'} ${p.when}`,
  whenToday: (p: { at: string }) => `o ${p.at}`,
  whenMidnight: 'o północy',
  whenTomorrow: (p: { at: string }) => `jutro o ${p.at}`,
  whenThisWeek: (p: { day: string; at: string }) => `${ON_DAY[p.day] ?? p.day} o ${p.at}`,
  whenNextWeek: (p: { day: string; at: string }) => `${ON_NEXT_DAY[p.day] ?? p.day} o ${p.at}`,
  whenLater: (p: { date: string; at: string }) => `${p.date} o ${p.at}`,

  categoryName: (p: { slug: string; label: string }) => CATEGORY_NAMES[p.slug] ?? p.label,

  relaxQuery: (p: { q: string }) => `Wyczyść wyszukiwanie „${p.q}”`,
  relaxCategories: 'Pokaż wszystkie kategorie',
  relaxKinds: 'Pokaż miejsca, grupy i usługi',
  relaxOpenNow: 'Uwzględnij miejsca teraz zamknięte',
  relaxOpenOn: (p: { day: string; date: string | null; time: string | null }) =>
    `Uwzględnij miejsca nieczynne ${ON_DAY[p.day] ?? p.day}${p.date ? ` ${p.date}` : ''}${p.time ? ` o ${p.time}` : ''}`,
  relaxFree: 'Uwzględnij płatne',
  relaxAges: 'Pokaż wszystkie grupy wiekowe',
  relaxReach: 'Szukaj ponownie na większym obszarze',
  relaxAccess: (p: { name: string }) => `Pokaż miejsca bez udogodnienia: ${p.name}`,
  // checkPostcode (src/domain/postcodes): what is wrong with a typed postcode
  postcodeEmpty: 'Nie wpisano kodu pocztowego.',
  postcodeBadCharacters: (p: { raw: string }) => `Kod pocztowy „${p.raw}” zawiera znaki inne niż litery, cyfry i jedna spacja (powinien wyglądać np. tak: „WN1 1AA”).`,
  postcodeNoDigits: (p: { raw: string }) => `„${p.raw}” nie jest kodem pocztowym: brytyjski kod pocztowy składa się z liter i cyfr, np. „WN1 1AA”.`,
  postcodeDistrictOnly: (p: { raw: string; district: string }) => `Kod pocztowy „${p.raw}” to tylko okręg; dopisz trzy ostatnie znaki (np. „${p.district} 1AA”).`,
  postcodeTooShort: (p: { raw: string }) => `Kod pocztowy „${p.raw}” jest za krótki (powinien wyglądać np. tak: „WN1 1AA”).`,
  postcodeTooLong: (p: { raw: string }) =>
    `Kod pocztowy „${p.raw}” jest za długi: brytyjski kod pocztowy ma od 5 do 7 liter i cyfr (powinien wyglądać np. tak: „WN1 1AA”).`,
  postcodeBadInward: (p: { raw: string; inward: string; letterO: boolean }) =>
    `Kod pocztowy „${p.raw}”: ostatnia część „${p.inward}” musi składać się z cyfry i dwóch liter innych niż C, I, K, M, O i V, np. „1AA”${p.letterO ? ' (czy zamiast zera nie wpisano litery O?)' : ''}.`,
  postcodeBadOutward: (p: { raw: string; outward: string }) =>
    `Kod pocztowy „${p.raw}”: „${p.outward}” nie jest brytyjskim okręgiem pocztowym (powinien wyglądać np. tak: „WN1”, „M1”, „WA10” lub „EC1A”).`,
} satisfies Translation<typeof en>;
