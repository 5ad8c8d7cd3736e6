import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseCsvCell, quoteCsvCell } from '../../../src/domain/csvCell';

describe('csvCell', () => {
  it('prefixes an apostrophe to cells a spreadsheet would run as a formula', () => {
    for (const s of ['=1+1', '@SUM(A1)', '+44 1942', '-2+3', '\tx', '\rx']) expect(neutraliseCsvCell(s)).toBe(`'${s}`);
    expect(neutraliseCsvCell('Hello')).toBe('Hello');
    expect(neutraliseCsvCell('')).toBe('');
  });

  it('leaves a plain signed number such as a longitude alone, unless told every signed text is text', () => {
    expect(neutraliseCsvCell('-2.63')).toBe('-2.63');
    expect(neutraliseCsvCell('+1')).toBe('+1');
    expect(neutraliseCsvCell('-2.63', { keepPlainNumbers: false })).toBe("'-2.63");
    expect(neutraliseCsvCell('+1', { keepPlainNumbers: false })).toBe("'+1");
  });

  it('quotes cells with commas, quotes or line breaks, after neutralising', () => {
    expect(quoteCsvCell('Pemberton, "North"')).toBe('"Pemberton, ""North"""');
    expect(quoteCsvCell('a\nb')).toBe('"a\nb"');
    expect(quoteCsvCell('plain')).toBe('plain');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
  });
});
