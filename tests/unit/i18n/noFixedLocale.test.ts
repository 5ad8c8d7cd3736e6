// Numbers, dates and times people read are written by src/i18n (formatNumber, formatDate,
// formatTime), so they follow the chosen language. A formatting call with the language written
// into it ('en-GB') fails here. Sorting and case-folding of data (localeCompare, Intl.Collator,
// toLocaleLowerCase) may keep a fixed language: they decide an order, not what people read.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** A number, date or time formatted in a language written into the call. */
const FIXED =
  /(toLocaleString|toLocaleDateString|toLocaleTimeString)\(\s*['"`][a-z]{2}|Intl\.(NumberFormat|DateTimeFormat|RelativeTimeFormat|ListFormat|PluralRules)\(\s*['"`][a-z]{2}/;

/** Text that stays English on purpose: an error for developers, and a header of an exported file. */
const ALLOWED = new Set(['src/geo/hexLattice.ts', 'src/domain/export/listingsCsv.ts']);

describe('no number or date is written in a fixed language', () => {
  it('the scan finds a fixed language and passes the i18n layer', () => {
    expect(FIXED.test(`n.toLocaleString('en-GB')`)).toBe(true);
    expect(FIXED.test(`new Intl.NumberFormat('en-GB')`)).toBe(true);
    expect(FIXED.test(`d.toLocaleTimeString("en-GB", { hour: '2-digit' })`)).toBe(true);
    expect(FIXED.test(`d.toLocaleDateString(intlLocale(), {})`)).toBe(false);
    expect(FIXED.test(`a.localeCompare(b, 'en-GB')`)).toBe(false);
  });

  const files = sourceFiles(join(ROOT, 'src')).map((f) => relative(ROOT, f));
  it('reads the source', () => expect(files.length).toBeGreaterThan(300));
  it('formats with the current language everywhere people read the result', () => {
    const found = files
      .filter((f) => !ALLOWED.has(f))
      .flatMap((f) =>
        readFileSync(join(ROOT, f), 'utf8')
          .split('\n')
          .flatMap((line, i) => (FIXED.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });
});
