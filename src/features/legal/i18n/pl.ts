import type { Translation } from '../../../i18n';
import type en from './en';

export default {
  sampleNotice: 'To jest wersja przykładowa: poniższe dane kontaktowe są tymczasowe, dopóki rada prowadząca serwis nie poda własnych.',
  emailLink: (p: { email: string }) => p.email,

  a11yTitle: 'Deklaracja dostępności',
  a11yIntro: (p: { council: string }) => `Ta deklaracja dotyczy serwisu Common Ground, mapy zasobów lokalnej społeczności prowadzonej przez ${p.council}.`,
  a11yUsingHeading: 'Korzystanie z serwisu',
  a11yUsingIntro: 'Chcemy, aby z serwisu mogło korzystać jak najwięcej osób. Na przykład powinno być możliwe:',
  a11yUsing1: 'zmienianie kolorów, kontrastu i czcionek w ustawieniach przeglądarki lub urządzenia',
  a11yUsing2: 'powiększenie do 400% bez wychodzenia tekstu poza ekran',
  a11yUsing3: 'poruszanie się po każdej stronie i każdym formularzu wyłącznie za pomocą klawiatury',
  a11yUsing4: 'korzystanie z każdej strony za pomocą czytnika ekranu, z listą wyników zawierającą te same informacje co mapa',
  a11yUsing5: 'korzystanie z serwisu po angielsku lub po polsku',
  a11yUsingAbilityNet: 'AbilityNet podpowiada, jak ułatwić sobie korzystanie z urządzenia w przypadku niepełnosprawności:',
  a11yAbilityNetLink: 'AbilityNet: My Computer My Way (po angielsku)',
  a11yHowHeading: 'Na ile serwis jest dostępny',
  a11yHowIntro: 'Wiemy, że niektóre części serwisu nie są w pełni dostępne:',
  a11yLimitMap:
    'mapa jest obrazem rysowanym na płótnie (canvas): jej znaczników nie można wybrać klawiaturą ani odczytać czytnikiem ekranu jeden po drugim. Każdy wpis z mapy jest też na liście obok, a strona każdego wpisu podaje adres i wskazówki dojazdu słowami',
  a11yLimitOfflineMap: 'gdy mapa ulic jest niedostępna, mapa pokazuje tylko gminę, granice okręgów (wards) i nazwy miejscowości',
  a11yLimitListings:
    'wpisy tworzą organizacje, które je prowadzą: moderatorzy je sprawdzają, ale opisy nie zawsze są napisane prostym językiem, a linki w nich mogą prowadzić do niedostępnych stron',
  a11yLimitDownloads: 'pliki do pobrania (CSV, GeoJSON i Open Referral UK) są plikami danych dla innych programów, a nie dokumentami do czytania',
  a11yLimitCoverage: 'na stronie zasięgu dla planistów siatka sześciokątów pokazuje odległość kolorem; tabela okręgów pod nią podaje te same liczby tekstem',
  a11yLimitLanguages: 'strony dla organizacji, moderatorów i planistów są tylko po angielsku',
  a11yFeedbackHeading: 'Uwagi i dane kontaktowe',
  a11yFeedbackIntro: 'Jeśli potrzebujesz informacji z tego serwisu w innej formie, np. dużym drukiem, w tekście łatwym do czytania lub jako nagranie dźwiękowe:',
  a11yFeedbackEmail: 'napisz e-mail',
  a11yFeedbackPhone: 'zadzwoń',
  a11yFeedbackReply: 'Rozpatrzymy prośbę i odpowiemy w ciągu 10 dni roboczych.',
  a11yReportHeading: 'Zgłaszanie problemów z dostępnością serwisu',
  a11yReport:
    'Stale staramy się poprawiać dostępność serwisu. Jeśli znajdziesz problem, którego nie ma na tej stronie, lub uważasz, że nie spełniamy wymagań dostępności, skontaktuj się z nami:',
  a11yEnforcementHeading: 'Procedura egzekwowania',
  a11yEnforcement:
    'Za egzekwowanie przepisów Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 („przepisy o dostępności”) odpowiada Komisja ds. Równości i Praw Człowieka (Equality and Human Rights Commission, EHRC).',
  a11yEnforcementEass: 'Jeśli nasza odpowiedź na skargę Cię nie zadowala, skontaktuj się z Equality Advisory and Support Service (EASS).',
  a11yEassLink: 'Equality Advisory and Support Service (po angielsku)',
  a11yTechnicalHeading: 'Informacje techniczne o dostępności serwisu',
  a11yTechnical: (p: { council: string }) =>
    `${p.council} zobowiązuje się zapewnić dostępność serwisu zgodnie z Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.`,
  a11yStatusHeading: 'Status zgodności',
  a11yStatus: 'Serwis jest częściowo zgodny z wytycznymi Web Content Accessibility Guidelines w wersji 2.2, poziom AA, z powodu niezgodności wymienionych poniżej.',
  a11yNonAccessibleHeading: 'Treści niedostępne',
  a11yNonAccessibleIntro: 'Poniższe treści są niedostępne z następujących powodów.',
  a11yNonComplianceHeading: 'Niezgodność z przepisami o dostępności',
  a11yNonComplianceMap:
    'Do znaczników na mapie nie można dotrzeć klawiaturą (kryterium sukcesu WCAG 2.2 2.1.1 Klawiatura) i nie mają one pojedynczo tekstu alternatywnego (1.1.1 Treść nietekstowa). Lista wyników obok mapy zawiera każdy wpis, z przyciskiem „Pokaż na mapie” przy każdym, więc nic nie jest tylko na mapie.',
  a11yNonComplianceUntested:
    'Nie przetestowaliśmy jeszcze serwisu z czytnikami ekranu (takimi jak NVDA, JAWS czy VoiceOver) ani z udziałem osób z niepełnosprawnościami, więc mogą istnieć problemy, których nie znaleźliśmy.',
  a11yOutOfScopeHeading: 'Treści, których nie obejmują przepisy o dostępności',
  a11yOutOfScopeMap:
    'Mapy internetowe są zwolnione z przepisów, jeśli zasadnicze informacje, które pokazują, są podane w dostępny sposób: lista wyników i strona każdego wpisu podają nazwy, adresy, godziny otwarcia i odległości widoczne na mapie.',
  a11yImproveHeading: 'Co robimy, aby poprawić dostępność',
  a11yImprove:
    'Każda zmiana w serwisie jest sprawdzana testami automatycznymi przed publikacją. Planujemy przetestować serwis z użytkownikami czytników ekranu i umożliwić użytkownikom klawiatury przechodzenie między znacznikami na mapie.',
  a11yPreparationHeading: 'Przygotowanie deklaracji dostępności',
  a11yPrepared: (p: { date: string }) => `Deklarację przygotowano ${p.date}. Ostatni przegląd: ${p.date}.`,
  a11yTestedIntro:
    'Serwis jest sprawdzany własnymi testami automatycznymi, uruchamianymi w przeglądarce Chromium przed publikacją każdej zmiany, na każdej stronie, z której korzystają mieszkańcy, organizacje, moderatorzy i planiści:',
  a11yTestedAxe: 'axe-core sprawdza każdą stronę według reguł WCAG 2.2 A i AA, które da się sprawdzić automatycznie',
  a11yTestedKeyboard: 'przejście klawiaturą przez każdy formularz sprawdza, czy do każdego elementu da się dotrzeć, czy widać wskaźnik fokusu i czy nic go nie zasłania',
  a11yTestedReflow: 'każda strona jest sprawdzana przy szerokości 320 pikseli CSS (tyle co powiększenie 400%), czy nie wymaga przewijania w bok',
  a11yTestedOther: 'testy sprawdzają też tytuły stron, link „Przejdź do treści”, fokus po działaniach i układ od prawej do lewej',
  a11yTestedLimits: 'Testy automatyczne znajdują tylko część problemów z dostępnością: nie zastępują testów z udziałem ludzi.',

  privacyTitle: 'Informacja o prywatności',
  privacyIntro: (p: { council: string }) =>
    `Serwis Common Ground prowadzi ${p.council}, który jest administratorem przechowywanych w nim danych osobowych. Ta informacja mówi, co przechowujemy, dlaczego, gdzie, jak długo i jakie masz prawa.`,
  privacyResidentsHeading: 'Jeśli czegoś szukasz',
  privacyResidents:
    'Do wyszukiwania i czytania wpisów nie potrzebujesz konta. Nie używamy plików cookie, reklam ani narzędzi analitycznych, które Cię śledzą. Wpisywane wyszukiwania pozostają w przeglądarce, w pasku adresu.',
  privacyMapTiles: 'Mapa ulic',
  privacyMapOffline: 'Mapy są rysowane z plików tego serwisu: żadna usługa map nie jest używana.',
  privacyMapOnline: (p: { who: string }) =>
    `Mapy ulic są pobierane z ${p.who}, który widzi Twój adres internetowy i oglądany fragment mapy. Jeśli jest niedostępny, mapy pokazują prostszą mapę z tego serwisu.`,
  privacyPostcodes:
    'Wyszukiwane kody pocztowe są sprawdzane w postcodes.io, który widzi Twój adres internetowy i kod pocztowy. Jeśli jest niedostępny, używana jest tabela z tego serwisu.',
  privacyTellUsHeading: 'Jeśli zgłaszasz problem lub proponujesz grupę',
  privacyTellUs:
    'To, co napiszesz, jest przechowywane przy wpisie dla moderatorów. Jeśli zostawisz adres e-mail, użyjemy go tylko, by powiedzieć Ci, co się stało, a potem go usuniemy. Aby zatrzymać automatyczne wiadomości, przez jeden dzień przechowujemy zaszyfrowany kod utworzony z Twojego adresu internetowego (nigdy samego adresu).',
  privacyOrgsHeading: 'Jeśli prowadzisz wpisy organizacji',
  privacyOrgs:
    'Przechowujemy Twój adres e-mail i imię do logowania, organizacje, do których należysz, i Twoją rolę w nich oraz historię zmian we wpisach, aby moderatorzy mogli je sprawdzić. Same wpisy, w tym ich publiczne dane kontaktowe, są publikowane dla wszystkich.',
  privacyLawfulHeading: 'Podstawa prawna',
  privacyLawful:
    'Przechowujemy te informacje w celu wykonania zadania realizowanego w interesie publicznym (art. 6 ust. 1 lit. e UK GDPR): pomagania mieszkańcom w znalezieniu lokalnego wsparcia i pomagania radzie w planowaniu usług. Nie przechowujemy danych szczególnych kategorii: prosimy nie podawać w zgłoszeniu ani we wpisie informacji o zdrowiu ani innych danych wrażliwych.',
  privacyWhereHeading: 'Gdzie dane są przechowywane',
  privacyWhere:
    'Konta, wpisy i zgłoszenia są przechowywane w usłudze bazy danych rady (Supabase), w regionie wybranym przez radę. E-maile są wysyłane przez dostawcę poczty rady. Niczego nie sprzedajemy ani nie udostępniamy w celach marketingowych.',
  privacyRetentionHeading: 'Jak długo przechowujemy dane',
  privacyRetentionAccounts: 'konta: dopóki nie poprosisz o zamknięcie swojego',
  privacyRetentionHistory: 'historię zmian we wpisie: tak długo, jak istnieje wpis, także zarchiwizowany',
  privacyRetentionReports: 'zgłoszenia i propozycje: przy rekordzie wpisu dla moderatorów; pozostawiony przy nich adres e-mail: do czasu naszej odpowiedzi',
  privacyRetentionCodes: 'zaszyfrowane kody używane przeciw automatycznym wiadomościom i do liczenia wyszukiwań: jeden dzień',
  privacyBrowserHeading: 'Co serwis przechowuje w Twojej przeglądarce',
  privacyBrowserIntro: 'Te dane zostają na Twoim urządzeniu i nigdy nie są do nas wysyłane. Możesz je w każdej chwili usunąć, czyszcząc dane tej strony w przeglądarce.',
  privacyBrowserDrafts:
    'wersje robocze: to, co wpisano w formularzu, ale jeszcze nie zapisano, aby nie zginęło po odświeżeniu; usuwane po zapisaniu, odrzuceniu lub wylogowaniu',
  privacyBrowserShortlist: 'Twoja lista wybranych: wpisy zapisane, by do nich wrócić',
  privacyBrowserLanguage: 'Twój język: język wybrany dla serwisu',
  privacyBrowserSignIn: 'jeśli się logujesz: Twoja sesja logowania, do wylogowania',
  privacyBrowserOptOut: 'Twój wybór poniżej dotyczący liczenia wyszukiwań, które znajdują niewiele',
  privacyBrowserOffline: 'kopia serwisu i opublikowanych wpisów, aby można było wyszukiwać i czytać wpisy bez połączenia',
  privacyBrowserLocal: 'tylko w wersji przykładowej: ćwiczebna baza danych z przykładowymi danymi i przykładową osobą, w której imieniu działasz',
  privacyDemandHeading: 'Wyszukiwania, które znajdują niewiele',
  privacyDemandIntro:
    'Gdy wyszukiwanie znajduje mniej niż 3 wyniki, serwis je liczy, aby planiści i moderatorzy widzieli, gdzie ludzie szukają pomocy, której nie ma. Przy każdym takim wyszukiwaniu liczymy tylko:',
  privacyDemandWard: 'okręg (ward), na którym wyszukiwanie było wyśrodkowane',
  privacyDemandTerm: 'kategorię lub słowo z naszej własnej listy słów (nigdy to, co wpisano)',
  privacyDemandDay: 'dzień',
  privacyDemandToken:
    'Aby policzyć każdą wizytę raz, przeglądarka tworzy losowy kod wizyty. Przechowujemy go tylko w postaci zaszyfrowanej (skrót z kluczem) i usuwamy w ciągu doby. Planiści i moderatorzy widzą liczbę tylko wtedy, gdy o to samo pytały co najmniej 3 różne wizyty; nikt inny nie widzi żadnych liczb.',
  privacyDemandNot: 'Nigdy nie zapisujemy Twojego adresu internetowego (IP), żadnego konta ani lokalizacji dokładniejszej niż okręg.',
  privacyDemandGpc: 'Jeśli Twoja przeglądarka wysyła sygnał Global Privacy Control lub Do Not Track, nic nie jest liczone i nie musisz nic robić.',
  privacyDemandOptOut: 'Nie licz moich wyszukiwań, które znajdują niewiele',
  privacyDemandOptOutHint: 'Zapamiętywane tylko w tej przeglądarce.',
  privacyDemandSaved: 'Zapisano: Twoje wyszukiwania nie są liczone.',
  privacyDemandSavedOn: 'Zapisano: wyszukiwania, które znajdują niewiele, są liczone w sposób opisany powyżej.',
  privacyDemandGpcOn: 'Twoja przeglądarka prosi strony, by Cię nie śledziły, więc Twoje wyszukiwania nie są liczone bez względu na to pole.',
  privacyRightsHeading: 'Twoje prawa',
  privacyRights:
    'Możesz poprosić o wgląd w przechowywane o Tobie informacje, ich poprawienie lub usunięcie, ograniczenie ich wykorzystania lub sprzeciwić się ich wykorzystaniu. Napisz do naszego inspektora ochrony danych:',
  privacyIco:
    'Jeśli nie odpowiada Ci sposób, w jaki wykorzystaliśmy Twoje informacje, możesz złożyć skargę do Information Commissioner’s Office (ICO), Wycliffe House, Water Lane, Wilmslow, SK9 5AF, telefon 0303 123 1113.',
  privacyIcoLink: 'Information Commissioner’s Office (po angielsku)',

  contactTitle: 'Kontakt',
  contactIntro: (p: { council: string }) => `Serwis Common Ground prowadzi ${p.council}.`,
  contactListingHeading: 'W sprawie wpisu',
  contactListing: 'Jeśli wpis jest błędny, użyj „Zgłoś problem” na dole jego strony. Aby dodać grupę, miejsce lub usługę, zaproponuj je:',
  contactSuggestLink: 'Zaproponuj grupę, miejsce lub usługę',
  contactUsHeading: 'Wszystko inne',
  contactUs: 'W innych sprawach, w tym dostępności i Twoich danych osobowych, skontaktuj się z nami:',
  contactEmail: 'E-mail',
  contactPhone: 'Telefon',
  contactAddress: 'Poczta',
  contactAlso: 'Może Cię też zainteresować:',
} satisfies Translation<typeof en>;
