// Opening hours in OpenStreetMap `opening_hours` syntax, read for residents: open now, open on a
// day, the week in plain English ("Monday to Friday: 9am to 5pm") and the next change ("Opens
// Tuesday at 10am"). Parsing uses the `opening_hours` package (its ESM build, which both Vite and
// Node pick through the package's "import" condition). It is large (~160 KB gzip with its holiday
// tables), so the resident page should load this module lazily — `filters.ts` takes these
// checks as an argument instead of importing them. Nothing here throws on bad input: an invalid
// value reads as "unknown" and its raw text is shown.
import OpeningHours from 'opening_hours';
import type { HoursCheck } from './filters';
import { formatDate, locale } from '../i18n';
import { t, weekdayName } from './i18n';

/** Where bank holidays are taken from: England (Wigan). */
const LOCATION = { lat: 53.54, lon: -2.63, address: { country_code: 'gb', state: 'England' } };
const MAX_LENGTH = 500; // longer values are not hours; parsing them would only cost time
const MAX_CACHED = 2000;

type Parsed = { ok: true; oh: OpeningHours } | { ok: false; error: string };

// Thousands of assets share a handful of strings ("Mo-Fr 09:00-17:00"), so each is parsed once.
const parsed = new Map<string, Parsed>();

/** The parsed value, or why it could not be read. Cached per string. */
export function parseOpeningHours(value: string): Parsed {
  let p = parsed.get(value);
  if (p) return p;
  if (value.length > MAX_LENGTH) {
    p = { ok: false, error: `Opening hours are longer than ${MAX_LENGTH} characters.` };
  } else {
    try {
      p = { ok: true, oh: new OpeningHours(value, LOCATION) };
    } catch (e) {
      const reason = String(e instanceof Error ? e.message : e)
        .replace(/\s+/g, ' ')
        .trim();
      p = { ok: false, error: `Opening hours "${value}" could not be read: ${reason}` };
    }
  }
  if (parsed.size >= MAX_CACHED) parsed.clear();
  parsed.set(value, p);
  return p;
}

function usable(value: string | null | undefined): OpeningHours | null {
  if (!value || !value.trim()) return null;
  const p = parseOpeningHours(value.trim());
  return p.ok ? p.oh : null;
}

/** True or false when the hours say so; null when there are none, they are invalid or "unknown". */
export function isOpenAt(value: string | null | undefined, date: Date): boolean | null {
  const oh = usable(value);
  if (!oh) return null;
  try {
    if (oh.getUnknown(date)) return null;
    return oh.getState(date);
  } catch {
    return null;
  }
}

function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, d.getHours(), d.getMinutes());
}

/** The next date on `weekday` (0 Sunday .. 6 Saturday), today included. */
export function nextWeekday(from: Date, weekday: number): Date {
  const start = startOfDay(from);
  return addDays(start, (weekday - start.getDay() + 7) % 7);
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Open at some point on the coming `weekday` (0 Sunday .. 6 Saturday), or at `time` ("HH:MM")
 * that day. The tail of the night before ("Fr 18:00-02:00" on a Saturday) does not count as
 * opening on that day. Null when there are no usable hours.
 */
export function openOnDay(value: string | null | undefined, weekday: number, from: Date, time?: string | null): boolean | null {
  const oh = usable(value);
  if (!oh || !Number.isInteger(weekday) || weekday < 0 || weekday > 6) return null;
  const day = nextWeekday(from, weekday);
  if (time) {
    const m = TIME.exec(time);
    if (!m) return null;
    return isOpenAt(value, new Date(day.getFullYear(), day.getMonth(), day.getDate(), Number(m[1]), Number(m[2])));
  }
  try {
    const end = addDays(day, 1);
    let unknown = false;
    for (const [s, e, isUnknown] of oh.getOpenIntervals(day, end)) {
      const spillover = s.getTime() === day.getTime() && e.getTime() < end.getTime() && oh.getState(new Date(day.getTime() - 60_000));
      if (spillover) continue;
      if (!isUnknown) return true;
      unknown = true;
    }
    return unknown ? null : false;
  } catch {
    return null;
  }
}

/** The checks `applyFilters` needs, for passing in once this module has loaded. */
export const hoursCheck: HoursCheck = { isOpenAt, openOnDay };

// --- describing the week -------------------------------------------------------------------

/** In English GOV.UK style: "9am", "5:30pm", "midday", "midnight"; in Polish "9:00". */
export function formatTime(d: Date): string {
  return t('time', { hours: d.getHours(), minutes: d.getMinutes() });
}

interface Segment {
  start: Date;
  end: Date;
  unknown: boolean;
  comment: string | undefined;
}

const HOUR = 3_600_000;

/**
 * The open segments that start on each of the 7 days from `monday`. An interval past midnight
 * stays whole when it ends by midday ("6pm to 2am"); longer ones are cut at each midnight.
 */
function weekSegments(oh: OpeningHours, monday: Date): Segment[][] {
  const days: Segment[][] = Array.from({ length: 7 }, () => []);
  const from = addDays(monday, -1);
  const to = addDays(monday, 8);
  for (const [s, e, unknown, comment] of oh.getOpenIntervals(from, to)) {
    let cur = s;
    while (cur < e) {
      const midnight = addDays(startOfDay(cur), 1);
      const startsAtMidnight = cur.getHours() === 0 && cur.getMinutes() === 0;
      const end = e <= midnight || (!startsAtMidnight && e.getTime() - midnight.getTime() <= 12 * HOUR) ? e : midnight;
      const dayIndex = Math.round((startOfDay(cur).getTime() - monday.getTime()) / (24 * HOUR));
      if (dayIndex >= 0 && dayIndex < 7) days[dayIndex].push({ start: cur, end, unknown, comment });
      cur = end;
    }
  }
  return days;
}

function describeSegments(segments: Segment[]): string {
  if (segments.length === 0) return t('hoursClosed');
  return segments
    .map((seg) => {
      const allDay = seg.end.getTime() - seg.start.getTime() >= 24 * HOUR - 60_000;
      let text = allDay ? t('hours24') : t('hoursRange', { from: formatTime(seg.start), to: formatTime(seg.end) });
      if (seg.comment) text += ` (${seg.comment})`;
      else if (seg.unknown) text += t('hoursMayVary');
      return text;
    })
    .join(t('hoursJoin'));
}

/** "Monday", "Monday and Tuesday", "Monday to Friday", "Monday, Wednesday and Friday". */
function dayList(days: number[]): string {
  // days are 0 = Monday .. 6 = Sunday here
  const name = (i: number) => weekdayName((i + 1) % 7);
  const runs: string[] = [];
  for (let i = 0; i < days.length;) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j] + 1) j++;
    if (j - i >= 2) runs.push(t('dayRun', { from: name(days[i]), to: name(days[j]) }));
    else for (let k = i; k <= j; k++) runs.push(name(days[k]));
    i = j + 1;
  }
  return t('listAnd', { items: runs });
}

