// Turn the free text partners put in spreadsheet cells into our value sets: yes/no, cost and
// free, age groups, accessibility features, languages, kind, coordinates. Each returns what it
// understood plus what it could not, so the row can say exactly which words were not used.
import { ACCESSIBILITY, AGE_GROUPS, type AccessibilityFeature, type AgeGroup, type AssetKind } from '../../domain/types';

const YES = new Set(['yes', 'y', 'true', 't', '1', 'x', '✓', '✔', 'available', 'ok']);
const NO = new Set(['no', 'n', 'false', 'f', '0', 'none', 'not available', '-', 'n/a', 'na']);

/** true / false, or null when the text is neither. An empty cell is false. */
export function parseYesNo(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (t === '') return false;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return null;
}

const FREE_ONLY = /^(free|free of charge|no charge|none|nil|nothing|£?0(\.00?)?|0p|n\/a|no cost|free entry)$/i;
const DONATION = /\b(donations?|pay what you (can|feel|like)|voluntary contribution|pay as you feel)\b/i;
const HAS_PRICE = /£\s*\d|\d\s*p\b|\b\d+(\.\d\d)?\s*(pounds?|gbp)\b/i;

/**
 * From a cost text and/or a free yes/no: "Free" → free, no cost text; "£2" → not free, "£2";
 * "Donations welcome" → free, text kept; "Free for carers, £3 others" → not free, text kept.
 */
export function parseCost(costText: string, freeText: string): { free: boolean; cost: string | null; freeUnknown: boolean } {
  const cost = costText.trim();
  const freeFlag = freeText.trim() === '' ? null : parseYesNo(freeText);
  const freeUnknown = freeText.trim() !== '' && freeFlag === null;
  if (cost === '') return { free: freeFlag ?? false, cost: null, freeUnknown };
  if (FREE_ONLY.test(cost)) return { free: freeFlag ?? true, cost: null, freeUnknown };
  if (freeFlag !== null) return { free: freeFlag, cost, freeUnknown };
  if (HAS_PRICE.test(cost)) return { free: false, cost, freeUnknown };
  if (DONATION.test(cost) || /^free\b/i.test(cost)) return { free: true, cost, freeUnknown };
  return { free: false, cost, freeUnknown };
}

const LIST_SPLIT = /\s*(?:[;,|\n/]|\band\b|&)\s*/i;

function ageBandsFor(min: number, max: number): AgeGroup[] {
  return (Object.keys(AGE_GROUPS) as AgeGroup[]).filter((g) => AGE_GROUPS[g].min <= max && AGE_GROUPS[g].max >= min);
}

const AGE_WORDS: [RegExp, AgeGroup[]][] = [
  [/^(all|all ages|everyone|any|any age|all age groups|anyone|whole family|families and individuals)$/, ['children', 'young_people', 'adults', 'older_people']],
  [/^(children|child|kids|babies|toddlers|under 5s|under fives|families|family|parents|early years|primary)$/, ['children']],
  [/^(young people|young_people|youth|teens?|teenagers|young adults|adolescents|students|secondary)$/, ['young_people']],
  [/^(adults?|grown ups|working age)$/, ['adults']],
  [/^(older people|older_people|older adults|elderly|seniors?|pensioners|retired|later life)$/, ['older_people']],
];

/**
 * "Children; 65+", "5-16", "Adults (18–64)", "all ages" → age groups. Numbers become the bands
 * they overlap. Words it does not know are returned in `unknown`.
 */
