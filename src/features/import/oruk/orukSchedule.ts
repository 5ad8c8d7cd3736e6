// ORUK v3 schedules (iCalendar-like: freq, byday, opens_at/closes_at, valid_from/valid_to) → one
// OpenStreetMap opening_hours value. ORUK schedules add up, while a later OSM rule replaces an
// earlier one for the same days, so spans are gathered per day first and days with the same spans
// are written as one rule. A schedule OSM cannot say (every other week, the 3rd of each month,
// only words) is reported, never guessed: the listing then has no opening hours rather than wrong ones.
import { checkOpeningHours } from '../../../domain/validation';

export interface OrukSchedule {
  freq?: string | null;
  interval?: number | null;
  byday?: string | null;
  bymonthday?: string | null;
  opens_at?: string | null;
  closes_at?: string | null;
  valid_from?: string | null;
  valid_to?: string | null;
  dtstart?: string | null;
  until?: string | null;
  count?: number | null;
  description?: string | null;
}

export interface ScheduleResult {
  /** The opening hours, or null when there are none we can give. */
  hours: string | null;
  /** Each schedule that could not be expressed: the schedule in short, and why. */
  problems: { schedule: string; message: string }[];
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const OSM_DAY: Record<string, string> = { MO: 'Mo', TU: 'Tu', WE: 'We', TH: 'Th', FR: 'Fr', SA: 'Sa', SU: 'Su' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** "09:00:00", "9:00", "09:00:00+01:00" → "09:00"; null when not a time. */
function timeOf(v: unknown): string | null {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(text(v));
  if (!m || +m[1] > 24 || +m[2] > 59) return null;
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}

/** "2025-04-01" → "2025 Apr 01"; null when not a date. */
function dateOf(v: unknown): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text(v));
  if (!m || +m[2] < 1 || +m[2] > 12) return null;
  return `${m[1]} ${MONTHS[+m[2] - 1]} ${m[3]}`;
}

/** How one schedule reads in words, to name it in a message. */
function describe(s: OrukSchedule): string {
  const parts = [text(s.freq), text(s.byday) && `byday ${text(s.byday)}`, text(s.bymonthday) && `bymonthday ${text(s.bymonthday)}`];
  const times = text(s.opens_at) || text(s.closes_at) ? `${text(s.opens_at) || '?'}–${text(s.closes_at) || '?'}` : '';
  const said = [...parts, times].filter(Boolean).join(' ');
  const words = text(s.description);
  return said ? `“${said}”${words ? ` (${words})` : ''}` : words ? `“${words}”` : 'with no days or times';
}

type Expressed = { range: string; days: string[]; span: string } | { problem: { schedule: string; message: string } };

/**
 * Our own feed (and any that follows it) writes a rule ORUK has no form for as a schedule with only
 * words, ending "(opening hours rule: PH off)": that rule is the opening hours it came from.
 */
const RULE_NOTE = /\(opening hours rule: ([^()]+)\)\s*$/;

/** valid_from/valid_to covering whole months of a schedule said to be every year → "Apr-Sep". */
function everyYear(s: OrukSchedule): string | null {
  if (!/^every year\b/i.test(text(s.description))) return null;
  const from = /^(\d{4})-(\d{2})-01$/.exec(text(s.valid_from).slice(0, 10));
  const to = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text(s.valid_to).slice(0, 10));
  if (!from || !to) return null;
  const lastDay = new Date(Date.UTC(+to[1], +to[2], 0)).getUTCDate();
  if (+to[3] !== lastDay) return null;
  const [a, b] = [MONTHS[+from[2] - 1], MONTHS[+to[2] - 1]];
  return a === b ? a : `${a}-${b}`;
}

type Raw = { raw: string };