// The hours are read over a whole reference year, Monday 6 January 2025 for 52 weeks, to tell
// a weekly pattern ("Monday to Friday") from a monthly one ("second Friday of the month") from
// hours that change with the season. England's bank holidays are left out of the pattern.
const REFERENCE_START = new Date(2025, 0, 6);
const REFERENCE_WEEKS = 52;
const BANK_HOLIDAYS_2025 = new Set(['0-1', '3-18', '3-21', '4-5', '4-26', '7-25', '11-25', '11-26']); // month-day
const BANK_HOLIDAY_MONDAY = new Date(2025, 7, 25); // Summer bank holiday (England)
const ORDINARY_MONDAY = new Date(2025, 7, 18);
const ORDINALS = ['ordinal_0', 'ordinal_1', 'ordinal_2', 'ordinal_3', 'ordinal_4'] as const;

export interface HoursDescription {
  /** False when the value could not be read: `lines` then holds the raw text to show as given. */
  ok: boolean;
  lines: string[];
}

/** How often something happens on one weekday: every week, or on some weeks of the month. */
type DayRule = { every: string } | { byWeek: Map<string, string[]> } | null;

const LAST = 5; // week-of-month slot for "the last one in the month"

/**
 * Per weekday (0 = Monday), what the hours say about it across the reference year; null when
 * a weekday's hours change with the season (no weekly or monthly rule fits).
 */
function yearPattern(oh: OpeningHours): DayRule[] | null {
  const seen: { nth: number; last: boolean; text: string }[][] = Array.from({ length: 7 }, () => []);
  for (let w = 0; w < REFERENCE_WEEKS; w++) {
    const monday = addDays(REFERENCE_START, w * 7);
    weekSegments(oh, monday).forEach((segs, d) => {
      const day = addDays(monday, d);
      if (BANK_HOLIDAYS_2025.has(`${day.getMonth()}-${day.getDate()}`)) return;
      const last = addDays(day, 7).getMonth() !== day.getMonth();
      seen[d].push({ nth: Math.floor((day.getDate() - 1) / 7), last, text: describeSegments(segs) });
    });
  }
  const rules: DayRule[] = [];
  for (const days of seen) {
    if (days.every((x) => x.text === days[0].text)) {
      rules.push({ every: days[0]?.text ?? t('hoursClosed') });
      continue;
    }
    // "Second Friday" (slots by week of the month), else "last Friday" (the last one its own slot).
    let rule: DayRule = null;
    for (const useLast of [false, true]) {
      const slot = new Map<number, string>();
      const consistent = days.every((x) => {
        const k = useLast && x.last ? LAST : x.nth;
        const t = slot.get(k);
        if (t === undefined) slot.set(k, x.text);
        return t === undefined || t === x.text;
      });
      if (!consistent) continue;
      const byWeek = new Map<string, string[]>();
      for (const k of [...slot.keys()].sort()) {
        const text = slot.get(k)!;
        if (text === t('hoursClosed')) continue;
        const list = byWeek.get(text) ?? [];
        list.push(t(k === LAST ? 'ordinal_last' : ORDINALS[k]));
        byWeek.set(text, list);
      }
      rule = { byWeek };
      break;
    }
    if (!rule) return null;
    rules.push(rule);
  }
  return rules;
}