export function parseAgeGroups(text: string): { groups: AgeGroup[]; unknown: string[] } {
  const found = new Set<AgeGroup>();
  const unknown: string[] = [];
  for (const raw of text.split(/\s*[;,|\n/]\s*/)) {
    const token = raw.trim();
    if (token === '') continue;
    const t = token.toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ');
    const label = (Object.keys(AGE_GROUPS) as AgeGroup[]).find((g) => AGE_GROUPS[g].label.toLowerCase() === t || g === t);
    if (label) {
      found.add(label);
      continue;
    }
    const words = AGE_WORDS.find(([re]) => re.test(t.replace(/\s*\(.*\)$/, '')));
    if (words) {
      words[1].forEach((g) => found.add(g));
      continue;
    }
    let m: RegExpMatchArray | null;
    if ((m = t.match(/(\d{1,3})\s*(?:-|to)\s*(\d{1,3})/))) ageBandsFor(+m[1], +m[2]).forEach((g) => found.add(g));
    else if ((m = t.match(/(\d{1,3})\s*\+|(?:over|above|from)\s*(\d{1,3})|(\d{1,3})\s*(?:and|&) over/)))
      ageBandsFor(+(m[1] ?? m[2] ?? m[3]), 120).forEach((g) => found.add(g));
    else if ((m = t.match(/(?:under|below|up to)\s*(\d{1,3})/))) ageBandsFor(0, Math.max(0, +m[1] - 1)).forEach((g) => found.add(g));
    else unknown.push(token);
  }
  return { groups: (Object.keys(AGE_GROUPS) as AgeGroup[]).filter((g) => found.has(g)), unknown };
}

/** ORUK minimum_age / maximum_age → the age groups the range overlaps. */
export function ageGroupsFromRange(min: number | null, max: number | null): AgeGroup[] {
  return ageBandsFor(min ?? 0, max ?? 120);
}

const ACCESS_WORDS: [RegExp, AccessibilityFeature][] = [
  [/wheelchair|step[- ]?free|level access|ramp|lift|no steps/, 'step_free'],
  [/toilet|changing places|wc\b/, 'accessible_toilet'],
  [/hearing|loop/, 'hearing_loop'],
  [/parking|blue badge/, 'accessible_parking'],
  [/\bbsl\b|sign language|signing/, 'bsl'],
  [/large print|easy read|braille/, 'large_print'],
  [/quiet|sensory/, 'quiet_space'],
  [/dog/, 'assistance_dogs'],
];

/** "Wheelchair access; hearing loop" → features; words not recognised come back in `unknown`. */
export function parseAccessibility(text: string): { features: AccessibilityFeature[]; unknown: string[] } {
  const found = new Set<AccessibilityFeature>();
  const unknown: string[] = [];
  for (const raw of text.split(/\s*[;,|\n]\s*/)) {
    const token = raw.trim();
    if (token === '') continue;
    const t = token.toLowerCase();
    if (/^(none|no|n\/a|na|-)$/.test(t)) continue;
    const key = (Object.keys(ACCESSIBILITY) as AccessibilityFeature[]).find((f) => f === t || ACCESSIBILITY[f].toLowerCase() === t);
    const hit = key ?? ACCESS_WORDS.find(([re]) => re.test(t))?.[1];
    if (hit) found.add(hit);
    else unknown.push(token);
  }
  return { features: (Object.keys(ACCESSIBILITY) as AccessibilityFeature[]).filter((f) => found.has(f)), unknown };
}

// Languages are stored as ISO 639 codes, as in ORUK (`en`, `pl`; `bsl` for British Sign
// Language). Partners write names; these are the ones common in Greater Manchester.
const LANGUAGE_CODES: Record<string, string> = {
  english: 'en',
  polish: 'pl',
  urdu: 'ur',
  bengali: 'bn',
  bangla: 'bn',
  chinese: 'zh',
  mandarin: 'zh',
  cantonese: 'zh',
  romanian: 'ro',
  arabic: 'ar',
  bsl: 'bsl',
  'british sign language': 'bsl',
  'sign language': 'bsl',
  punjabi: 'pa',
  gujarati: 'gu',
  hindi: 'hi',
  french: 'fr',
  spanish: 'es',
  portuguese: 'pt',
  italian: 'it',
  german: 'de',
  lithuanian: 'lt',
  latvian: 'lv',
  russian: 'ru',
  ukrainian: 'uk',
  somali: 'so',
  kurdish: 'ku',
  farsi: 'fa',
  persian: 'fa',
  pashto: 'ps',
  tigrinya: 'ti',
  amharic: 'am',
  turkish: 'tr',
  tamil: 'ta',
  slovak: 'sk',
  czech: 'cs',
  hungarian: 'hu',
  bulgarian: 'bg',
  vietnamese: 'vi',
  tagalog: 'tl',
  nepali: 'ne',
  malayalam: 'ml',
  swahili: 'sw',
  yoruba: 'yo',
  igbo: 'ig',
  welsh: 'cy',
  irish: 'ga',
  greek: 'el',
  sylheti: 'syl',
  kurmanji: 'kmr',
};
const KNOWN_CODES = new Set(Object.values(LANGUAGE_CODES));

