// ORUK / HSDS schedules, as flat exports carry them (regular_schedule_weekday, opens_at,
// closes_at; or v3 schedules' byday such as "MO,WE" or "2TU"), turned into one OpenStreetMap
// opening_hours value. One set of times serves every day given; or there is one set per day
// ("Monday; Wednesday" with "10:00; 13:00" and "12:00; 15:00"); or one day has several sets.

const DAY_CODES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const DAY_WORDS: Record<string, number> = {
  monday: 0, mon: 0, mo: 0, tuesday: 1, tue: 1, tues: 1, tu: 1, wednesday: 2, wed: 2, we: 2, thursday: 3, thu: 3, thur: 3, thurs: 3, th: 3,
  friday: 4, fri: 4, fr: 4, saturday: 5, sat: 5, sa: 5, sunday: 6, sun: 6, su: 6,
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

/** "09:00", "9:00:00", "9.30", "0930", "9am", "1:30 pm" → "HH:MM". */
function timeOf(token: string): string | null {
  const r = /^(\d{1,2})(?:[:.]?(\d{2}))?(?::\d{2})?\s*(am|pm)?$/i.exec(token.trim());
  if (!r) return null;
  let h = +r[1];
  const m = r[2] === undefined ? 0 : +r[2];
  if (r[3]) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (r[3].toLowerCase() === 'pm' ? 12 : 0);
  }
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

const split = (text: string) => text.split(LIST).filter((t) => t.trim() !== '');

/** The opening hours, or null when the cells cannot be read as a schedule. Empty cells give ''. */
export function scheduleToOpeningHours(daysText: string, opensText: string, closesText: string): string | null {
  if (daysText.trim() === '' && opensText.trim() === '' && closesText.trim() === '') return '';
  const days = split(daysText).map(dayOf);
  const opens = split(opensText).map(timeOf);
  const closes = split(closesText).map(timeOf);
  if (days.includes(null) || opens.includes(null) || closes.includes(null)) return null;
  if (opens.length === 0 || opens.length !== closes.length) return null;
  const spans = opens.map((o, i) => `${o}-${closes[i]}`);
  const dayList = days.length ? (days as string[]) : ['Mo-Su'];
  if (spans.length === 1) return `${dayList.join(',')} ${spans[0]}`;
  if (dayList.length === 1) return `${dayList[0]} ${spans.join(',')}`;
  if (dayList.length === spans.length) return dayList.map((d, i) => `${d} ${spans[i]}`).join('; ');
  return null;
}