const describedCache = new Map<string, HoursDescription>();

/** The hours as plain English lines for the asset page. */
export function describe(value: string | null | undefined, now: Date = new Date()): HoursDescription {
  if (!value || !value.trim()) return { ok: false, lines: [] };
  const oh = usable(value);
  if (!oh) return { ok: false, lines: [value.trim()] };
  // The words depend on the language, so each language has its own entry.
  const key = `${locale()}\u0000${value}`;
  const cached = describedCache.get(key);
  if (cached) return cached;
  try {
    // Rules for particular years (term dates, closures, every other week) say nothing about the
    // reference year: show the coming week instead of a pattern read from the wrong year.
    const pattern = /\b\d{4}\b/.test(value) ? null : yearPattern(oh);
    const lines: string[] = [];
    if (pattern) {
      const weekly = pattern.map((r) => (r && 'every' in r ? r.every : null));
      const closed = t('hoursClosed');
      if (weekly.every((w) => w === t('hours24'))) lines.push(t('everyDay24'));
      else {
        const groups = new Map<string, number[]>();
        weekly.forEach((w, i) => {
          if (w === null || w === closed) return;
          const g = groups.get(w);
          if (g) g.push(i);
          else groups.set(w, [i]);
        });
        for (const [text, days] of groups) lines.push(t('dayLine', { days: days.length === 7 ? t('everyDay') : dayList(days), text }));
        pattern.forEach((r, d) => {
          if (!r || !('byWeek' in r)) return;
          for (const [text, which] of r.byWeek) {
            lines.push(t('monthlyLine', { which: t('listAnd', { items: which }), day: weekdayName((d + 1) % 7), text }));
          }
        });
        if (lines.length === 0) lines.push(t('closed'));
        else if (weekly.some((w) => w === closed || w === null)) lines.push(t('closedOtherDays'));
      }
    } else {
      // Seasonal hours: show the coming week as it will be, not a rule that is only sometimes true.
      // Not cached, because it depends on `now`.
      lines.push(t('seasonal'));
      const today = startOfDay(now);
      weekSegmentsFrom(oh, today).forEach((segs, i) => {
        const d = addDays(today, i);
        lines.push(t('dateLine', { date: formatDate(d, { weekday: 'long', day: 'numeric', month: 'long' }), text: describeSegments(segs) }));
      });
    }
    if (/\bPH\b/.test(value)) {
      const holiday = describeSegments(weekSegmentsFrom(oh, BANK_HOLIDAY_MONDAY)[0]);
      const ordinary = describeSegments(weekSegmentsFrom(oh, ORDINARY_MONDAY)[0]);
      if (holiday === t('hoursClosed') && ordinary !== t('hoursClosed')) lines.push(t('closedBankHolidays'));
      else if (holiday !== ordinary) lines.push(t('bankHolidays', { text: holiday }));
    }
    const result = { ok: true, lines };
    if (pattern) {
      if (describedCache.size >= MAX_CACHED) describedCache.clear();
      describedCache.set(key, result);
    }
    return result;
  } catch {
    return { ok: false, lines: [value.trim()] };
  }
}

/** Segments for the 7 days starting at any date (weekSegments wants a day 0 to count from). */
function weekSegmentsFrom(oh: OpeningHours, first: Date): Segment[][] {
  return weekSegments(oh, startOfDay(first));
}

/** "Opens Tuesday at 10am", "Closes at 5pm", "Opens tomorrow at 9am"; null when nothing changes within a year or hours are unusable. */
export function nextChange(value: string | null | undefined, date: Date): string | null {
  const oh = usable(value);
  if (!oh) return null;
  try {
    if (oh.getUnknown(date)) return null;
    const open = oh.getState(date);
    const next = oh.getNextChange(date, new Date(date.getTime() + 366 * 24 * HOUR));
    if (!next) return null;
    const days = Math.round((startOfDay(next).getTime() - startOfDay(date).getTime()) / (24 * HOUR));
    const at = formatTime(next);
    const midnight = next.getHours() === 0 && next.getMinutes() === 0;
    const day = weekdayName(next.getDay());
    const when =
      days === 0
        ? t('whenToday', { at })
        : days === 1
          ? midnight
            ? t('whenMidnight')
            : t('whenTomorrow', { at })
          : days < 7
            ? t('whenThisWeek', { day, at })
            : days === 7
              ? t('whenNextWeek', { day, at })
              : t('whenLater', { date: formatDate(next, { day: 'numeric', month: 'long' }), at });
    return t('closesOpens', { open: !!open, when });
  } catch {
    return null;
  }
}
