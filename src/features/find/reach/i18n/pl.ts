import type { Translation } from '../../../../i18n';
import { plural } from '../../../../i18n';
import type en from './en';

const minutes = (n: number) => plural(n, { one: 'minuty', few: 'minut', many: 'minut', other: 'minuty' });

export default {
  howFar: 'Jak daleko',
  anyDistance: 'Dowolna odległość',
  walk: (p: { minutes: number; distance: string }) => `Do ${p.minutes} ${minutes(p.minutes)} pieszo (około ${p.distance})`,
  drive: (p: { minutes: number; distance: string }) => `Do ${p.minutes} ${minutes(p.minutes)} samochodem (około ${p.distance})`,
  howFarHint: 'Odległości liczone są w linii prostej od Twojego kodu pocztowego lub lokalizacji, więc droga może potrwać nieco dłużej.',
  howFarNeedsPlace: 'Najpierw wpisz kod pocztowy lub użyj swojej lokalizacji: do tego czasu nic nie jest ukrywane z powodu odległości.',
  summaryWalk: (p: { minutes: number }) => `do ${p.minutes} ${minutes(p.minutes)} pieszo`,
  summaryDrive: (p: { minutes: number }) => `do ${p.minutes} ${minutes(p.minutes)} samochodem`,
  widerArea: (p: { area: string; count: number }) =>
    `Szukaj ponownie na większym obszarze: ${p.area} (${p.count} ${plural(p.count, { one: 'wynik', few: 'wyniki', many: 'wyników', other: 'wyniku' })})`,
  anyDistanceArea: 'dowolna odległość',
  date: 'Data',
  dateOptional: '(opcjonalnie)',
  dateHint: 'Wybierz datę, aby sprawdzić właśnie ten dzień, np. dla grup spotykających się tylko w niektóre tygodnie (jak 2. wtorek miesiąca).',
  clearDate: 'Wyczyść datę',
} satisfies Translation<typeof en>;
