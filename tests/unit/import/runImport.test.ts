// The parse → map → validate pass as the worker runs it, on the messy fixtures and on every kind
// of bad input. None of these may throw; each problem names its row and column.
import { describe, expect, it } from 'vitest';
import { formatIssue, type ParsedRow, type RowIssue } from '../../../src/features/import/rows';
import { runImport, uniqueHeaders, type ParseResult } from '../../../src/features/import/runImport';
import { mulberry32 } from '../../../scripts/sample/random';
import { categories, fixture } from './helpers';

const run = (input: string | Uint8Array, extra: Parameters<typeof runImport>[1] extends infer O ? Partial<O> : never = {}) => runImport(input, { categories, ...extra });

const rowOf = (r: ParseResult, n: number): ParsedRow => {
  const row = r.rows.find((x) => x.row === n);
  if (!row) throw new Error(`no row ${n}`);
  return row;
};
const issuesOf = (r: ParseResult, n: number, code?: RowIssue['code']) => (rowOf(r, n).issues ?? []).filter((i) => !code || i.code === code);

describe('the messy partner export (Windows-1252)', async () => {
  const r = await run(fixture('messy-partner.csv'));

  it('reads the encoding, the delimiter and renames the duplicate header', () => {
    expect(r.encoding).toBe('windows-1252');
    expect(r.delimiter).toBe(',');
    expect(r.headers).toContain('Tel (2)');
    expect(r.fileIssues.find((i) => i.code === 'duplicate_header')?.message).toBe('The header "Tel" appears more than once; column 11 is called "Tel (2)".');
    expect(r.fileIssues.find((i) => i.code === 'encoding')?.message).toMatch(/read as Windows-1252/);
  });

  it('maps the partner headers and reports the unmapped column', () => {
    expect(r.mapping).toMatchObject({
      'Org name': 'org_name',
      'Service name': 'name',
      'Post code': 'postcode',
      Tel: 'phone',
      Long: 'lng',
      'Opening times': 'opening_hours',
    });
    expect(r.unmappedColumns).toEqual(['Tel (2)']);
    expect(r.mappingProblems).toEqual([]);
  });

  it('keeps £ and accents from Windows-1252', () => {
    expect(rowOf(r, 2).asset.cost).toBe('£2 per bag');
    expect(rowOf(r, 10).asset.name).toBe('Sample Golborne Carers Café');
  });

  it('a clean postcode-only row: normalised postcode, no coordinates yet, no issues', () => {
    const row = rowOf(r, 2);
    expect(row.valid).toBe(true);
    expect(row.issues).toBeNull();
    expect(row.asset).toMatchObject({
      postcode: 'WN1 1AA',
      lat: null,
      lng: null,
      categories: ['food-support'],
      free: false,
      age_groups: ['children', 'young_people', 'adults', 'older_people'],
      accessibility: ['step_free'],
      languages: ['en'],
      external_id: 'WGN-001',
      kind: 'service',
    });
  });

  it('a row with coordinates and a line break inside a quoted cell', () => {
    const row = rowOf(r, 3);
    expect(row.asset).toMatchObject({
      lat: 53.4975,
      lng: -2.519,
      description: 'Gentle walks from the library.\nMeet by the front door.',
      free: true,
      cost: null,
      languages: ['en', 'pl'],
    });
    expect(issuesOf(r, 3, 'website_fixed')[0].message).toBe('"www.example.org/walks" has no http:// or https://; saved as "https://www.example.org/walks".');
  });

  it('a bad email: left empty, with row, column and why', () => {
    const [i] = issuesOf(r, 4, 'email');
    expect(formatIssue(i)).toBe('Row 4, column "Email": "advice@" is not an email address (expected like name@example.org); left empty.');
    expect(i.severity).toBe('warning');
    expect(rowOf(r, 4).asset.email).toBeNull();
  });

  it('a bad URL', () => {
    expect(formatIssue(issuesOf(r, 5, 'website')[0])).toBe('Row 5, column "Web": "htp:/broken" is not a web address starting http:// or https://; left empty.');
  });

  it('an out-of-range latitude rejects the row', () => {
    const [i] = issuesOf(r, 6, 'lat');
    expect(formatIssue(i)).toBe('Row 6, column "Lat": Latitude 153.54 is outside -90 to 90.');
    expect(rowOf(r, 6).valid).toBe(false);
  });

  it('an unknown category rejects the row and is listed for mapping', () => {
    expect(formatIssue(issuesOf(r, 7, 'unknown_category')[0])).toBe(
      'Row 7, column "Category": Category "Knitting" is not one of ours; choose which of our categories it means, or ignore it.',
    );
    expect(r.unknownCategories).toEqual([{ value: 'Knitting', count: 1, firstRow: 7, field: 'categories' }]);
  });

  it('a formula cell is kept as text and flagged', () => {
    const row = rowOf(r, 8);
    expect(row.asset.name).toBe('=HYPERLINK("http://evil.example","Click me")');
    expect(formatIssue(issuesOf(r, 8, 'formula')[0])).toBe('Row 8, column "Service name": Starts like a spreadsheet formula; kept as plain text and never run.');
    expect(row.valid).toBe(true);
  });

  it('HTML is kept as written, as text, with a warning', () => {
    expect(rowOf(r, 9).asset.description).toBe('<p>Free <b>coffee</b> &amp; cake</p><script>alert(1)</script>');
    expect(issuesOf(r, 9, 'html')[0].column).toBe('Description');
    expect(rowOf(r, 9).asset.accessibility).toEqual(['step_free', 'hearing_loop']);
  });

  it('a ragged row with extra cells is rejected with the cells named', () => {
    expect(formatIssue(issuesOf(r, 10, 'ragged')[0])).toBe(
      'Row 10: This row has 20 cells but the header has 18 (extra: "EXTRA", "MORE"); an unquoted comma may have shifted the columns.',
    );
  });

  it('opening hours: free text understood is rewritten, not understood is left out', () => {
    expect(rowOf(r, 13).asset.opening_hours).toBe('Mo 10:00-14:00');
    expect(issuesOf(r, 13, 'opening_hours_rewritten')[0].message).toBe('Opening hours "Mondays 10am-2pm" were rewritten as "Mo 10:00-14:00".');
    expect(rowOf(r, 13).asset).toMatchObject({ free: true, cost: 'Donations welcome' });
    expect(rowOf(r, 14).asset.opening_hours).toBeNull();
    expect(formatIssue(issuesOf(r, 14, 'opening_hours')[0])).toMatch(/^Row 14, column "Opening times": Opening hours "Open most days" are not understood/);
  });

  it('a missing name, a malformed postcode without coordinates, swapped coordinates', () => {
    expect(formatIssue(issuesOf(r, 15, 'required')[0])).toBe('Row 15, column "Service name": Name is empty; every asset needs one.');
    expect(formatIssue(issuesOf(r, 16, 'postcode')[0])).toMatch(/^Row 16, column "Post code": Postcode "WN1 1CA": the last part "1CA" must be a digit/);
    expect(rowOf(r, 16).valid).toBe(false);
    expect(rowOf(r, 17).asset).toMatchObject({ lat: 53.58, lng: -2.7 });
    expect(issuesOf(r, 17, 'coordinates_swapped')[0].severity).toBe('warning');
  });

  it('counts rows, and keeps original cells only for rows with issues', () => {
    expect(r.counts).toEqual({ rows: 16, valid: 11, invalid: 5, withWarnings: 8 });
    expect(rowOf(r, 2).cells).toBeNull();
    expect(rowOf(r, 7).cells?.[4]).toBe('Knitting');
  });
});

