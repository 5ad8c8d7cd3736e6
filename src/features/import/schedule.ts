// ORUK / HSDS schedules, as flat exports carry them (regular_schedule_weekday, opens_at,
// closes_at; or v3 schedules' byday such as "MO,WE" or "2TU"), turned into one OpenStreetMap
// opening_hours value. One set of times serves every day given; or there is one set per day
// ("Monday; Wednesday" with "10:00; 13:00" and "12:00; 15:00"); or one day has several sets.
import { readTimeRange } from '../../domain/twelveHourTimes';

const DAY_CODES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const DAY_WORDS: Record<string, number> = {
  monday: 0,
  mon: 0,
  mo: 0,
  tuesday: 1,
  tue: 1,
  tues: 1,
  tu: 1,
  wednesday: 2,
  wed: 2,
  we: 2,
  thursday: 3,
  thu: 3,
  thur: 3,
  thurs: 3,
  th: 3,
  friday: 4,
  fri: 4,
  fr: 4,
  saturday: 5,
  sat: 5,
  sa: 5,
  sunday: 6,
  sun: 6,
  su: 6,
};

const LIST = /\s*(?:[;,|\n]|\band\b|&)\s*/i;

/** "Monday", "mon", "MO", "2TU" (second Tuesday), "-1FR" (last Friday), ISO 1–7 (0 is Sunday) → OSM. */
function dayOf(token: string): string | null {
  const t = token.trim().toLowerCase().replace(/\.$/, '');
  const word = t in DAY_WORDS ? t : t.replace(/s$/, ''); // "Mondays"
  if (word in DAY_WORDS) return DAY_CODES[DAY_WORDS[word]];
  const nth = /^([+-]?[1-5])(mo|tu|we|th|fr|sa|su)$/.exec(t);
  if (nth) return `${DAY_CODES[DAY_WORDS[nth[2]]]}[${nth[1].replace('+', '')}]`;
  if (/^[0-7]$/.test(t)) return DAY_CODES[(+t + 6) % 7];
  return null;
}

const split = (text: string) => text.split(LIST).filter((t) => t.trim() !== '');

/** "09:00", "9:00:00", "9.30", "0930", "9am" pairs → "HH:MM-HH:MM", a bare closing hour like "5" read as 5pm. */
function spanOf(opens: string, closes: string): string | null {
  const r = readTimeRange(opens, closes);
  return r.ok ? `${r.opens}-${r.closes}` : null;
}

/** The opening hours, or null when the cells cannot be read as a schedule. Empty cells give ''. */
export function scheduleToOpeningHours(daysText: string, opensText: string, closesText: string): string | null {
  if (daysText.trim() === '' && opensText.trim() === '' && closesText.trim() === '') return '';
  const days = split(daysText).map(dayOf);
  const opens = split(opensText);
  const closes = split(closesText);
  if (days.includes(null) || opens.length === 0 || opens.length !== closes.length) return null;
  const spans = opens.map((o, i) => spanOf(o, closes[i]));
  if (spans.includes(null)) return null;
  const dayList = days.length ? (days as string[]) : ['Mo-Su'];
  if (spans.length === 1) return `${dayList.join(',')} ${spans[0]}`;
  if (dayList.length === 1) return `${dayList[0]} ${spans.join(',')}`;
  if (dayList.length === spans.length) return dayList.map((d, i) => `${d} ${spans[i]}`).join('; ');
  return null;
}
