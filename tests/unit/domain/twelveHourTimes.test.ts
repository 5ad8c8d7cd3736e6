// Partners write hours the way people say them: "9-5", "9 till 5", "9.30-4.30". Read as
// 24-hour times those close before they open ("Closes tomorrow at 5am"), so a bare closing hour
// that is not after the opening hour is read as the afternoon, and hours that still close before
// they open are refused unless the text says so (24-hour times, pm to am, "overnight").
import { describe, expect, it } from 'vitest';
import { readTimeRange, readTwelveHourTimes } from '../../../src/domain/twelveHourTimes';
import { checkOpeningHours } from '../../../src/domain/validation';
import { describe as describeHours } from '../../../src/domain/openingHours';

describe('readTimeRange: one opening and closing time as written', () => {
  it('reads a bare closing hour at or before the opening hour as pm', () => {
    expect(readTimeRange('9', '5')).toEqual({ ok: true, opens: '09:00', closes: '17:00', inferred: true });
    expect(readTimeRange('9.30', '4.30')).toEqual({ ok: true, opens: '09:30', closes: '16:30', inferred: true });
    expect(readTimeRange('12', '2')).toEqual({ ok: true, opens: '12:00', closes: '14:00', inferred: true });
    expect(readTimeRange('8', '8')).toEqual({ ok: true, opens: '08:00', closes: '20:00', inferred: true });
  });

  it('leaves times that already make sense as they are', () => {
    expect(readTimeRange('9', '12')).toEqual({ ok: true, opens: '09:00', closes: '12:00', inferred: false });
    expect(readTimeRange('9am', '5pm')).toEqual({ ok: true, opens: '09:00', closes: '17:00', inferred: false });
    expect(readTimeRange('09:00', '17:00')).toEqual({ ok: true, opens: '09:00', closes: '17:00', inferred: false });
  });

  it('keeps an overnight range the text states: 24-hour times, or pm to am', () => {
    expect(readTimeRange('22:00', '02:00')).toEqual({ ok: true, opens: '22:00', closes: '02:00', inferred: false });
    expect(readTimeRange('18:00', '00:00')).toEqual({ ok: true, opens: '18:00', closes: '00:00', inferred: false });
    expect(readTimeRange('10pm', '2am')).toEqual({ ok: true, opens: '22:00', closes: '02:00', inferred: false });
  });

  it('refuses a range that closes before it opens and cannot be read otherwise', () => {
    expect(readTimeRange('9am', '5am')).toMatchObject({ ok: false });
    expect(readTimeRange('3pm', '2')).toMatchObject({ ok: false });
  });
});

describe('readTwelveHourTimes: the ranges inside free text', () => {
  it('rewrites only the ranges it had to read as pm, and says which', () => {
    expect(readTwelveHourTimes('Monday to Friday 9-5')).toEqual({ text: 'Monday to Friday 09:00-17:00', inferred: ['9-5'], refused: [], overnight: false });
    expect(readTwelveHourTimes('Weekdays 9 till 5').text).toBe('Weekdays 09:00-17:00');
    expect(readTwelveHourTimes('Mon-Fri 9am-5pm')).toEqual({ text: 'Mon-Fri 9am-5pm', inferred: [], refused: [], overnight: false });
    expect(readTwelveHourTimes('9.30-4.30').text).toBe('09:30-16:30');
  });

  it('reads a second session that starts before the first ends as the afternoon', () => {
    expect(readTwelveHourTimes('Mo-Fr 9-12, 1-5')).toMatchObject({ text: 'Mo-Fr 9-12, 13:00-17:00', inferred: ['1-5'] });
  });

  it('does not touch day numbers, weeks or dates', () => {
    for (const v of ['Tu[2] 10:00-12:00', 'week 1-5 Mo 10:00-12:00', 'Mo[1-2] 10:00-12:00']) expect(readTwelveHourTimes(v).text).toBe(v);
  });

  it('notes an overnight range the text states', () => {
    expect(readTwelveHourTimes('Fr 22:00-02:00')).toMatchObject({ text: 'Fr 22:00-02:00', overnight: true, refused: [] });
    expect(readTwelveHourTimes('Fr 10-2 overnight')).toMatchObject({ overnight: true, inferred: [] });
  });
});

describe('checkOpeningHours never closes before it opens unless the text says overnight', () => {
  it('reads "9-5" as 9am to 5pm, wherever it appears', () => {
    for (const v of ['Monday to Friday 9-5', 'Weekdays 9 till 5', 'Mo-Fr 9-5', 'Mon-Fri 9am-5pm', 'Monday-Friday 9:00am - 5:00pm']) {
      expect(checkOpeningHours(v), v).toMatchObject({ ok: true, value: 'Mo-Fr 09:00-17:00' });
    }
    expect(checkOpeningHours('9.30-4.30')).toMatchObject({ ok: true, value: '09:30-16:30' });
    expect(checkOpeningHours('Sa 10-2')).toMatchObject({ ok: true, value: 'Sa 10:00-14:00' });
    expect(checkOpeningHours('Mo-Fr 9-12, 1-5')).toMatchObject({ ok: true, value: 'Mo-Fr 09:00-12:00,13:00-17:00' });
    expect(checkOpeningHours('Mo-Fr 9-5')).toMatchObject({ rewritten: true, inferred: ['9-5'] });
  });

  it('keeps overnight hours given in 24-hour times', () => {
    expect(checkOpeningHours('Fr 22:00-02:00')).toEqual({ ok: true, value: 'Fr 22:00-02:00', rewritten: false });
    expect(checkOpeningHours('Fr-Sa 18:00-00:00')).toMatchObject({ ok: true, value: 'Fr-Sa 18:00-00:00' });
  });

  it('refuses hours that would close before they open, with the reason', () => {
    const r = checkOpeningHours('Mo 9am-5am');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.message).toBe(
        'Opening hours "Mo 9am-5am" close before they open (9am-5am); give times like 09:00-17:00, or 24-hour times for hours that run past midnight.',
      );
  });

  it('residents read 9am to 5pm', () => {
    const r = checkOpeningHours('Monday to Friday 9-5');
    expect(r.ok && describeHours(r.value).lines).toEqual(['Monday to Friday: 9am to 5pm', 'Closed on other days']);
  });
});
