// ORUK schedules → OSM opening hours: what a resident reads on the listing must be what the
// feed meant, or nothing with a message saying why; never hours that are silently wrong.
import { describe, expect, it } from 'vitest';
import { schedulesToOpeningHours, type OrukSchedule } from '../../../src/features/import/oruk/orukSchedule';

const weekly = (byday: string, opens: string, closes: string, extra: Partial<OrukSchedule> = {}): OrukSchedule => ({
  freq: 'WEEKLY',
  byday,
  opens_at: `${opens}:00`,
  closes_at: `${closes}:00`,
  ...extra,
});

describe('ORUK schedules as opening hours', () => {
  it('turns weekly days and times into one rule per set of days', () => {
    expect(schedulesToOpeningHours([weekly('MO,TU,WE,TH,FR', '09:00', '17:00')])).toEqual({ hours: 'Mo-Fr 09:00-17:00', problems: [] });
    expect(schedulesToOpeningHours([weekly('SA', '10:00', '12:00'), weekly('MO', '09:00', '12:00')]).hours).toBe('Mo 09:00-12:00; Sa 10:00-12:00');
  });

  it('keeps two sessions on one day together, as ORUK schedules add up', () => {
    // Written as two OSM rules, the second Monday rule would replace the first.
    expect(schedulesToOpeningHours([weekly('MO,WE', '09:00', '12:00'), weekly('MO', '13:00', '16:00')]).hours).toBe('Mo 09:00-12:00,13:00-16:00; We 09:00-12:00');
  });

  it('writes monthly days as the nth weekday: 2TU → Tu[2], -1FR → Fr[-1]', () => {
    const r = schedulesToOpeningHours([
      { freq: 'MONTHLY', byday: '2TU', opens_at: '10:00:00', closes_at: '12:00:00' },
      { freq: 'MONTHLY', byday: '-1FR', opens_at: '14:00:00', closes_at: '15:30:00' },
    ]);
    expect(r).toEqual({ hours: 'Tu[2] 10:00-12:00; Fr[-1] 14:00-15:30', problems: [] });
  });

  it('keeps the weekly hours on the day a monthly session falls', () => {
    expect(schedulesToOpeningHours([weekly('TU', '09:00', '12:00'), { freq: 'MONTHLY', byday: '2TU', opens_at: '18:00', closes_at: '20:00' }]).hours).toBe(
      'Tu 09:00-12:00; Tu[2] 09:00-12:00,18:00-20:00',
    );
  });

  it('limits a schedule to its valid_from/valid_to dates', () => {
    expect(schedulesToOpeningHours([weekly('SA', '10:00', '12:00', { valid_from: '2026-04-01', valid_to: '2026-09-30' })]).hours).toBe(
      '2026 Apr 01-2026 Sep 30 Sa 10:00-12:00',
    );
  });

  it('writes nth weekdays of one day together, and a whole day every day as 24/7', () => {
    expect(schedulesToOpeningHours([{ freq: 'MONTHLY', byday: '1WE,3WE', opens_at: '10:00:00', closes_at: '12:00:00' }]).hours).toBe('We[1,3] 10:00-12:00');
    expect(schedulesToOpeningHours([weekly('MO,TU,WE,TH,FR,SA,SU', '00:00', '23:59')]).hours).toBe('24/7');
  });

  it('reads our own feed’s notes: a rule ORUK has no form for, and months that come every year', () => {
    const r = schedulesToOpeningHours([
      weekly('MO,TU,WE,TH,FR,SA,SU', '08:00', '18:00'),
      {
        ...weekly('MO,TU,WE,TH,FR,SA,SU', '08:00', '21:00'),
        valid_from: '2027-04-01',
        valid_to: '2027-09-30',
        description: 'Every year from April to September (opening hours rule: Apr-Sep 08:00-21:00)',
      },
      { description: 'Closed on public holidays (opening hours rule: PH off)' },
    ]);
    expect(r).toEqual({ hours: 'Mo-Su 08:00-18:00; Apr-Sep 08:00-21:00; PH off', problems: [] });
  });

  it('reads DAILY as every day', () => {
    expect(schedulesToOpeningHours([{ freq: 'DAILY', opens_at: '08:00:00', closes_at: '20:00:00' }]).hours).toBe('Mo-Su 08:00-20:00');
  });

  it('says which schedule it cannot express, and gives no hours rather than wrong ones', () => {
    const fortnightly = schedulesToOpeningHours([weekly('SA', '10:00', '12:00', { interval: 2 })]);
    expect(fortnightly.hours).toBeNull();
    expect(fortnightly.problems).toEqual([
      {
        schedule: '“WEEKLY byday SA 10:00:00–12:00:00”',
        message: 'The schedule “WEEKLY byday SA 10:00:00–12:00:00” repeats every 2 weeks, which opening hours cannot say.',
      },
    ]);

    const monthDays = schedulesToOpeningHours([{ freq: 'MONTHLY', bymonthday: '1,15', opens_at: '10:00', closes_at: '12:00' }]);
    expect(monthDays.problems[0].message).toMatch(/falls on days of the month, which opening hours cannot say/);

    const wordsOnly = schedulesToOpeningHours([{ description: 'By appointment only' }]);
    expect(wordsOnly).toEqual({
      hours: null,
      problems: [
        {
          schedule: '“By appointment only”',
          message: 'The schedule “By appointment only” gives no opening and closing times we can read (expected times like 09:00:00).',
        },
      ],
    });

    const noDay = schedulesToOpeningHours([{ freq: 'WEEKLY', opens_at: '10:00', closes_at: '12:00' }]);
    expect(noDay.problems[0].message).toMatch(/does not say on which days it is open/);

    const monthlyNoNth = schedulesToOpeningHours([{ freq: 'MONTHLY', byday: 'TU', opens_at: '10:00', closes_at: '12:00' }]);
    expect(monthlyNoNth.problems[0].message).toMatch(/does not say which Tu of the month \(expected like 2TU\)/);
  });

  it('keeps the schedules it can express when another cannot be', () => {
    const r = schedulesToOpeningHours([weekly('MO', '09:00', '17:00'), weekly('SA', '10:00', '12:00', { interval: 3 })]);
    expect(r.hours).toBe('Mo 09:00-17:00');
    expect(r.problems).toHaveLength(1);
  });

  it('has no hours and no problem for a service with no schedules', () => {
    expect(schedulesToOpeningHours(undefined)).toEqual({ hours: null, problems: [] });
    expect(schedulesToOpeningHours([])).toEqual({ hours: null, problems: [] });
  });
});
