// The friendly opening-hours editor's model: rows of days with an opening and closing time (every
// week, some weeks of the month, or every other week), term dates, closures, one-off sessions and
// "closed on bank holidays", converted to and from OpenStreetMap `opening_hours` text. Values the
// model cannot express ("24/7", hand-written rules) return null so the editor opens in free-text
// mode and nothing an expert wrote is lost.
import { ASSET_LIMITS } from '../../../domain/limits';
import { t } from './hours/i18n';
import {
  alternateWeekSelectors,
  firstSessionDate,
  monthlyDays,
  osmDate,
  osmRange,
  parseIsoDate,
  rangeFromOsm,
  WEEKS_OF_MONTH,
  type DateRange,
  type OneOff,
  type Repeat,
  type WeekOfMonth,
} from './hours/irregular';

import { DAYS, type Day } from './hours/days';

export { DAYS, type Day };
export const DAY_NAMES: Record<Day, string> = {
  Mo: 'Monday',
  Tu: 'Tuesday',
  We: 'Wednesday',
  Th: 'Thursday',
  Fr: 'Friday',
  Sa: 'Saturday',
  Su: 'Sunday',
};

export interface HoursRow {
  days: Day[];
  /** "HH:MM" as an <input type="time"> gives it; "" when not filled in. */
  opens: string;
  closes: string;
  /** Absent means every week. */
  repeat?: Repeat;
  /** With 'monthly': which weeks of the month. */
  weeks?: WeekOfMonth[];
  /** With 'fortnightly': the first session's date, "YYYY-MM-DD". */
  from?: string;
}

export interface HoursRows {
  rows: HoursRow[];
  closedOnBankHolidays: boolean;
  /** Sessions run only within these dates (term time, a season); empty means all year. */
  terms?: DateRange[];
  closures?: DateRange[];
  oneOffs?: OneOff[];
}

export type HoursField = 'days' | 'opens' | 'closes' | 'weeks' | 'from' | 'to' | 'date';
/** Which list an error belongs to: absent for the session rows. */
export type HoursList = 'terms' | 'closures' | 'oneOffs';
export interface HoursError {
  row: number;
  field: HoursField;
  message: string;
  list?: HoursList;
}

export type RowsResult = { ok: true; value: string | null } | { ok: false; errors: HoursError[] };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const emptyRow = (): HoursRow => ({ days: [], opens: '', closes: '' });

function isBlank(r: HoursRow) {
  return r.days.length === 0 && !r.opens && !r.closes && !r.from && !r.weeks?.length;
}

const repeatOf = (r: HoursRow): Repeat => r.repeat ?? 'weekly';
const closing = (closes: string) => (closes === '00:00' ? '24:00' : closes);

/** Could two rows' sessions fall on the same date? (every week meets every pattern) */
function sameDates(a: HoursRow, b: HoursRow): boolean {
  const [ra, rb] = [repeatOf(a), repeatOf(b)];
  if (ra === 'weekly' || rb === 'weekly') return true;
  if (ra !== rb) return false; // some weeks of the month and alternate weeks meet only sometimes: not flagged
  if (ra === 'monthly') return (a.weeks ?? []).some((w) => (b.weeks ?? []).includes(w));
  const [fa, fb] = [parseIsoDate(a.from ?? ''), parseIsoDate(b.from ?? '')];
  if (!fa || !fb) return false;
  const weeks = Math.round((fb.getTime() - fa.getTime()) / (7 * 86_400_000));
  return weeks % 2 === 0;
}

const overlapsInTime = (a: { opens: string; closes: string }, b: { opens: string; closes: string }) => a.opens < closing(b.closes) && b.opens < closing(a.closes);

function timeErrors(r: { opens: string; closes: string }, what: string, push: (field: HoursField, message: string) => void) {
  if (!TIME.test(r.opens)) push('opens', t('opensTime', { what }));
  if (!TIME.test(r.closes)) push('closes', t('closesTime', { what }));
  else if (TIME.test(r.opens) && r.closes !== '00:00' && r.closes <= r.opens) push('closes', t('closesAfter', { what, opens: r.opens }));
}

function rangeErrors(list: HoursList, ranges: readonly DateRange[], label: (n: number) => string, errors: HoursError[]) {
  ranges.forEach((r, i) => {
    const n = i + 1;
    const what = label(n);
    if (!r.from && !r.to) return;
    if (!parseIsoDate(r.from)) errors.push({ list, row: n, field: 'from', message: t('badDate', { what }) });
    if (r.to && !parseIsoDate(r.to)) errors.push({ list, row: n, field: 'to', message: t('badDate', { what }) });
    else if (r.to && parseIsoDate(r.from) && r.to < r.from) errors.push({ list, row: n, field: 'to', message: t('endBeforeStart', { what }) });
  });
}