describe('variants of the same export read the same', async () => {
  const base = await run(fixture('messy-partner.csv'));
  const strip = (r: ParseResult) => r.rows.map((x) => ({ ...x.asset }));

  it('UTF-8 with BOM', async () => {
    const r = await run(fixture('messy-partner-bom.csv'));
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.headers[0]).toBe('ID');
    expect(strip(r)).toEqual(strip(base));
  });

  it('semicolons with decimal commas', async () => {
    const r = await run(fixture('messy-partner-semicolon.csv'));
    expect(r.encoding).toBe('utf-8');
    expect(r.delimiter).toBe(';');
    expect(strip(r)).toEqual(strip(base));
  });

  it('pasted text', async () => {
    const text = new TextDecoder().decode(fixture('messy-partner-bom.csv'));
    const r = await run(text);
    expect(r.encoding).toBe('text');
    expect(strip(r)).toEqual(strip(base));
  });

  it('tab and pipe delimiters', async () => {
    for (const d of ['\t', '|']) {
      const r = await run(`Name${d}Post code${d}Category\nSample A, with comma${d}WN1 1AA${d}Health\n`);
      expect(r.delimiter).toBe(d);
      expect(r.rows[0].asset).toMatchObject({ name: 'Sample A, with comma', postcode: 'WN1 1AA', categories: ['health'] });
    }
  });

  it('commas win over semicolons inside cells, even in a two-line file', async () => {
    const r = await run('Name,Post code,Category,Age group\nSample A,WN1 1AA,Health; Carers,adults; older_people\n');
    expect(r.delimiter).toBe(',');
    expect(r.rows[0].asset).toMatchObject({ categories: ['health', 'carers'], age_groups: ['adults', 'older_people'] });
  });

  it('small chunks give the same result as one chunk', async () => {
    const r = await run(fixture('messy-partner.csv'), { chunkSize: 64 });
    expect(strip(r)).toEqual(strip(base));
    expect(r.rows.map((x) => x.issues)).toEqual(base.rows.map((x) => x.issues));
  });
});

