import type { Translation } from '../../../i18n';
import { formatNumber, plural } from '../../../i18n';
import type en from './en';

export default {
  listTitle: 'Okolice',
  listIntro: 'Każdy okręg (ward) gminy ma własną stronę: grupy, miejsca i usługi w nim, kto tu mieszka i jak daleko ludzie mają do potrzebnej pomocy.',
  noWardNamed: (p: { name: string }) => `Nie ma okręgu o nazwie „${p.name}”. Wybierz jeden z poniższej listy.`,
  loading: 'Wczytywanie okolicy…',
  loadFailed: (p: { reason: string }) => `Nie udało się wczytać danych okolicy (${p.reason}). Odśwież stronę, aby spróbować ponownie.`,
  notFoundTitle: 'Nie znaleziono okolicy',
  notFoundText: (p: { code: string }) => `Nie ma okręgu o kodzie „${p.code}”. Link może być nieaktualny lub błędnie wpisany.`,
  allWards: 'Zobacz wszystkie okolice',
  wardTitle: (p: { name: string }) => `Okręg ${p.name}`,
  wardIntro: 'Grupy, miejsca i usługi w tym okręgu, kto tu mieszka i jak daleko ludzie mają do potrzebnej pomocy.',
  wardCode: (p: { code: string }) => `Kod okręgu ${p.code}`,
  share: 'Skopiuj link do tej strony',
  shareCopied: 'Link skopiowany. Wklej go, aby udostępnić tę stronę.',
  shareManual: (p: { url: string }) => `Skopiuj ten link, aby udostępnić tę stronę: ${p.url}`,
  print: 'Wydrukuj ulotkę',
  keyFigures: 'Najważniejsze liczby',
  residents: 'Mieszkańcy',
  listings: 'Wpisy',
  smallAreas: 'Małe obszary (LSOA)',
  mostDeprived: 'Mieszkańcy najuboższej piątej części Anglii',
  peopleTitle: 'Kto tu mieszka',
  peopleText: (p: { population: number; lsoas: number }) =>
    `Mieszka tu ${formatNumber(p.population)} ${plural(p.population, { one: 'osoba', few: 'osoby', many: 'osób', other: 'osoby' })}, w ${formatNumber(p.lsoas)} ${plural(p.lsoas, { one: 'małym obszarze', other: 'małych obszarach' })} (LSOA, po około 1500 osób).`,
  deprivationText: (p: { people: number; lsoas: number }) =>
    p.lsoas === 0
      ? 'Żaden z jego małych obszarów nie należy do najuboższej piątej części Anglii (decyle 1 i 2 Indeksu Wielorakiej Deprywacji 2019).'
      : `${formatNumber(p.lsoas)} z jego małych obszarów (${formatNumber(p.people)} mieszkańców) ${plural(p.lsoas, { one: 'należy', few: 'należą', many: 'należy', other: 'należy' })} do najuboższej piątej części Anglii (decyle 1 i 2 Indeksu Wielorakiej Deprywacji 2019).`,
  agesCaption: (p: { population: number }) =>
    `Mieszkańcy według wieku, szacunki z połowy 2015 r. (łącznie ${formatNumber(p.population)} ${plural(p.population, { one: 'osoba', few: 'osoby', many: 'osób', other: 'osoby' })})`,
  colAge: 'Wiek',
  colPeople: 'Osoby',
  colShare: 'Udział wśród mieszkańców',
  age_0_15: '0–15 lat',
  age_16_59: '16–59 lat',
  age_60_plus: '60 lat i więcej',
  peopleShare: (p: { people: number; share: number }) =>
    `${formatNumber(p.people)} (${formatNumber(p.share, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })})`,
  agesNote:
    'Wiek pochodzi z szacunków Urzędu Statystyk Narodowych (ONS) na połowę 2015 r., czyli z ludności, na której liczony jest Indeks Wielorakiej Deprywacji 2019: to najnowsze dane dla małych obszarów w otwartych danych dołączonych do tej mapy. Liczby okręgu są sumą liczb jego małych obszarów.',
  agesPrint: 'Mieszkańcy według wieku (szacunki z połowy 2015 r.)',
  lsoaCaption: 'Małe obszary (LSOA), od najuboższych',
  colArea: 'Mały obszar',
  colPopulation: 'Ludność',
  colDecile: 'Decyl deprywacji (1 = najuboższe 10% Anglii)',
  unknown: 'brak danych',
  listingsTitle: 'Grupy, miejsca i usługi w okolicy',
  listingsNone: 'W tym okręgu nie ma jeszcze żadnych wpisów.',
  otherCategory: 'Inne',
  categoryCount: (p: { count: number }) => `${formatNumber(p.count)} ${plural(p.count, { one: 'wpis', few: 'wpisy', many: 'wpisów', other: 'wpisu' })}`,
  moreOnline: (p: { count: number }) => `i ${formatNumber(p.count)} więcej na stronie`,
  qrCategory: (p: { category: string; ward: string }) => `Kod QR: ${p.category} w okręgu ${p.ward}`,
  qrPage: (p: { ward: string }) => `Kod QR strony okręgu ${p.ward}`,
  printFooter: (p: { url: string }) => `Zeskanuj kod lub wejdź na ${p.url}, aby zobaczyć wszystkie wpisy z godzinami otwarcia, kontaktem i dojazdem.`,
  coverageTitle: 'Jak daleko ludzie mają do pomocy',
  coverageIntro: (p: { distance: number }) =>
    `Dla każdej usługi: ilu mieszkańców mieszka w promieniu ${formatNumber(p.distance)} m w linii prostej (około 10 minut pieszo) od najbliższego wpisu, gdziekolwiek się znajduje, a ilu dalej. Te same liczby widzą planiści rady dla tego okręgu.`,
  coverageWorking: (p: { done: number; total: number }) => `Obliczanie… ${formatNumber(p.done)} z ${formatNumber(p.total)}`,
  coverageFailed: (p: { reason: string }) => `Nie udało się obliczyć liczb (${p.reason}). Odśwież stronę, aby spróbować ponownie.`,
  coverageCaption: (p: { population: number }) => `Dostęp do każdej usługi dla ${formatNumber(p.population)} mieszkańców liczonych według kodów pocztowych`,
  colService: 'Usługa',
  colWithin: '% w zasięgu',
  colOutOfReach: 'Osoby poza zasięgiem',
  colOutDeprived: 'W tym w najuboższej piątej części',
  colHere: 'Wpisy w okręgu',
  nobodyLives: 'nikt tu nie mieszka',
  nearbyTitle: 'Sąsiednie okręgi',
  closestTitle: 'Najbliższe okręgi',
  wardLink: (p: { name: string }) => `Okręg ${p.name}`,
} satisfies Translation<typeof en>;