const filled = (ranges: readonly DateRange[] | undefined) => (ranges ?? []).filter((r) => r.from || r.to);
const inRange = (date: string, r: DateRange) => date >= r.from && date <= (r.to || r.from);

/** Errors in the irregular parts: every-other-week starts, weeks of the month, dates, overlaps. */
function irregularErrors(form: HoursRows, errors: HoursError[]) {
  const terms = filled(form.terms);
  form.rows.forEach((r, i) => {
    if (isBlank(r)) return;
    const n = i + 1;
    if (repeatOf(r) === 'monthly' && !r.weeks?.length) errors.push({ row: n, field: 'weeks', message: t('chooseWeeks', { n }) });
    if (repeatOf(r) === 'fortnightly') {
      if (!r.from) errors.push({ row: n, field: 'from', message: t('needStart', { n }) });
      else if (!parseIsoDate(r.from)) errors.push({ row: n, field: 'from', message: t('badDate', { what: `Session ${n}` }) });
      if (terms.length) errors.push({ row: n, field: 'from', message: t('alternateWithTerms', { n }) });
    }
    for (let j = 0; j < i; j++) {
      const o = form.rows[j];
      if (isBlank(o) || !TIME.test(o.opens) || !TIME.test(o.closes) || !TIME.test(r.opens) || !TIME.test(r.closes)) continue;
      const day = r.days.find((d) => o.days.includes(d));
      if (day && sameDates(o, r) && overlapsInTime(o, r)) errors.push({ row: n, field: 'opens', message: t('overlap', { a: j + 1, b: n, day: DAY_NAMES[day] }) });
    }
  });
  rangeErrors('terms', form.terms ?? [], (n) => t('termN', { n }), errors);
  terms.forEach((r, i) => {
    for (let j = 0; j < i; j++) {
      const o = terms[j];
      if (parseIsoDate(r.from) && parseIsoDate(o.from) && r.from <= (o.to || o.from) && o.from <= (r.to || r.from))
        errors.push({ list: 'terms', row: i + 1, field: 'from', message: t('termsOverlap', { a: j + 1, b: i + 1 }) });
    }
  });
  rangeErrors('closures', form.closures ?? [], (n) => t('closureN', { n }), errors);
  (form.oneOffs ?? []).forEach((o, i) => {
    const n = i + 1;
    if (!o.date && !o.opens && !o.closes) return;
    const what = t('oneOffN', { n });
    const push = (field: HoursField, message: string) => errors.push({ list: 'oneOffs', row: n, field, message });
    if (!parseIsoDate(o.date)) push('date', t('badDate', { what }));
    timeErrors(o, what, push);
    const closed = (form.closures ?? []).findIndex((c) => parseIsoDate(c.from) && inRange(o.date, c));
    if (closed >= 0) push('date', t('oneOffClosed', { n, m: closed + 1 }));
    (form.oneOffs ?? []).slice(0, i).forEach((p, j) => {
      if (p.date === o.date && TIME.test(p.opens) && TIME.test(p.closes) && TIME.test(o.opens) && TIME.test(o.closes) && overlapsInTime(p, o))
        push('opens', t('oneOffOverlap', { a: j + 1, b: n }));
    });
  });
}

/** The irregular session rules, each added to what comes before (", "). */
function irregularRules(form: HoursRows, prefix: string): string[] {
  const rules: string[] = [];
  for (const r of form.rows) {
    if (isBlank(r) || repeatOf(r) === 'weekly') continue;
    const times = `${r.opens}-${closing(r.closes)}`;
    if (repeatOf(r) === 'monthly') rules.push(`${prefix}${monthlyDays(r.days, r.weeks ?? [], DAYS)} ${times}`);
    else for (const weeks of alternateWeekSelectors(parseIsoDate(r.from!)!)) rules.push(`${weeks} ${daySpec(r.days)} ${times}`);
  }
  for (const o of form.oneOffs ?? []) if (o.date) rules.push(`${osmDate(o.date)} ${o.opens}-${closing(o.closes)}`);
  return rules;
}

/** "Mo,Tu,We,Fr" → "Mo-We,Fr": runs of three or more days become a range, as OSM editors write. */
export function daySpec(days: readonly Day[]): string {
  const idx = [...new Set(days.map((d) => DAYS.indexOf(d)))].filter((i) => i >= 0).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1] === idx[j] + 1) j++;
    if (j - i >= 2) parts.push(`${DAYS[idx[i]]}-${DAYS[idx[j]]}`);
    else for (let k = i; k <= j; k++) parts.push(DAYS[idx[k]]);
    i = j + 1;
  }
  return parts.join(',');
}