describe('bad files give a clear message and never throw', () => {
  it('an empty file', async () => {
    for (const input of [fixture('empty.csv'), '', '\n\n  \n']) {
      const r = await run(input);
      expect(r.rows).toEqual([]);
      expect(r.fileIssues[0]).toMatchObject({
        code: 'empty',
        severity: 'error',
        message: 'The file is empty: there is no header row and no data. Check that you chose the right file.',
      });
    }
  });

  it('a header with no rows', async () => {
    const r = await run(fixture('header-only.csv'));
    expect(r.headers).toEqual(['Name', 'Post code', 'Category']);
    expect(r.fileIssues[0]).toMatchObject({
      code: 'header_only',
      row: 1,
      message: 'The file has a header row (3 columns: "Name", "Post code", "Category") but no data rows below it.',
    });
  });

  it('a quote left open: the row and column are named, rows before it survive (more in messyFiles.test.ts)', async () => {
    const r = await run(fixture('open-quote.csv'));
    expect(r.rows.slice(0, 2).every((x) => x.valid)).toBe(true);
    const file = r.fileIssues.find((i) => i.code === 'unterminated_quote')!;
    expect(file).toMatchObject({ severity: 'warning', row: 4, column: 'Description' });
    expect(formatIssue(issuesOf(r, 4, 'quotes')[0])).toBe(
      'Row 4, column "Description": A quote (") opens in this cell but is never closed, so the 2 rows after it were read into it and are not imported either. Fix the quote and import this row again.',
    );
    expect(rowOf(r, 4).valid).toBe(false);
  });

  it('a stray quote inside a cell', async () => {
    const r = await run('Name,Post code,Category\n"Big" Bob\'s Club,WN1 1AA,Health\nSample Next,WN1 1AD,Health\n');
    expect(r.fileIssues.some((i) => i.code === 'bad_quotes' && i.row === 2)).toBe(true);
    expect(issuesOf(r, 2, 'quotes')[0].severity).toBe('error');
  });

  it('a short ragged row is read with empty cells and a warning', async () => {
    const r = await run('Name,Post code,Category,Email\nSample Short,WN1 1AA,Health\n');
    expect(formatIssue(issuesOf(r, 2, 'ragged')[0])).toBe('Row 2: This row has 3 cells but the header has 4; the missing cells were read as empty.');
    expect(rowOf(r, 2).valid).toBe(true);
  });

  it('a title line above the header is skipped and reported', async () => {
    const r = await run('Partner export November 2026\n\nName,Post code,Category\nSample A,WN1 1AA,Health\n');
    expect(r.headerRow).toBe(3);
    expect(r.fileIssues.find((i) => i.code === 'title_rows_skipped')?.message).toBe('Row 1 looks like a title, not a header; the header is row 3.');
    expect(rowOf(r, 4).valid).toBe(true);
  });

  it('an explicit header row', async () => {
    const r = await run('x,y\nName,Post code,Category\nSample A,WN1 1AA,Health\n', { headerRow: 2 });
    expect(r.headers).toEqual(['Name', 'Post code', 'Category']);
    expect(rowOf(r, 3).valid).toBe(true);
  });

  it('no usable columns: every row says what is missing', async () => {
    const r = await run('Colour,Size\nred,large\n');
    expect(r.mappingProblems.map((p) => p.field)).toEqual(['name', 'postcode']);
    expect(issuesOf(r, 2).map((i) => i.code)).toEqual(['required', 'no_category', 'no_location']);
  });

  it('the same partner ID twice is read as it is: the plan flags the repeat (repeats.test.ts)', async () => {
    const r = await run('ID,Name,Post code,Category\nA1,Sample A,WN1 1AA,Health\nA1,Sample B,WN1 1AD,Health\n');
    expect(issuesOf(r, 3)).toEqual([]);
    expect(rowOf(r, 3).valid).toBe(true);
  });

  it('a mapping chosen by the person overrides the suggestion', async () => {
    const r = await run('Title,Where,Type\nSample A,WN1 1AA,Knitting\n', {
      mapping: { Title: 'name', Where: 'postcode', Type: 'categories' },
      categoryMap: { knitting: 'arts-culture' },
    });
    expect(rowOf(r, 2)).toMatchObject({ valid: true, asset: { name: 'Sample A', postcode: 'WN1 1AA', categories: ['arts-culture'] } });
  });

  it('a partner category mapped to "" is ignored', async () => {
    const r = await run('Name,Post code,Category\nSample A,WN1 1AA,Health; Misc\n', { categoryMap: { Misc: '' } });
    expect(rowOf(r, 2)).toMatchObject({ valid: true, asset: { categories: ['health'] } });
  });

  it('a neutralised cell from our own report reads back as the original', async () => {
    const r = await run('Name,Post code,Category,Tel\n\'=HYPERLINK("x"),WN1 1AA,Health,\'+44 1942 000000\n');
    expect(rowOf(r, 2).asset).toMatchObject({ name: '=HYPERLINK("x")', phone: '+44 1942 000000' });
  });
});

