// The hours editor's irregular sessions: what it writes parses with the opening_hours library,
// means what the editor was told, and reads back into the same rows.
import { describe, expect, it } from 'vitest';
import { openingHoursToRows, rowsToOpeningHours, type HoursRows } from '../../../src/features/organisation/editor/hoursRows';
import { describe as describeHours, isOpenAt, openOnDay, parseOpeningHours } from '../../../src/domain/openingHours';
import { alternateWeekSelectors, isoWeek } from '../../../src/features/organisation/editor/hours/irregular';

const form = (over: Partial<HoursRows>): HoursRows => ({ rows: [], closedOnBankHolidays: false, terms: [], closures: [], oneOffs: [], ...over });
const write = (f: HoursRows) => {
  const r = rowsToOpeningHours(f);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.value!;
};
const openOn = (value: string, iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  return openOnDay(value, date.getDay(), date);
};
const errorsOf = (f: HoursRows) => {
  const r = rowsToOpeningHours(f);
  return r.ok ? [] : r.errors.map((e) => e.message);
};

describe('irregular hours written as opening_hours', () => {
  it('2nd Tuesday of the month: open on the 2nd Tuesday, not the 3rd', () => {
    const value = write(form({ rows: [{ days: ['Tu'], opens: '10:00', closes: '12:00', repeat: 'monthly', weeks: [2] }] }));
    expect(value).toBe('Tu[2] 10:00-12:00');
    expect(parseOpeningHours(value).ok).toBe(true);
    expect(openOn(value, '2026-12-08')).toBe(true);
    expect(openOn(value, '2026-12-15')).toBe(false);
    expect(openingHoursToRows(value)?.rows[0]).toMatchObject({ repeat: 'monthly', weeks: [2], days: ['Tu'] });
  });

  it('last Friday, beside ordinary weekly hours', () => {
    const value = write(
      form({
        rows: [
          { days: ['Mo', 'Tu', 'We'], opens: '09:00', closes: '17:00' },
          { days: ['Fr'], opens: '18:00', closes: '21:00', repeat: 'monthly', weeks: [-1] },
        ],
      }),
    );
    expect(value).toBe('Mo-We 09:00-17:00, Fr[-1] 18:00-21:00');
    expect(openOn(value, '2026-12-25')).toBe(true);
    expect(openOn(value, '2026-12-18')).toBe(false);
    expect(openOn(value, '2026-12-16')).toBe(true);
    expect(write(openingHoursToRows(value)!)).toBe(value);
  });

  it('every other week from a first date, across the 53-week year 2026', () => {
    const value = write(form({ rows: [{ days: ['Tu'], opens: '10:00', closes: '12:00', repeat: 'fortnightly', from: '2026-12-08' }] }));
    expect(parseOpeningHours(value).ok).toBe(true);
    const open = ['2026-12-08', '2026-12-22', '2027-01-05', '2027-01-19', '2028-01-04'];
    const shut = ['2026-12-01', '2026-12-15', '2026-12-29', '2027-01-12', '2027-12-28'];
    for (const d of open) expect(openOn(value, d), d).toBe(true);
    for (const d of shut) expect(openOn(value, d), d).toBe(false);
    expect(openingHoursToRows(value)?.rows[0]).toMatchObject({ repeat: 'fortnightly', from: '2026-12-08' });
    expect(isoWeek(new Date(2026, 11, 29))).toEqual({ year: 2026, week: 53 });
    expect(alternateWeekSelectors(new Date(2026, 11, 8))[0]).toBe('2026 week 50-52/2');
  });

  it('term dates, closures, a one-off session and bank holidays', () => {
    const value = write(
      form({
        rows: [{ days: ['We'], opens: '15:30', closes: '17:00' }],
        terms: [
          { from: '2026-09-03', to: '2026-12-18' },
          { from: '2027-01-05', to: '2027-03-26' },
        ],
        closures: [{ from: '2026-11-04', to: '' }],
        oneOffs: [{ date: '2026-12-20', opens: '10:00', closes: '14:00' }],
        closedOnBankHolidays: true,
      }),
    );
    expect(value).toBe('2026 Sep 03-2026 Dec 18,2027 Jan 05-2027 Mar 26 We 15:30-17:00, 2026 Dec 20 10:00-14:00; 2026 Nov 04 off; PH off');
    expect(openOn(value, '2026-12-16')).toBe(true); // in term
    expect(openOn(value, '2026-12-23')).toBe(false); // holidays
    expect(openOn(value, '2026-11-04')).toBe(false); // closed that day
    expect(isOpenAt(value, new Date(2026, 11, 20, 11, 0))).toBe(true); // the one-off, a Sunday
    expect(write(openingHoursToRows(value)!)).toBe(value);
  });

  it('residents see dated hours as the coming week, not a pattern read from another year', () => {
    const lines = describeHours('Tu 10:00-12:00; 2026 Dec 08 off', new Date(2026, 11, 7)).lines;
    expect(lines[0]).toBe('Hours change during the year. The next 7 days:');
    expect(lines).toContain('Tuesday 8 December: closed');
    expect(describeHours('Tu[2] 10:00-12:00').lines).toEqual(['Second Tuesday of the month: 10am to midday', 'Closed on other days']);
  });

  it('keeps simple weekly hours as they were', () => {
    expect(write(form({ rows: [{ days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '09:00', closes: '17:00' }], closedOnBankHolidays: true }))).toBe(
      'Mo-Fr 09:00-17:00; PH off',
    );
  });

  it('leaves values it cannot represent to the text editor', () => {
    expect(openingHoursToRows('Mo-Fr 09:00-17:00; Jul-Aug off')).toBeNull();
    expect(openingHoursToRows('Tu[2] 10:00-12:00 "bring a cup"')).toBeNull();
  });
});

describe('bad irregular input gets a clear message', () => {
  it('impossible dates and an end before the start', () => {
    const errors = errorsOf(
      form({
        rows: [{ days: ['Tu'], opens: '10:00', closes: '12:00' }],
        closures: [{ from: '2026-02-30', to: '' }],
        terms: [{ from: '2026-12-18', to: '2026-09-03' }],
      }),
    );
    expect(errors).toContain('Closure 1: enter a real date, like 25/12/2026');
    expect(errors).toContain('Dates 1: the end date must be on or after the start date');
  });
  it('every other week with no start date', () => {
    expect(errorsOf(form({ rows: [{ days: ['Tu'], opens: '10:00', closes: '12:00', repeat: 'fortnightly' }] }))).toEqual([
      'Session 1: every other week needs the date of the first session',
    ]);
  });
  it('overlapping sessions, and some weeks with no week chosen', () => {
    const errors = errorsOf(
      form({
        rows: [
          { days: ['Tu'], opens: '10:00', closes: '12:00' },
          { days: ['Tu'], opens: '11:00', closes: '13:00', repeat: 'monthly', weeks: [2] },
          { days: ['We'], opens: '11:00', closes: '13:00', repeat: 'monthly', weeks: [] },
        ],
        oneOffs: [
          { date: '2026-12-20', opens: '10:00', closes: '12:00' },
          { date: '2026-12-20', opens: '11:30', closes: '13:00' },
        ],
      }),
    );
    expect(errors).toContain('Sessions 1 and 2 overlap on Tuesday: change a time, or remove one');
    expect(errors).toContain('Session 3: choose which weeks of the month');
    expect(errors).toContain('One-off sessions 1 and 2 overlap: change a time, or remove one');
  });
});
