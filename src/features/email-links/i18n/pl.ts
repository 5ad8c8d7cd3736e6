import type { Translation } from '../../../i18n';
import type en from './en';

export default {
  confirmFailedTitle: 'Ten link nie może potwierdzić wpisu',
  confirmedTitle: 'Wpis potwierdzony',
  confirming: 'Potwierdzanie wpisu…',
  checkYourself: 'Nadal możesz sprawdzić wpis samodzielnie:',
  signInOrganisation: 'zaloguj się i otwórz swoją organizację',
  thankYou: 'Dziękujemy',
  confirmedOn: (p: { date: string }) => ` – oznaczono jako nadal aktualne w dniu ${p.date}. Mieszkańcy widzą, że wpis został niedawno sprawdzony.`,
  changedAfterAll: 'Jednak coś się zmieniło?',
  signInUpdate: 'Zaloguj się i zaktualizuj wpis',

  stopTitle: 'Rezygnacja z e-maili',
  working: 'Trwa przetwarzanie…',
  kind_submission_received: 'e-maili o wpisach czekających na sprawdzenie',
  kind_check_due: 'przypomnień o sprawdzeniu wpisów',
  kind_report_received: 'e-maili o problemach zgłaszanych przez mieszkańców',
  kind_suggestion_received: 'e-maili o grupach proponowanych przez mieszkańców',
  kind_other: 'e-maili tego rodzaju',
  noMore: (p: { email: string; kind: string }) => `Na adres ${p.email} nie będą już wysyłane żadne ${p.kind}.`,
  stoppedStillReported: 'Wpisy, dla których wyłączono przypomnienia, nadal widnieją w raporcie moderatorów o wpisach dawno niesprawdzanych.',
  backToMap: 'Wróć do mapy',
} satisfies Translation<typeof en>;
