import { describe as group, expect, it } from 'vitest';
import { describe, isOpenAt, nextChange, openOnDay, parseOpeningHours } from '../../../src/domain/openingHours';

// Local-time dates so the tests mean the same in any time zone. 2025-01-03 is a Friday.
const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

group('isOpenAt', () => {
  it('reads weekday office hours', () => {
    expect(isOpenAt('Mo-Fr 09:00-17:00', at(2025, 1, 6, 10))).toBe(true); // Monday
    expect(isOpenAt('Mo-Fr 09:00-17:00', at(2025, 1, 6, 17, 30))).toBe(false);
    expect(isOpenAt('Mo-Fr 09:00-17:00', at(2025, 1, 4, 10))).toBe(false); // Saturday
  });

  it('keeps a Friday night session open past midnight into Saturday', () => {
    const v = 'Fr 18:00-02:00';
    expect(isOpenAt(v, at(2025, 1, 3, 23, 30))).toBe(true);
    expect(isOpenAt(v, at(2025, 1, 4, 1, 30))).toBe(true);
    expect(isOpenAt(v, at(2025, 1, 4, 2, 30))).toBe(false);
    expect(isOpenAt(v, at(2025, 1, 3, 17, 59))).toBe(false);
  });

  it('treats 24/7 as always open', () => {
    expect(isOpenAt('24/7', at(2025, 12, 25, 3))).toBe(true);
  });

  it('closes on an English bank holiday when the hours say PH off', () => {
    const v = 'Mo-Fr 09:00-17:00; PH off';
    expect(isOpenAt(v, at(2025, 8, 25, 10))).toBe(false); // Summer bank holiday
    expect(isOpenAt(v, at(2025, 8, 18, 10))).toBe(true);
    expect(isOpenAt(v, at(2025, 12, 25, 10))).toBe(false); // Christmas Day, a Thursday
  });

  it('answers null, never throws, for invalid, empty or absurdly long values', () => {
    expect(isOpenAt('whenever we feel like it', at(2025, 1, 6, 10))).toBeNull();
    expect(isOpenAt('', at(2025, 1, 6, 10))).toBeNull();
    expect(isOpenAt(null, at(2025, 1, 6, 10))).toBeNull();
    expect(isOpenAt('Mo 09:00-17:00;'.repeat(100), at(2025, 1, 6, 10))).toBeNull();
  });

  it('answers null when the hours themselves say unknown', () => {
    expect(isOpenAt('Mo 10:00-12:00 "by appointment"', at(2025, 1, 6, 11))).toBeNull();
  });

  it('explains why a value could not be read', () => {
    const p = parseOpeningHours('Mo-Fr 9 till late');
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error).toContain('Mo-Fr 9 till late');
  });
});

group('openOnDay', () => {
  const friday = at(2025, 1, 3, 12);
  it('finds the coming weekday, today included', () => {
    expect(openOnDay('Tu 10:00-12:00', 2, friday)).toBe(true);
    expect(openOnDay('Tu 10:00-12:00', 3, friday)).toBe(false);
    expect(openOnDay('Fr 18:00-02:00', 5, friday)).toBe(true);
  });
  it('checks a time on that day when one is given', () => {
    expect(openOnDay('Tu 10:00-12:00', 2, friday, '11:00')).toBe(true);
    expect(openOnDay('Tu 10:00-12:00', 2, friday, '13:00')).toBe(false);
  });
  it('does not count the small hours after a Friday night as opening on Saturday', () => {
    expect(openOnDay('Fr 18:00-02:00', 6, friday)).toBe(false);
    expect(openOnDay('Fr 18:00-02:00', 6, friday, '01:00')).toBe(true);
  });
  it('counts 24/7 as open every day', () => {
    for (let d = 0; d < 7; d++) expect(openOnDay('24/7', d, friday)).toBe(true);
  });
  it('answers null for invalid hours or a bad weekday', () => {
    expect(openOnDay('nonsense', 1, friday)).toBeNull();
    expect(openOnDay('Mo 10:00-12:00', 9, friday)).toBeNull();
  });
});