/** One schedule → its date range, OSM day selectors and time span, or why it cannot be one. */
function expressOne(s: OrukSchedule): Expressed | Raw {
  if (!text(s.opens_at) && !text(s.closes_at) && !text(s.byday)) {
    const note = RULE_NOTE.exec(text(s.description));
    if (note) return { raw: note[1].trim() };
  }
  const freq = text(s.freq).toUpperCase();
  const interval = s.interval === undefined || s.interval === null || text(s.interval) === '' ? 1 : Number(s.interval);
  const opens = timeOf(s.opens_at);
  const closes = timeOf(s.closes_at);
  const cannot = (why: string): Expressed => ({ problem: { schedule: describe(s), message: `The schedule ${describe(s)} ${why}` } });
  if (!opens || !closes) return cannot('gives no opening and closing times we can read (expected times like 09:00:00).');
  if (interval !== 1) return cannot(`repeats every ${interval} ${freq === 'MONTHLY' ? 'months' : 'weeks'}, which opening hours cannot say.`);
  if (text(s.bymonthday)) return cannot('falls on days of the month, which opening hours cannot say.');
  if (text(s.count)) return cannot('ends after a number of times, which opening hours cannot say.');
  const byday = text(s.byday)
    .toUpperCase()
    .split(/\s*,\s*/)
    .filter(Boolean);
  const days: string[] = [];
  if (freq === 'DAILY' && byday.length === 0) days.push(...DAYS.map((d) => OSM_DAY[d]));
  for (const token of byday) {
    const m = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/.exec(token);
    if (!m) return cannot(`has a day “${token}” we cannot read.`);
    if (m[1]) {
      if (freq !== 'MONTHLY') return cannot(`gives the day “${token}” of a ${freq ? freq.toLowerCase() : 'schedule without a frequency'}; only a monthly schedule may.`);
      days.push(`${OSM_DAY[m[2]]}[${m[1].replace('+', '')}]`);
    } else {
      if (freq === 'MONTHLY') return cannot(`is monthly but does not say which ${OSM_DAY[m[2]]} of the month (expected like 2TU).`);
      days.push(OSM_DAY[m[2]]);
    }
  }
  if (days.length === 0) return cannot('does not say on which days it is open.');
  if (freq !== '' && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'DAILY') return cannot(`has the frequency “${freq}”, which opening hours cannot say.`);
  const yearly = everyYear(s);
  if (yearly) return { range: yearly, days, span: spanOf(opens, closes) };
  const from = text(s.valid_from) ? dateOf(s.valid_from) : '';
  const to = text(s.valid_to) || text(s.until) ? dateOf(s.valid_to || s.until) : '';
  if (from === null || to === null) return cannot('has a start or end date we cannot read (expected like 2025-04-01).');
  if (from && to && text(s.valid_from).slice(0, 10) > text(s.valid_to || s.until).slice(0, 10)) return cannot('ends before it starts.');
  // OSM has no open-ended date range with a year on one side only; a start alone or an end alone is a range to a far year.
  const range = from || to ? `${from || '1900 Jan 01'}-${to || '2999 Dec 31'}` : '';
  return { range, days, span: spanOf(opens, closes) };
}

/** ORUK has no 24:00: a day that runs to midnight closes at 23:59:59 (or 00:00). */
const spanOf = (opens: string, closes: string) => `${opens}-${closes === '00:00' || closes === '23:59' ? '24:00' : closes}`;

