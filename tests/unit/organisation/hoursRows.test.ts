import { describe, expect, it } from 'vitest';
import { daySpec, openingHoursToRows, rowsToOpeningHours, type HoursRows } from '../../../src/features/organisation/editor/hoursRows';
import { checkOpeningHours } from '../../../src/domain/validation';
import { describe as describeHours } from '../../../src/domain/openingHours';

const rows = (r: HoursRows['rows'], closedOnBankHolidays = false): HoursRows => ({ rows: r, closedOnBankHolidays });

describe('rowsToOpeningHours', () => {
  it('tells which row lacks days or times, in words', () => {
    const r = rowsToOpeningHours(
      rows([
        { days: ['Mo'], opens: '09:00', closes: '17:00' },
        { days: [], opens: '10:00', closes: '' },
      ]),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { row: 2, field: 'days', message: 'Session 2: choose at least one day' },
      { row: 2, field: 'closes', message: 'Session 2: enter a closing time, like 17:00' },
    ]);
  });

  it('rejects a closing time before the opening time', () => {
    const r = rowsToOpeningHours(rows([{ days: ['Tu'], opens: '14:00', closes: '09:00' }]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toBe('Session 1: the closing time must be after the opening time (14:00)');
  });

  it('writes weekdays as a range and bank holidays as PH off', () => {
    const r = rowsToOpeningHours(
      rows(
        [
          { days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '09:00', closes: '17:00' },
          { days: ['Sa'], opens: '10:00', closes: '12:00' },
        ],
        true,
      ),
    );
    expect(r).toEqual({ ok: true, value: 'Mo-Fr 09:00-17:00; Sa 10:00-12:00; PH off' });
  });

  it('puts two sessions on the same days in one rule', () => {
    const r = rowsToOpeningHours(
      rows([
        { days: ['Mo', 'We'], opens: '13:00', closes: '16:00' },
        { days: ['We', 'Mo'], opens: '09:00', closes: '12:00' },
      ]),
    );
    expect(r).toEqual({ ok: true, value: 'Mo,We 09:00-12:00,13:00-16:00' });
  });

  it('adds (",") rather than replaces (";") when a later row names a day again', () => {
    const r = rowsToOpeningHours(
      rows([
        { days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '09:00', closes: '12:00' },
        { days: ['Mo'], opens: '18:00', closes: '20:00' },
      ]),
    );
    expect(r.ok && r.value).toBe('Mo-Fr 09:00-12:00, Mo 18:00-20:00');
    // The Monday evening session must survive, which ";" would have dropped.
    expect(describeHours(r.ok ? r.value : '').lines.join(' | ')).toMatch(/Monday.*6.*8/i);
  });

  it('writes a midnight close as 24:00', () => {
    expect(rowsToOpeningHours(rows([{ days: ['Fr'], opens: '18:00', closes: '00:00' }]))).toEqual({ ok: true, value: 'Fr 18:00-24:00' });
  });

  it('ignores blank rows and gives null when nothing is filled in', () => {
    expect(rowsToOpeningHours(rows([{ days: [], opens: '', closes: '' }]))).toEqual({ ok: true, value: null });
  });

  it('always produces text the OSM opening_hours parser accepts without rewriting', () => {
    const samples: HoursRows[] = [
      rows([{ days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '09:00', closes: '17:00' }], true),
      rows([
        { days: ['Sa', 'Su'], opens: '10:00', closes: '16:00' },
        { days: ['Tu', 'Th'], opens: '18:30', closes: '21:00' },
      ]),
      rows([
        { days: ['Mo', 'We', 'Fr'], opens: '09:00', closes: '12:00' },
        { days: ['Fr'], opens: '13:00', closes: '15:00' },
      ]),
    ];
    for (const s of samples) {
      const r = rowsToOpeningHours(s);
      if (!r.ok || !r.value) throw new Error('expected a value');
      expect(checkOpeningHours(r.value)).toEqual({ ok: true, value: r.value, rewritten: false });
    }
  });
});

describe('openingHoursToRows', () => {
  it('reads back what rowsToOpeningHours writes', () => {
    const form = rows(
      [
        { days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '09:00', closes: '12:00' },
        { days: ['Mo'], opens: '18:00', closes: '20:00' },
        { days: ['Sa'], opens: '10:00', closes: '00:00' },
      ],
      true,
    );
    const r = rowsToOpeningHours(form);
    expect(r.ok).toBe(true);
    expect(openingHoursToRows(r.ok ? r.value : null)).toEqual(form);
  });

  it('expands day lists and ranges, including one that wraps round the week', () => {
    expect(openingHoursToRows('Sa-Mo 10:00-14:00')?.rows[0].days).toEqual(['Sa', 'Su', 'Mo']);
    expect(openingHoursToRows('Mo,We-Fr 10:00-14:00')?.rows[0].days).toEqual(['Mo', 'We', 'Th', 'Fr']);
  });

  it('gives null (free-text mode) for values the rows cannot express', () => {
    for (const v of ['24/7', 'Mo-Fr 09:00-17:00; Mo 10:00-12:00', 'Jan-Mar Mo 10:00-12:00', 'Mo 10:00+', 'sunrise-sunset', 'Mo-Fr 09:00-17:00 "by appointment"']) {
      expect(openingHoursToRows(v), v).toBeNull();
    }
  });

  it('starts with one blank row when there are no hours', () => {
    expect(openingHoursToRows(null)).toEqual({ rows: [{ days: [], opens: '', closes: '' }], closedOnBankHolidays: false });
  });
});

describe('daySpec', () => {
  it('keeps pairs as a list and runs of three as a range', () => {
    expect(daySpec(['Sa', 'Su'])).toBe('Sa,Su');
    expect(daySpec(['Fr', 'Mo', 'Tu', 'We'])).toBe('Mo-We,Fr');
  });
});
