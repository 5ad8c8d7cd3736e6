// People write opening hours as they say them: "9-5", "9 till 5", "9.30-4.30", "9-12, 1-5".
// Read as 24-hour times those close before they open, and residents would read "Closes
// tomorrow at 5am". This reads the 12-hour clock the writer meant: a closing hour written
// without am/pm that is not after the opening hour, and becomes later with 12 added, is the
// afternoon. A range that still closes before it opens is kept only when the text says it runs
// overnight (24-hour times such as 22:00-02:00, pm to am, or a word like "overnight"); any
// other is refused, never published as it reads.

interface Time {
  minutes: number;
  /** Written with am or pm. */
  meridiem: 'am' | 'pm' | null;
  /** Written as a 24-hour time: a leading zero ("02:00", "00:00") or an hour from 13. */
  twentyFour: boolean;
}

const TIME = /^(\d{1,2})(?:[:.]?(\d{2}))?(?::\d{2})?\s*(a\.?m\.?|p\.?m\.?)?$/i;
const DAY = 24 * 60;

function parseTime(token: string): Time | null {
  const r = TIME.exec(token.trim());
  if (!r) return null;
  let h = +r[1];
  const m = r[2] === undefined ? 0 : +r[2];
  if (m > 59) return null;
  const meridiem = r[3] ? ((r[3][0].toLowerCase() as 'a' | 'p') === 'a' ? 'am' : 'pm') : null;
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (h > 24 || (h === 24 && m > 0)) return null;
  const twentyFour = meridiem === null && (h >= 13 || (r[1].length === 2 && r[1][0] === '0'));
  return { minutes: h * 60 + m, meridiem, twentyFour };
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export type TimeRange = { ok: true; opens: string; closes: string; inferred: boolean } | { ok: false; problem: 'unreadable' | 'closes_before_opens' };

function rangeOf(opens: Time, closes: Time): TimeRange {
  const ok = (o: number, c: number, inferred: boolean): TimeRange => ({ ok: true, opens: hhmm(o), closes: hhmm(c), inferred });
  const o = opens.minutes;
  const c = closes.minutes;
  if (c > o) return ok(o, c, false);
  // Overnight, as the text states it: 24-hour times, or an evening opening to a morning close.
  if (closes.twentyFour || (closes.meridiem === null && opens.twentyFour)) return ok(o, c, false);
  if (closes.meridiem === 'am' && (opens.meridiem === 'pm' || opens.twentyFour)) return ok(o, c, false);
  // "9-5": the bare closing hour is the afternoon.
  if (closes.meridiem === null && c < 13 * 60 && c + 12 * 60 > o && c + 12 * 60 <= DAY) return ok(o, c + 12 * 60, true);
  return { ok: false, problem: 'closes_before_opens' };
}

/** One opening and closing time as written ("9", "5"; "9am", "5pm"; "22:00", "02:00") → HH:MM. */
export function readTimeRange(opensText: string, closesText: string): TimeRange {
  const opens = parseTime(opensText);
  const closes = parseTime(closesText);
  if (!opens || !closes) return { ok: false, problem: 'unreadable' };
  return rangeOf(opens, closes);
}

export interface TwelveHourReading {
  /** The text with each range read as the afternoon rewritten as HH:MM-HH:MM; the rest as given. */
  text: string;
  /** The ranges as written that were read as the afternoon ("9-5"). */
  inferred: string[];
  /** Ranges that close before they open and say nothing of running overnight ("9am-5am"). */
  refused: string[];
  /** The text states a range that runs past midnight. */
  overnight: boolean;
}

const T = String.raw`\d{1,2}(?:[:.]\d{2})?(?:\s*(?:a\.?m\.?|p\.?m\.?))?`;
// Not after "[" (Tu[1-2]), a week or a month ("week 1-5", "Jan 1-5"), nor inside a word or number.
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december';
const NOT_DATE = String.raw`(?<!\[|\b(?:weeks?|${MONTHS})\.?\s*|[\w:./-])`;
const RANGE = new RegExp(String.raw`"[^"]*"|${NOT_DATE}(${T})\s*(?:-|–|—|\bto\b|\btill?\b|\buntil\b)\s*(${T})(?![\w\]/]|[:.]\d)`, 'gi');
const OVERNIGHT = /\b(overnight|through the night|all night|past midnight)\b/i;

/**
 * Every opening–closing range in a free-text or OpenStreetMap value, read as its writer meant
 * it. A second session that starts before the one before it ends, both in bare hours ("9-12,
 * 1-5"), is the afternoon too. Quoted comments are left alone.
 */
export function readTwelveHourTimes(value: string): TwelveHourReading {
  const inferred: string[] = [];
  const refused: string[] = [];
  const saysOvernight = OVERNIGHT.test(value);
  let overnight = saysOvernight;
  // The previous range's closing time within one rule (rules are split by ";" and "||").
  let previousClose = -1;
  let ruleStart = 0;
  const text = value.replace(RANGE, (match: string, a: string | undefined, b: string | undefined, at: number) => {
    if (a === undefined || b === undefined) return match; // a quoted comment
    if (/;|\|\|/.test(value.slice(ruleStart, at))) previousClose = -1;
    ruleStart = at;
    const opens = parseTime(a);
    const closes = parseTime(b);
    if (!opens || !closes) return match;
    const bare = (t: Time) => t.meridiem === null && !t.twentyFour;
    let r = rangeOf(opens, closes);
    if (r.ok && !r.inferred && bare(opens) && bare(closes) && opens.minutes < previousClose && closes.minutes + 12 * 60 <= DAY) {
      r = { ok: true, opens: hhmm(opens.minutes + 12 * 60), closes: hhmm(closes.minutes + 12 * 60), inferred: true };
    }
    if (!r.ok) {
      if (!saysOvernight) refused.push(match);
      return match;
    }
    const o = toMinutes(r.opens);
    const c = toMinutes(r.closes);
    previousClose = c > o ? c : DAY;
    if (c <= o) overnight = true;
    if (!r.inferred || saysOvernight) return match;
    inferred.push(match);
    return `${r.opens}-${r.closes}`;
  });
  return { text, inferred, refused, overnight };
}

const toMinutes = (t: string) => +t.slice(0, 2) * 60 + +t.slice(3, 5);

const CANONICAL_RANGE = /\b(\d{2}):(\d{2})-(\d{2}):(\d{2})\b/g;

/** The HH:MM-HH:MM ranges in a value that close at or before they open ("09:00-05:00"). */
export function rangesClosingBeforeOpening(value: string): string[] {
  const out: string[] = [];
  for (const m of value.matchAll(CANONICAL_RANGE)) {
    const o = +m[1] * 60 + +m[2];
    const c = +m[3] * 60 + +m[4];
    if (c <= o) out.push(m[0]);
  }
  return out;
}
