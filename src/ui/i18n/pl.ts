import { formatNumber, type Translation } from '../../i18n';
import type en from './en';

export default {
  hoursNotGiven: 'Nie podano godzin otwarcia: skontaktuj się z nimi',
  hoursContact: 'O godziny otwarcia zapytaj organizatorów',
  openNow: 'Otwarte teraz',
  closedNow: 'Teraz zamknięte',
  runBy: (p: { name: string }) => `Prowadzi: ${p.name}`,
  showOnMap: 'Pokaż na mapie',
  csvHint: 'do arkusza kalkulacyjnego; można go z powrotem zaimportować do Common Ground',
  geojsonHint: 'do mapy lub systemu GIS',
  orukHint: 'dla innych katalogów (usługi Open Referral UK)',
  preparing: (p: { format: string }) => `Przygotowywanie pliku ${p.format}…`,
  downloaded: (p: { file: string }) => `Pobrano ${p.file}.`,
  downloadFailed: (p: { format: string; reason: string }) => `Nie udało się przygotować pliku ${p.format}: ${p.reason}`,
  download: (p: { format: string }) => `Pobierz ${p.format}`,
  thereIsAProblem: 'Wystąpił problem',
  types: 'Rodzaje',
  typesOf: (p: { category: string }) => `: ${p.category}`,
  count: (p: { count: number }) => ` (${formatNumber(p.count)})`,
  // Field, ChangesTable, RestoredDraftNotice
  errorPrefix: 'Błąd: ',
  changesField: 'Pole',
  changesBefore: 'Przed',
  changesAfter: 'Po',
  draftRestored: (p: { when: string }) => `Przywróciliśmy zmiany, których nie zapisano (stan: ${p.when}).`,
  draftDiscard: 'Odrzuć je',
  draftDiscarded: 'Niezapisane zmiany zostały odrzucone. Formularz wygląda tak jak wcześniej.',
  draftToday: (p: { time: string }) => `dzisiaj o ${p.time}`,
  draftYesterday: (p: { time: string }) => `wczoraj o ${p.time}`,
  draftOnDay: (p: { date: string; time: string }) => `${p.date} o ${p.time}`,
} satisfies Translation<typeof en>;