/** Rows → OSM text. Blank rows are ignored; no rows at all means "no hours given" (null). */
export function rowsToOpeningHours(form: HoursRows): RowsResult {
  const errors: HoursError[] = [];
  const groups = new Map<string, { days: Day[]; times: string[] }>();
  form.rows.forEach((r, i) => {
    if (isBlank(r)) return;
    const n = i + 1;
    if (r.days.length === 0) errors.push({ row: n, field: 'days', message: `Session ${n}: choose at least one day` });
    timeErrors(r, `Session ${n}`, (field, message) => errors.push({ row: n, field, message }));
    if (repeatOf(r) !== 'weekly') return;
    const spec = daySpec(r.days);
    const g = groups.get(spec) ?? { days: r.days, times: [] };
    // Midnight closing is written 24:00 in OSM; 00:00 would mean "closes before it opens".
    g.times.push(`${r.opens}-${r.closes === '00:00' ? '24:00' : r.closes}`);
    groups.set(spec, g);
  });
  irregularErrors(form, errors);
  if (errors.length) return { ok: false, errors };

  const prefix = filled(form.terms).length ? `${filled(form.terms).map(osmRange).join(',')} ` : '';
  const rules: string[] = [];
  const seen = new Set<Day>();
  for (const [spec, g] of groups) {
    const rule = `${prefix}${spec} ${[...new Set(g.times)].sort().join(',')}`;
    // A rule after ";" replaces earlier rules for the same days; "," adds to them.
    const overlaps = g.days.some((d) => seen.has(d));
    rules.push(rules.length === 0 ? rule : `${overlaps ? ', ' : '; '}${rule}`);
    g.days.forEach((d) => seen.add(d));
  }
  for (const rule of irregularRules(form, prefix)) rules.push(rules.length === 0 ? rule : `, ${rule}`);
  // Closures come after the sessions, so they win on their dates (";" replaces).
  const closures = filled(form.closures).map((c) => `${osmRange(c)} off`);
  if (rules.length === 0 && closures.length === 0) return { ok: true, value: form.closedOnBankHolidays ? 'PH off' : null };
  for (const c of closures) rules.push(rules.length === 0 ? c : `; ${c}`);
  if (form.closedOnBankHolidays) rules.push('; PH off');
  const value = rules.join('');
  if (value.length > ASSET_LIMITS.opening_hours) return { ok: false, errors: [{ row: 1, field: 'opens', message: t('tooLong', { max: ASSET_LIMITS.opening_hours }) }] };
  return { ok: true, value };
}

const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const DAY_PART = `${DAY}(?:-${DAY})?`;
const TIME_RANGE = '(?:[01]\\d|2[0-4]):[0-5]\\d-(?:[01]\\d|2[0-4]):[0-5]\\d';
const RULE = new RegExp(`^(${DAY_PART}(?:,${DAY_PART})*)\\s+(${TIME_RANGE}(?:,${TIME_RANGE})*)$`);

function expandDays(spec: string): Day[] {
  const out: Day[] = [];
  for (const part of spec.split(',')) {
    const [a, b] = part.split('-') as [Day, Day | undefined];
    const from = DAYS.indexOf(a);
    const to = b ? DAYS.indexOf(b) : from;
    // "Sa-Mo" wraps round the week.
    for (let i = from; ; i = (i + 1) % 7) {
      out.push(DAYS[i]);
      if (i === to) break;
    }
  }
  return [...new Set(out)];
}

/** OSM text → rows, or null when the value needs the free-text editor. */
export function openingHoursToRows(value: string | null | undefined): HoursRows | null {
  return weeklyToRows(value) ?? irregularToRows(value);
}

const DATE_OSM = '\\d{4} [A-Z][a-z]{2} \\d{2}';
const RANGE_OSM = `${DATE_OSM}(?:-${DATE_OSM})?`;
const ONE_TIME = '(?:[01]\\d|2[0-4]):[0-5]\\d-(?:[01]\\d|2[0-4]):[0-5]\\d';
const TERMS_PREFIX = `(?:(${RANGE_OSM}(?:,${RANGE_OSM})*) )?`;
const CLOSURE_RULE = new RegExp(`^(${RANGE_OSM}) off$`);
const ONE_OFF_RULE = new RegExp(`^(${DATE_OSM}) (${ONE_TIME})$`);
const ALTERNATE_RULE = new RegExp(`^(\\d{4}) week (\\d{2})(?:-\\d{2}/2)? (${DAY_PART}(?:,${DAY_PART})*) (${ONE_TIME})$`);
const MONTHLY_RULE = new RegExp(`^${TERMS_PREFIX}(${DAY}\\[[-\\d,]+\\](?:,${DAY}\\[[-\\d,]+\\])*) (${ONE_TIME})$`);
const WEEKLY_RULE = new RegExp(`^${TERMS_PREFIX}(${DAY_PART}(?:,${DAY_PART})*) (${TIME_RANGE}(?:,${TIME_RANGE})*)$`);

