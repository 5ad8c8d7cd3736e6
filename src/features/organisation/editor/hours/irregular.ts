// The irregular parts of a listing's hours, as OpenStreetMap `opening_hours` text: sessions on
// some weeks of the month ("Tu[2]", "Fr[-1]"), every other week from a first date (ISO week
// numbers with a period, written per year because a 53-week year breaks the alternation),
// term or season dates ("2026 Sep 03-2026 Dec 18 Tu 10:00-12:00"), closures ("2026 Dec 25 off")
// and one-off sessions ("2026 Dec 20 10:00-14:00"). hoursRows.ts puts them together.
import type { Day } from './days';

export type Repeat = 'weekly' | 'monthly' | 'fortnightly';
/** Week of the month: 1st to 4th, or -1 for the last one. */
export type WeekOfMonth = 1 | 2 | 3 | 4 | -1;
export const WEEKS_OF_MONTH: readonly WeekOfMonth[] = [1, 2, 3, 4, -1];

/** "YYYY-MM-DD" as <input type="date"> gives it; `to` "" for a single day. */
export interface DateRange {
  from: string;
  to: string;
}

export interface OneOff {
  date: string;
  opens: string;
  closes: string;
}

/** Years of every-other-week rules written from the first session's year. */
export const ALTERNATE_YEARS = 3;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date ("2026-02-30" is not), as local midnight. */
export function parseIsoDate(value: string): Date | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getFullYear() === Number(m[1]) && d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]) ? d : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** "2026-12-25" → "2026 Dec 25". */
export function osmDate(iso: string): string {
  const d = parseIsoDate(iso)!;
  return `${d.getFullYear()} ${MONTHS[d.getMonth()]} ${pad(d.getDate())}`;
}

function isoFromOsm(text: string): string | null {
  const m = /^(\d{4}) ([A-Z][a-z]{2}) (\d{2})$/.exec(text);
  if (!m || !MONTHS.includes(m[2])) return null;
  const iso = `${m[1]}-${pad(MONTHS.indexOf(m[2]) + 1)}-${m[3]}`;
  return parseIsoDate(iso) ? iso : null;
}

/** "2026 Dec 24-2026 Dec 26", or one date when the range is a single day. */
export function osmRange(r: DateRange): string {
  return r.to && r.to !== r.from ? `${osmDate(r.from)}-${osmDate(r.to)}` : osmDate(r.from);
}

export function rangeFromOsm(text: string): DateRange | null {
  const [a, b, extra] = text.split('-');
  if (extra !== undefined) return null;
  const from = isoFromOsm(a);
  const to = b === undefined ? '' : isoFromOsm(b);
  return from && to !== null ? { from, to } : null;
}

/** "Tu[2,-1]" style selector: each day with the chosen weeks, weeks in order (last at the end). */
export function monthlyDays(days: readonly Day[], weeks: readonly WeekOfMonth[], order: readonly Day[]): string {
  const ws = WEEKS_OF_MONTH.filter((w) => weeks.includes(w)).join(',');
  return order
    .filter((d) => days.includes(d))
    .map((d) => `${d}[${ws}]`)
    .join(',');
}

// --- ISO weeks -------------------------------------------------------------------------------

/** ISO week-numbering year and week of a date. */
export function isoWeek(d: Date): { year: number; week: number } {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  t.setUTCDate(t.getUTCDate() + 4 - (t.getUTCDay() || 7)); // the Thursday of this week decides the year
  const year = t.getUTCFullYear();
  return { year, week: Math.ceil(((t.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7) };
}

export function weeksInYear(year: number): number {
  return isoWeek(new Date(year, 11, 28)).week;
}

/** The Monday of an ISO week. */
export function mondayOfWeek(year: number, week: number): Date {
  const jan4 = new Date(year, 0, 4);
  const monday1 = new Date(year, 0, 4 - ((jan4.getDay() + 6) % 7));
  return new Date(monday1.getFullYear(), monday1.getMonth(), monday1.getDate() + (week - 1) * 7);
}

/** Every other week from `first`: one "YYYY week AA-BB/2" selector per year. */
export function alternateWeekSelectors(first: Date): string[] {
  let { year, week } = isoWeek(first);
  const out: string[] = [];
  for (let i = 0; i < ALTERNATE_YEARS; i++) {
    const n = weeksInYear(year);
    const last = week + 2 * Math.floor((n - week) / 2);
    out.push(last === week ? `${year} week ${pad(week)}` : `${year} week ${pad(week)}-${pad(last)}/2`);
    week = last + 2 - n;
    year++;
  }
  return out;
}

/** The first session's date back from a "YYYY week AA" selector: the first chosen day that week. */
export function firstSessionDate(year: number, week: number, days: readonly Day[], order: readonly Day[]): string {
  const monday = mondayOfWeek(year, week);
  const first = Math.max(
    0,
    order.findIndex((d) => days.includes(d)),
  );
  return isoOf(new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + first));
}