/** "English, Polish and BSL" → ["en", "pl", "bsl"]; names it does not know come back in `unknown`. */
export function parseLanguages(text: string): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const raw of text.split(LIST_SPLIT)) {
    const t = raw.trim().toLowerCase();
    if (t === '') continue;
    const code = LANGUAGE_CODES[t] ?? (KNOWN_CODES.has(t) || /^[a-z]{2}$/.test(t) ? t : undefined);
    if (code === undefined) unknown.push(raw.trim());
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown };
}

const KIND_WORDS: Record<string, AssetKind> = {
  place: 'place',
  venue: 'place',
  building: 'place',
  location: 'place',
  site: 'place',
  park: 'place',
  space: 'place',
  group: 'group',
  club: 'group',
  activity: 'group',
  session: 'group',
  class: 'group',
  meetup: 'group',
  service: 'service',
  support: 'service',
  advice: 'service',
  programme: 'service',
  program: 'service',
};

export function parseKind(text: string): AssetKind | null {
  return KIND_WORDS[text.trim().toLowerCase()] ?? null;
}

/**
 * "53.545", "53,545" (decimal comma), "-2.63°" → number; NaN when not a number; null when empty.
 */
export function parseCoordinate(text: string): number | null {
  let t = text.trim();
  if (t === '') return null;
  if (t.charCodeAt(t.length - 1) === 176 /* ° */) t = t.slice(0, -1).trim();
  if (t.indexOf(',') !== -1 && t.indexOf('.') === -1) t = t.replace(',', '.');
  // Number('') is 0 and Number('0x10') is 16; a coordinate is plain decimal digits only.
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : NaN;
}

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

export type CheckedDate = { date: string } | { date: null; problem: 'future' | 'format' };

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/**
 * A partner's last-checked date → YYYY-MM-DD. ISO dates (a time after them is ignored), UK
 * day/month/year with / . or - (two-digit years are 20xx), "3 February 2025", "3rd Feb 2025" and
 * "February 3, 2025". US month/day/year reads as an impossible day/month and is refused, as are
 * dates after `today` (the reader's own calendar day) and anything else.
 */
export function parseCheckedDate(text: string, today: Date): CheckedDate {
  const t = text.trim().toLowerCase();
  let y: number;
  let m: number;
  let d: number;
  let r: RegExpExecArray | null;
  if ((r = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(t))) {
    [y, m, d] = [+r[1], +r[2], +r[3]];
  } else if ((r = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(t))) {
    [d, m, y] = [+r[1], +r[2], r[3].length === 2 ? 2000 + +r[3] : +r[3]];
  } else if ((r = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/.exec(t)) && MONTH_NUMBERS[r[2]]) {
    [d, m, y] = [+r[1], MONTH_NUMBERS[r[2]], +r[3]];
  } else if ((r = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(t)) && MONTH_NUMBERS[r[1]]) {
    [m, d, y] = [MONTH_NUMBERS[r[1]], +r[2], +r[3]];
  } else {
    return { date: null, problem: 'format' };
  }
  const check = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return { date: null, problem: 'format' };
  const date = dayKey(y, m, d);
  if (date > dayKey(today.getFullYear(), today.getMonth() + 1, today.getDate())) return { date: null, problem: 'future' };
  return { date };
}