const untilMidnight = (closes: string) => (closes === '24:00' ? '00:00' : closes);

/**
 * The values this editor writes with irregular parts, read back. Strict: the rows must write
 * the very same text again, or the value is left to the text editor (null).
 */
function irregularToRows(value: string | null | undefined): HoursRows | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  const form: Required<HoursRows> = { rows: [], closedOnBankHolidays: false, terms: [], closures: [], oneOffs: [] };
  let terms: string | null = null;
  const alternates = new Map<string, HoursRow>();
  const sameTerms = (t: string | undefined) => {
    const k = t ?? '';
    if (terms !== null && terms !== k) return false;
    terms = k;
    return true;
  };
  for (const rule of text.split(/\s*;\s*|,\s+(?=\d{4} |Mo|Tu|We|Th|Fr|Sa|Su|PH)/)) {
    let m: RegExpExecArray | null;
    if (/^PH\s+(off|closed)$/i.test(rule)) form.closedOnBankHolidays = true;
    else if ((m = CLOSURE_RULE.exec(rule))) {
      const r = rangeFromOsm(m[1]);
      if (!r) return null;
      form.closures.push(r);
    } else if ((m = ONE_OFF_RULE.exec(rule))) {
      const r = rangeFromOsm(m[1]);
      const [opens, closes] = m[2].split('-');
      if (!r) return null;
      form.oneOffs.push({ date: r.from, opens, closes: untilMidnight(closes) });
    } else if ((m = ALTERNATE_RULE.exec(rule))) {
      const days = expandDays(m[3]);
      const [opens, closes] = m[4].split('-');
      const key = `${m[3]} ${m[4]}`;
      if (!alternates.has(key)) {
        const row: HoursRow = { days, opens, closes: untilMidnight(closes), repeat: 'fortnightly', from: firstSessionDate(Number(m[1]), Number(m[2]), days, DAYS) };
        alternates.set(key, row);
        form.rows.push(row);
      }
    } else if ((m = MONTHLY_RULE.exec(rule))) {
      if (!sameTerms(m[1])) return null;
      const parts = m[2].split(/,(?=[A-Z])/).map((p) => /^(\w\w)\[([-\d,]+)\]$/.exec(p));
      if (parts.some((p) => !p || p[2] !== parts[0]![2])) return null;
      const weeks = parts[0]![2].split(',').map(Number) as WeekOfMonth[];
      if (weeks.some((w) => !WEEKS_OF_MONTH.includes(w))) return null;
      const [opens, closes] = m[3].split('-');
      form.rows.push({ days: parts.map((p) => p![1] as Day), opens, closes: untilMidnight(closes), repeat: 'monthly', weeks });
    } else if ((m = WEEKLY_RULE.exec(rule))) {
      if (!sameTerms(m[1])) return null;
      const days = expandDays(m[2]);
      for (const range of m[3].split(',')) {
        const [opens, closes] = range.split('-');
        form.rows.push({ days, opens, closes: untilMidnight(closes) });
      }
    } else return null;
  }
  if (terms) {
    for (const r of (terms as string).split(',')) {
      const range = rangeFromOsm(r);
      if (!range) return null;
      form.terms.push(range);
    }
  }
  if (form.rows.length === 0) form.rows.push(emptyRow());
  const again = rowsToOpeningHours(form);
  return again.ok && again.value === text ? form : null;
}

function weeklyToRows(value: string | null | undefined): HoursRows | null {
  const text = (value ?? '').trim();
  if (!text) return { rows: [emptyRow()], closedOnBankHolidays: false };
  const rows: HoursRow[] = [];
  let closedOnBankHolidays = false;
  // Rules are separated by ";" (replacing) or ", " before a day name (adding); the rows model
  // can only express them when no two rules name the same day with ";".
  const replacing = text.split(/\s*;\s*/);
  const seen = new Set<Day>();
  for (const block of replacing) {
    if (!block) continue;
    if (/^PH\s+(off|closed)$/i.test(block)) {
      closedOnBankHolidays = true;
      continue;
    }
    const blockDays = new Set<Day>();
    for (const rule of block.split(new RegExp(`,\\s+(?=${DAY})`))) {
      const m = RULE.exec(rule.trim());
      if (!m) return null;
      const days = expandDays(m[1]);
      days.forEach((d) => blockDays.add(d));
      for (const range of m[2].split(',')) {
        const [opens, closes] = range.split('-');
        if (opens === '24:00') return null;
        rows.push({ days, opens, closes: closes === '24:00' ? '00:00' : closes });
      }
    }
    for (const d of blockDays) if (seen.has(d)) return null;
    blockDays.forEach((d) => seen.add(d));
  }
  return { rows: rows.length ? rows : [emptyRow()], closedOnBankHolidays };
}