describe('uniqueHeaders', () => {
  it('renames repeats and names empty headers', () => {
    const { headers, issues } = uniqueHeaders(['Tel', 'Tel', '', 'Tel (2)', 'Tel']);
    expect(headers).toEqual(['Tel', 'Tel (2)', 'Column 3', 'Tel (2) (2)', 'Tel (3)']);
    expect(issues.map((i) => i.code)).toEqual(['duplicate_header', 'empty_header', 'duplicate_header', 'duplicate_header']);
  });
});

describe('never throws', () => {
  it('on 300 seeded random mixes of quotes, delimiters, line breaks, formulas, HTML and stray bytes', async () => {
    const rnd = mulberry32(12345);
    const parts = [
      '"',
      '""',
      ',',
      ';',
      '\t',
      '|',
      '\n',
      '\r\n',
      '\r',
      '=SUM(A1)',
      '<b>x</b>',
      'Name',
      'Post code',
      'WN1 1AA',
      '53.5',
      '-2.6',
      '£',
      ' ',
      'Category',
      'Health',
      '\uFEFF',
    ];
    for (let n = 0; n < 300; n++) {
      let s = '';
      const len = Math.floor(rnd() * 60);
      for (let i = 0; i < len; i++) s += parts[Math.floor(rnd() * parts.length)];
      const asBytes = rnd() < 0.5;
      const input = asBytes ? new Uint8Array([...new TextEncoder().encode(s), ...(rnd() < 0.3 ? [0xa3, 0x80, 0xff] : [])]) : s;
      const r = await run(input, { chunkSize: 1 + Math.floor(rnd() * 16) });
      expect(r.counts.rows).toBe(r.rows.length);
    }
  });
});