/** All of a service's schedules → opening hours, with a problem for each schedule left out. */
export function schedulesToOpeningHours(schedules: readonly OrukSchedule[] | null | undefined): ScheduleResult {
  const problems: ScheduleResult['problems'] = [];
  // Per date range (none first, so a dated period overrides the usual hours in it), per day: spans.
  const byRange = new Map<string, Map<string, string[]>>();
  byRange.set('', new Map());
  const raws: string[] = [];
  for (const s of schedules ?? []) {
    if (!s || typeof s !== 'object') continue;
    const e = expressOne(s);
    if ('raw' in e) {
      if (!raws.includes(e.raw)) raws.push(e.raw);
      continue;
    }
    if ('problem' in e) {
      problems.push(e.problem);
      continue;
    }
    let days = byRange.get(e.range);
    if (!days) byRange.set(e.range, (days = new Map()));
    for (const d of e.days) {
      const spans = days.get(d) ?? [];
      if (!spans.includes(e.span)) spans.push(e.span);
      days.set(d, spans);
    }
  }
  const rules: string[] = [];
  const usual = byRange.get('')!;
  for (const [range, days] of byRange) {
    // A later OSM rule replaces an earlier one ("Tu[2]" replaces "Tu" on the second Tuesday, a
    // dated rule the usual hours in its dates), while ORUK schedules add up: so the hours that
    // still apply are added to the later rule, and a later rule that then says nothing new goes.
    for (const [d, spans] of [...days]) {
      const under = [range ? usual.get(d) : undefined, days.get(d.slice(0, 2)), range && d.length > 2 ? usual.get(d.slice(0, 2)) : undefined];
      const implied = merged(under.flatMap((u) => (u && u !== spans ? u : [])));
      if (implied.length === 0) continue;
      const all = merged([...spans, ...implied]);
      if (all.join() === implied.join()) days.delete(d);
      else days.set(d, all);
    }
    const bySpans = new Map<string, string[]>();
    const ordered = [...days.keys()].sort((a, b) => dayOrder(a) - dayOrder(b));
    for (const d of ordered) {
      const spans = merged(days.get(d)!).join(',');
      bySpans.set(spans, [...(bySpans.get(spans) ?? []), d]);
    }
    for (const [spans, ds] of bySpans) {
      const selector = daySelector(ds);
      // In a dated rule every day goes without saying ("Apr-Sep 08:00-21:00").
      rules.push(range && selector === 'Mo-Su' ? `${range} ${spans}` : `${range ? `${range} ` : ''}${selector} ${spans}`);
    }
  }
  rules.push(...raws);
  if (rules.length === 0) return { hours: null, problems };
  const raw = rules.length === 1 && rules[0] === 'Mo-Su 00:00-24:00' ? '24/7' : rules.join('; ');
  const checked = checkOpeningHours(raw);
  if (!checked.ok)
    return { hours: null, problems: [...problems, { schedule: raw, message: `The schedules could not be turned into opening hours: ${checked.message}` }] };
  return { hours: checked.value, problems };
}

function dayOrder(d: string): number {
  const base = DAYS.indexOf(d.slice(0, 2).toUpperCase()) * 10;
  return d.length > 2 ? base + 1 + Number(d.slice(3, -1).replace('-', '')) : base;
}

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** Spans in time order, overlapping or touching ones joined ("09:00-17:00" and "10:00-12:00" are one). */
function merged(spans: readonly string[]): string[] {
  const sorted = spans.map((s) => s.split('-') as [string, string]).sort((a, b) => minutes(a[0]) - minutes(b[0]));
  const out: [string, string][] = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    // A span past midnight (22:00-02:00) is left as it is.
    if (last && minutes(last[1]) >= minutes(last[0]) && minutes(to) >= minutes(from) && minutes(from) <= minutes(last[1])) {
      if (minutes(to) > minutes(last[1])) last[1] = to;
    } else out.push([from, to]);
  }
  return out.map(([from, to]) => `${from}-${to}`);
}

/** ["Mo","Tu","We","Th","Fr","Tu[2]"] → "Mo-Fr,Tu[2]": three or more days in a row as a range. */
function daySelector(days: readonly string[]): string {
  const parts: string[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 3) parts.push(`${OSM_DAY[DAYS[run[0]]]}-${OSM_DAY[DAYS[run[run.length - 1]]]}`);
    else parts.push(...run.map((i) => OSM_DAY[DAYS[i]]));
    run = [];
  };
  for (const d of days) {
    const i = d.length === 2 ? DAYS.indexOf(d.toUpperCase()) : -1;
    if (i < 0) {
      flush();
      // "We[1]" then "We[3]" → "We[1,3]"
      const last = parts[parts.length - 1];
      if (last?.startsWith(`${d.slice(0, 2)}[`)) parts[parts.length - 1] = `${last.slice(0, -1)},${d.slice(3)}`;
      else parts.push(d);
    } else {
      if (run.length && i !== run[run.length - 1] + 1) flush();
      run.push(i);
    }
  }
  flush();
  return parts.join(',');
}
