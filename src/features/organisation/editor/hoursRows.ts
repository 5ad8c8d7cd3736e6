// The friendly opening-hours editor's model: rows of days with an opening and closing time, plus
// "closed on bank holidays", converted to and from OpenStreetMap `opening_hours` text. Values the
// rows cannot express (seasons, "24/7", week numbers) return null so the editor opens in
// free-text mode and nothing an expert wrote is lost.

export const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type Day = (typeof DAYS)[number];
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
}

export interface HoursRows {
  rows: HoursRow[];
  closedOnBankHolidays: boolean;
}

export type RowsResult = { ok: true; value: string | null } | { ok: false; errors: { row: number; field: 'days' | 'opens' | 'closes'; message: string }[] };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const emptyRow = (): HoursRow => ({ days: [], opens: '', closes: '' });

function isBlank(r: HoursRow) {
  return r.days.length === 0 && !r.opens && !r.closes;
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
  const errors: { row: number; field: 'days' | 'opens' | 'closes'; message: string }[] = [];
  const groups = new Map<string, { days: Day[]; times: string[] }>();
  form.rows.forEach((r, i) => {
    if (isBlank(r)) return;
    const n = i + 1;
    if (r.days.length === 0) errors.push({ row: n, field: 'days', message: `Session ${n}: choose at least one day` });
    if (!TIME.test(r.opens)) errors.push({ row: n, field: 'opens', message: `Session ${n}: enter an opening time, like 09:30` });
    if (!TIME.test(r.closes)) errors.push({ row: n, field: 'closes', message: `Session ${n}: enter a closing time, like 17:00` });
    else if (TIME.test(r.opens) && r.closes !== '00:00' && r.closes <= r.opens) {
      errors.push({ row: n, field: 'closes', message: `Session ${n}: the closing time must be after the opening time (${r.opens})` });
    }
    const spec = daySpec(r.days);
    const g = groups.get(spec) ?? { days: r.days, times: [] };
    // Midnight closing is written 24:00 in OSM; 00:00 would mean "closes before it opens".
    g.times.push(`${r.opens}-${r.closes === '00:00' ? '24:00' : r.closes}`);
    groups.set(spec, g);
  });
  if (errors.length) return { ok: false, errors };

  const rules: string[] = [];
  const seen = new Set<Day>();
  for (const [spec, g] of groups) {
    const rule = `${spec} ${[...new Set(g.times)].sort().join(',')}`;
    // A rule after ";" replaces earlier rules for the same days; "," adds to them.
    const overlaps = g.days.some((d) => seen.has(d));
    rules.push(rules.length === 0 ? rule : `${overlaps ? ', ' : '; '}${rule}`);
    g.days.forEach((d) => seen.add(d));
  }
  if (rules.length === 0) return { ok: true, value: form.closedOnBankHolidays ? 'PH off' : null };
  if (form.closedOnBankHolidays) rules.push('; PH off');
  return { ok: true, value: rules.join('') };
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
