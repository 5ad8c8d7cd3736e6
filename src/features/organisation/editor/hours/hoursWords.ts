// The editor's preview in words, from the rows themselves ("2nd Tuesday of the month: 10am to
// midday"), and the next sessions as the opening_hours parser reads the written value, so an
// editor sees both what they meant and what residents' searches will answer.
import { formatDate } from '../../../../i18n';
import { formatTime, parseOpeningHours } from '../../../../domain/openingHours';
import { DAY_NAMES, DAYS, type HoursRows } from '../hoursRows';
import { parseIsoDate, type WeekOfMonth } from './irregular';
import { t } from './i18n';

const WEEK_WORDS: Record<WeekOfMonth, () => string> = { 1: () => t('week1'), 2: () => t('week2'), 3: () => t('week3'), 4: () => t('week4'), [-1]: () => t('weekLast') };

function list(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${t('and')} ${words[words.length - 1]}`;
}

const clock = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return formatTime(new Date(2000, 0, 1, h, m));
};
const times = (r: { opens: string; closes: string }) => t('timeRange', { opens: clock(r.opens), closes: clock(r.closes) });
const day = (iso: string) => formatDate(parseIsoDate(iso)!, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** Has the form anything the plain weekly preview cannot say? */
export function isIrregular(form: HoursRows): boolean {
  return form.rows.some((r) => (r.repeat ?? 'weekly') !== 'weekly') || !!(form.terms?.length || form.closures?.length || form.oneOffs?.length);
}

/** One line per session, then the dates; call only on rows that wrote a value. */
export function rowsInWords(form: HoursRows): string[] {
  const lines: string[] = [];
  for (const r of form.rows) {
    if (r.days.length === 0) continue;
    const days = list(DAYS.filter((d) => r.days.includes(d)).map((d) => DAY_NAMES[d]));
    const repeat = r.repeat ?? 'weekly';
    if (repeat === 'weekly') lines.push(t('weekly', { days, times: times(r) }));
    else if (repeat === 'monthly') {
      const weeks = list(([1, 2, 3, 4, -1] as WeekOfMonth[]).filter((w) => r.weeks?.includes(w)).map((w) => WEEK_WORDS[w]()));
      lines.push(t('monthly', { weeks, days, times: times(r) }));
    } else lines.push(t('fortnightly', { days, from: day(r.from!), times: times(r) }));
  }
  const ranges = (form.terms ?? []).filter((r) => r.from);
  if (ranges.length) lines.push(t('onlyBetween', { ranges: list(ranges.map((r) => t('between', { from: day(r.from), to: day(r.to || r.from) }))) }));
  for (const o of form.oneOffs ?? []) if (o.date) lines.push(t('alsoOpen', { date: day(o.date), times: times(o) }));
  const closed = (form.closures ?? []).filter((c) => c.from);
  if (closed.length)
    lines.push(
      t('closedOn', {
        dates: list(closed.map((c) => (c.to && c.to !== c.from ? t('between', { from: day(c.from), to: day(c.to) }) : t('onDate', { date: day(c.from) })))),
      }),
    );
  if (form.closedOnBankHolidays) lines.push(t('closedBankHolidays'));
  return lines;
}

/** The next few sessions from `now`, as the opening_hours library reads `value`. */
export function nextSessions(value: string, now: Date, count = 5): string[] {
  const p = parseOpeningHours(value);
  if (!p.ok) return [];
  const out: string[] = [];
  try {
    for (const [s, e] of p.oh.getOpenIntervals(now, new Date(now.getTime() + 366 * 86_400_000))) {
      out.push(
        `${formatDate(s, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}: ${t('timeRange', { opens: formatTime(s), closes: formatTime(e) })}`,
      );
      if (out.length >= count) break;
    }
  } catch {
    return [];
  }
  return out;
}
