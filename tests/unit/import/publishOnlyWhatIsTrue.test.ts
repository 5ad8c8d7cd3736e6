// Issue 21: what a messy partner file publishes must be what the partner meant. Hours written on
// the 12-hour clock are read as meant (or the row says why they were left out), markup is kept as
// the text the partner wrote, and a name with nothing visible in it is refused for that reason.
import { describe, expect, it } from 'vitest';
import { formatIssue, type ParsedRow, type RowIssue } from '../../../src/features/import/rows';
import { runImport, type ParseResult } from '../../../src/features/import/runImport';
import { categories } from './helpers';

const run = (text: string) => runImport(text, { categories });
const rowOf = (r: ParseResult, n: number): ParsedRow => r.rows.find((x) => x.row === n)!;
const issuesOf = (r: ParseResult, n: number, code?: RowIssue['code']) => (rowOf(r, n).issues ?? []).filter((i) => !code || i.code === code);

describe('opening hours written on the 12-hour clock', async () => {
  const r = await run(
    [
      'Name,Post code,Category,Opening times,regular_schedule_weekday,opens_at,closes_at',
      'A,WN1 1AA,Health,Monday to Friday 9-5,,,',
      'B,WN1 1AA,Health,Weekdays 9 till 5,,,',
      'C,WN1 1AA,Health,Mon-Fri 9am-5pm,,,',
      'D,WN1 1AA,Health,9.30-4.30,,,',
      'E,WN1 1AA,Health,Fr 22:00-02:00,,,',
      'F,WN1 1AA,Health,Mo 9am-5am,,,',
      'G,WN1 1AA,Health,,Monday,9,5',
    ].join('\n'),
  );

  it('publishes 9-5 as 9am to 5pm and says it read it so', () => {
    expect(rowOf(r, 2).asset.opening_hours).toBe('Mo-Fr 09:00-17:00');
    expect(rowOf(r, 3).asset.opening_hours).toBe('Mo-Fr 09:00-17:00');
    expect(rowOf(r, 4).asset.opening_hours).toBe('Mo-Fr 09:00-17:00');
    expect(rowOf(r, 5).asset.opening_hours).toBe('09:30-16:30');
    expect(formatIssue(issuesOf(r, 2, 'opening_hours_rewritten')[0])).toBe(
      'Row 2, column "Opening times": Opening hours "Monday to Friday 9-5" were read as "Mo-Fr 09:00-17:00": "9-5" gives no am or pm, so it was read as closing in the afternoon.',
    );
  });

  it('keeps overnight hours written in 24-hour times', () => {
    expect(rowOf(r, 6).asset.opening_hours).toBe('Fr 22:00-02:00');
    expect(issuesOf(r, 6)).toEqual([]);
  });

  it('never publishes hours that close before they open: left out with the reason', () => {
    expect(rowOf(r, 7)).toMatchObject({ valid: true, asset: { opening_hours: null } });
    expect(issuesOf(r, 7, 'opening_hours')[0].message).toBe(
      'Opening hours "Mo 9am-5am" close before they open (9am-5am); give times like 09:00-17:00, or 24-hour times for hours that run past midnight. Left empty.',
    );
  });

  it('reads an ORUK schedule closing at a bare 5 as 5pm', () => {
    expect(rowOf(r, 8).asset.opening_hours).toBe('Mo 09:00-17:00');
  });
});

describe('markup is kept as the text the partner wrote', async () => {
  const r = await run(
    [
      'Name,Description,Post code,Category',
      '<script>alert(1)</script>,A script for a name,WN1 1AA,Health',
      'Sample Image Club,<img src=x onerror=alert(1)>,WN1 1AA,Health',
      'Sample Coffee,<p>Free <b>coffee</b> &amp; cake</p>,WN1 1AA,Health',
    ].join('\n'),
  );

  it('a name that is a script tag is imported as that text, not refused as empty', () => {
    expect(rowOf(r, 2)).toMatchObject({ valid: true, asset: { name: '<script>alert(1)</script>' } });
    expect(issuesOf(r, 2, 'required')).toEqual([]);
  });

  it('a description that is an image tag is stored as written, not emptied', () => {
    expect(rowOf(r, 3).asset.description).toBe('<img src=x onerror=alert(1)>');
    expect(rowOf(r, 4).asset.description).toBe('<p>Free <b>coffee</b> &amp; cake</p>');
  });

  it('says the markup is kept and shown as text', () => {
    expect(formatIssue(issuesOf(r, 3, 'html')[0])).toBe('Row 3, column "Description": Looks like HTML; kept exactly as written and shown as plain text, never run.');
  });
});

describe('a name made only of invisible characters', async () => {
  const names = ['\u200b\u200b', '\u200c\u200d', '\ufeff\u2060', '\u00a0\u00a0', '\u200b \u00ad'];
  const r = await run(['Name,Post code,Category', ...names.map((n) => `${n},WN1 1AA,Health`), 'Zoë\u200b Café,WN1 1AA,Health'].join('\n'));

  it('is refused with the true reason', () => {
    names.forEach((_, i) => {
      const row = rowOf(r, i + 2);
      expect(row.valid, `row ${i + 2}`).toBe(false);
      expect(issuesOf(r, i + 2, 'required')[0]?.message, `row ${i + 2}`).toBe(
        i === 3
          ? 'Name is empty; every asset needs one.'
          : 'The name has no visible characters (only invisible ones, such as zero-width spaces); every asset needs a name people can read.',
      );
    });
  });

  it('a name with visible letters beside an invisible one is kept', () => {
    expect(rowOf(r, 7)).toMatchObject({ valid: true, asset: { name: 'Zoë\u200b Café' } });
  });
});
