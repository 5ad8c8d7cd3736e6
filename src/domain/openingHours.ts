// Opening hours in OpenStreetMap `opening_hours` syntax, read for residents: open now, open on a
// day, the week in plain English ("Monday to Friday: 9am to 5pm") and the next change ("Opens
// Tuesday at 10am"). Parsing uses the `opening_hours` package (its ESM build, which both Vite and
// Node pick through the package's "import" condition). It is large (~160 KB gzip with its holiday
// tables), so the resident page should load this module lazily — `filters.ts` takes these
// checks as an argument instead of importing them. Nothing here throws on bad input: an invalid
// value reads as "unknown" and its raw text is shown.
import OpeningHours from 'opening_hours';
import type { HoursCheck } from './filters';

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

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** GOV.UK style: "9am", "5:30pm", "midday", "midnight". */
export function formatTime(d: Date): string {
  const h = d.getHours();
  const m = d.getMinutes();
  if (h === 0 && m === 0) return 'midnight';
  if (h === 12 && m === 0) return 'midday';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
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
  if (segments.length === 0) return 'closed';
  return segments
    .map((seg) => {
      const allDay = seg.end.getTime() - seg.start.getTime() >= 24 * HOUR - 60_000;
      let text = allDay ? '24 hours' : `${formatTime(seg.start)} to ${formatTime(seg.end)}`;
      if (seg.comment) text += ` (${seg.comment})`;
      else if (seg.unknown) text += ' (times may vary)';
      return text;
    })
    .join(' and ');
}

/** "Monday", "Monday and Tuesday", "Monday to Friday", "Monday, Wednesday and Friday". */
function dayList(days: number[]): string {
  // days are 0 = Monday .. 6 = Sunday here
  const name = (i: number) => DAY_NAMES[(i + 1) % 7];
  const runs: string[] = [];
  for (let i = 0; i < days.length;) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j] + 1) j++;
    if (j - i >= 2) runs.push(`${name(days[i])} to ${name(days[j])}`);
    else for (let k = i; k <= j; k++) runs.push(name(days[k]));
    i = j + 1;
  }
  return runs.length === 1 ? runs[0] : `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}`;
}

// The hours are read over a whole reference year, Monday 6 January 2025 for 52 weeks, to tell
// a weekly pattern ("Monday to Friday") from a monthly one ("second Friday of the month") from
// hours that change with the season. England's bank holidays are left out of the pattern.
const REFERENCE_START = new Date(2025, 0, 6);
const REFERENCE_WEEKS = 52;
const BANK_HOLIDAYS_2025 = new Set(['0-1', '3-18', '3-21', '4-5', '4-26', '7-25', '11-25', '11-26']); // month-day
const BANK_HOLIDAY_MONDAY = new Date(2025, 7, 25); // Summer bank holiday (England)
const ORDINARY_MONDAY = new Date(2025, 7, 18);
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

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
      rules.push({ every: days[0]?.text ?? 'closed' });
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
        if (text === 'closed') continue;
        const list = byWeek.get(text) ?? [];
        list.push(k === LAST ? 'last' : ORDINALS[k]);
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
  const cached = describedCache.get(value);
  if (cached) return cached;
  try {
    // Rules for particular years (term dates, closures, every other week) say nothing about the
    // reference year: show the coming week instead of a pattern read from the wrong year.
    const pattern = /\b\d{4}\b/.test(value) ? null : yearPattern(oh);
    const lines: string[] = [];
    if (pattern) {
      const weekly = pattern.map((r) => (r && 'every' in r ? r.every : null));
      if (weekly.every((t) => t === '24 hours')) lines.push('24 hours, every day');
      else {
        const groups = new Map<string, number[]>();
        weekly.forEach((t, i) => {
          if (t === null || t === 'closed') return;
          const g = groups.get(t);
          if (g) g.push(i);
          else groups.set(t, [i]);
        });
        for (const [text, days] of groups) lines.push(`${days.length === 7 ? 'Every day' : dayList(days)}: ${text}`);
        pattern.forEach((r, d) => {
          if (!r || !('byWeek' in r)) return;
          for (const [text, which] of r.byWeek) {
            const ordinal = which.length === 1 ? which[0] : `${which.slice(0, -1).join(', ')} and ${which[which.length - 1]}`;
            lines.push(`${ordinal.charAt(0).toUpperCase()}${ordinal.slice(1)} ${DAY_NAMES[(d + 1) % 7]} of the month: ${text}`);
          }
        });
        if (lines.length === 0) lines.push('Closed');
        else if (weekly.some((t) => t === 'closed' || t === null)) lines.push('Closed on other days');
      }
    } else {
      // Seasonal hours: show the coming week as it will be, not a rule that is only sometimes true.
      // Not cached, because it depends on `now`.
      lines.push('Hours change during the year. The next 7 days:');
      const today = startOfDay(now);
      weekSegmentsFrom(oh, today).forEach((segs, i) => {
        const d = addDays(today, i);
        lines.push(`${DAY_NAMES[d.getDay()]} ${d.getDate()} ${MONTHS[d.getMonth()]}: ${describeSegments(segs)}`);
      });
    }
    if (/\bPH\b/.test(value)) {
      const holiday = describeSegments(weekSegmentsFrom(oh, BANK_HOLIDAY_MONDAY)[0]);
      const ordinary = describeSegments(weekSegmentsFrom(oh, ORDINARY_MONDAY)[0]);
      if (holiday === 'closed' && ordinary !== 'closed') lines.push('Closed on bank holidays');
      else if (holiday !== ordinary) lines.push(`Bank holidays: ${holiday}`);
    }
    const result = { ok: true, lines };
    if (pattern) {
      if (describedCache.size >= MAX_CACHED) describedCache.clear();
      describedCache.set(value, result);
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
    const when =
      days === 0
        ? `at ${at}`
        : days === 1
          ? at === 'midnight'
            ? 'at midnight'
            : `tomorrow at ${at}`
          : days < 7
            ? `${DAY_NAMES[next.getDay()]} at ${at}`
            : days === 7
              ? `next ${DAY_NAMES[next.getDay()]} at ${at}`
              : `on ${next.getDate()} ${MONTHS[next.getMonth()]} at ${at}`;
    return `${open ? 'Closes' : 'Opens'} ${when}`;
  } catch {
    return null;
  }
}