group('describe', () => {
  it('groups weekdays into plain English lines', () => {
    expect(describe('Mo-Fr 09:00-17:00').lines).toEqual(['Monday to Friday: 9am to 5pm', 'Closed on other days']);
  });
  it('says when a place closes on bank holidays', () => {
    expect(describe('Mo-Fr 09:00-17:00; PH off').lines).toEqual(['Monday to Friday: 9am to 5pm', 'Closed on other days', 'Closed on bank holidays']);
  });
  it('says 24 hours, every day for 24/7', () => {
    expect(describe('24/7')).toEqual({ ok: true, lines: ['24 hours, every day'] });
  });
  it('keeps a session past midnight on the day it starts', () => {
    expect(describe('Fr 18:00-02:00').lines).toEqual(['Friday: 6pm to 2am', 'Closed on other days']);
  });
  it('writes minutes, midday and separate days GOV.UK style', () => {
    expect(describe('Mo,We,Fr 12:00-13:30; Sa 09:00-12:00').lines).toEqual([
      'Monday, Wednesday and Friday: midday to 1:30pm',
      'Saturday: 9am to midday',
      'Closed on other days',
    ]);
  });
  it('shows the comment when the hours carry one', () => {
    expect(describe('Tu 10:00-12:00 "term time only"').lines[0]).toBe('Tuesday: 10am to midday (term time only)');
  });
  it('describes a monthly pattern by week of the month', () => {
    expect(describe('Fr[2,4] 13:00-15:00').lines).toEqual(['Second and fourth Friday of the month: 1pm to 3pm', 'Closed on other days']);
    expect(describe('Tu 10:00-12:00; Th[1] 18:00-20:00').lines).toEqual(['Tuesday: 10am to midday', 'First Thursday of the month: 6pm to 8pm', 'Closed on other days']);
  });
  it('describes the last weekday of the month', () => {
    expect(describe('We[-1] 14:00-16:00').lines).toEqual(['Last Wednesday of the month: 2pm to 4pm', 'Closed on other days']);
  });
  it('lists the coming week when hours change with the season', () => {
    const lines = describe('Mo-Su 08:00-18:00; Apr-Sep 08:00-21:00', at(2025, 1, 6)).lines;
    expect(lines[0]).toBe('Hours change during the year. The next 7 days:');
    expect(lines[1]).toBe('Monday 6 January: 8am to 6pm');
    expect(lines).toHaveLength(8);
    expect(describe('Mo-Su 08:00-18:00; Apr-Sep 08:00-21:00', at(2025, 6, 2)).lines[1]).toBe('Monday 2 June: 8am to 9pm');
  });
  it('falls back to the raw text for a value it cannot read', () => {
    expect(describe('Ring for times')).toEqual({ ok: false, lines: ['Ring for times'] });
  });
});

group('nextChange', () => {
  it('says when a closed place next opens', () => {
    expect(nextChange('Tu 10:00-12:00', at(2025, 1, 3, 12))).toBe('Opens Tuesday at 10am');
    expect(nextChange('Mo-Fr 09:00-17:00', at(2025, 1, 6, 7))).toBe('Opens at 9am');
    expect(nextChange('Mo-Fr 09:00-17:00', at(2025, 1, 6, 18))).toBe('Opens tomorrow at 9am');
    expect(nextChange('Mo 10:00-12:00', at(2025, 1, 6, 13))).toBe('Opens next Monday at 10am');
    expect(nextChange('Fr[2] 13:00-15:00', at(2025, 1, 6, 13))).toBe('Opens Friday at 1pm');
    expect(nextChange('Fr[4] 13:00-15:00', at(2025, 1, 6, 13))).toBe('Opens on 24 January at 1pm');
  });
  it('says when an open place closes, including after midnight', () => {
    expect(nextChange('Mo-Fr 09:00-17:00', at(2025, 1, 6, 10))).toBe('Closes at 5pm');
    expect(nextChange('Fr 18:00-02:00', at(2025, 1, 3, 20))).toBe('Closes tomorrow at 2am');
  });
  it('gives null when nothing ever changes or the hours are unreadable', () => {
    expect(nextChange('24/7', at(2025, 1, 3, 20))).toBeNull();
    expect(nextChange('rubbish', at(2025, 1, 3, 20))).toBeNull();
  });
});
