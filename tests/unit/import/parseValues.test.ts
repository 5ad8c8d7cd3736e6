import { describe, expect, it } from 'vitest';
import { neutraliseCsvCell } from '../../../src/domain/csvCell';
import { containsHtml, looksLikeFormula, unneutralise } from '../../../src/features/import/cellText';
import {
  ageGroupsFromRange,
  parseAccessibility,
  parseAgeGroups,
  parseCoordinate,
  parseCost,
  parseKind,
  parseLanguages,
  parseYesNo,
} from '../../../src/features/import/parseValues';

describe('cost and free', () => {
  it.each([
    ['Free', '', { free: true, cost: null }],
    ['£0', '', { free: true, cost: null }],
    ['£2', '', { free: false, cost: '£2' }],
    ['£3.50 per lunch', '', { free: false, cost: '£3.50 per lunch' }],
    ['Donations welcome', '', { free: true, cost: 'Donations welcome' }],
    ['Pay what you can', '', { free: true, cost: 'Pay what you can' }],
    ['Free, but £1 for tea', '', { free: false, cost: 'Free, but £1 for tea' }],
    ['', 'yes', { free: true, cost: null }],
    ['', '', { free: false, cost: null }],
    ['£2 for non-members', 'yes', { free: true, cost: '£2 for non-members' }],
  ])('%j with free %j', (cost, free, want) => {
    expect(parseCost(cost, free)).toEqual({ ...want, freeUnknown: false });
  });

  it('flags a Free column that is neither yes nor no', () => {
    expect(parseCost('£2', 'sometimes')).toEqual({ free: false, cost: '£2', freeUnknown: true });
  });

  it('yes/no', () => {
    expect(['Yes', 'y', 'TRUE', '1', '✓'].map(parseYesNo)).toEqual([true, true, true, true, true]);
    expect(['No', 'n', 'false', '0', '', 'N/A'].map(parseYesNo)).toEqual([false, false, false, false, false, false]);
    expect(parseYesNo('maybe')).toBeNull();
  });
});

describe('age groups', () => {
  it('words, labels, ranges and open ends', () => {
    expect(parseAgeGroups('All ages').groups).toEqual(['children', 'young_people', 'adults', 'older_people']);
    expect(parseAgeGroups('Children; families').groups).toEqual(['children']);
    expect(parseAgeGroups('Adults (18–64)').groups).toEqual(['adults']);
    expect(parseAgeGroups('5-16').groups).toEqual(['children', 'young_people']);
    expect(parseAgeGroups('65+').groups).toEqual(['older_people']);
    expect(parseAgeGroups('under 5s').groups).toEqual(['children']);
    expect(parseAgeGroups('Over 50').groups).toEqual(['adults', 'older_people']);
    expect(parseAgeGroups('young_people, older_people').groups).toEqual(['young_people', 'older_people']);
  });

  it('returns words it does not understand', () => {
    expect(parseAgeGroups('Adults; pupils')).toEqual({ groups: ['adults'], unknown: ['pupils'] });
  });

  it('ORUK minimum/maximum age', () => {
    expect(ageGroupsFromRange(18, null)).toEqual(['young_people', 'adults', 'older_people']);
    expect(ageGroupsFromRange(null, 11)).toEqual(['children']);
  });
});

describe('accessibility, languages, kind, coordinates', () => {
  it('accessibility from plain words', () => {
    expect(parseAccessibility('Wheelchair access; hearing loop, Accessible toilet')).toEqual({
      features: ['step_free', 'accessible_toilet', 'hearing_loop'],
      unknown: [],
    });
    expect(parseAccessibility('step_free; nice staff')).toEqual({ features: ['step_free'], unknown: ['nice staff'] });
    expect(parseAccessibility('None').features).toEqual([]);
  });

  it('languages as ISO 639 codes', () => {
    expect(parseLanguages('English, Polish and BSL')).toEqual({ codes: ['en', 'pl', 'bsl'], unknown: [] });
    expect(parseLanguages('en; ur; Klingon')).toEqual({ codes: ['en', 'ur'], unknown: ['Klingon'] });
  });

  it('kind', () => {
    expect(['Place', 'venue', 'Group', 'club', 'service'].map(parseKind)).toEqual(['place', 'place', 'group', 'group', 'service']);
    expect(parseKind('shop')).toBeNull();
  });

  it('coordinates: decimals, decimal commas, degree signs; NaN for text; null when empty', () => {
    expect(parseCoordinate('53.545')).toBe(53.545);
    expect(parseCoordinate('-2,632')).toBe(-2.632);
    expect(parseCoordinate('53.5°')).toBe(53.5);
    expect(parseCoordinate('')).toBeNull();
    expect(parseCoordinate('abc')).toBeNaN();
    expect(parseCoordinate('0x10')).toBeNaN();
  });
});

describe('cell text safety', () => {
  it('formula-looking cells, but not numbers or phone numbers', () => {
    for (const f of ['=HYPERLINK("http://evil","x")', '=1+1', '@SUM(A1)', '+cmd|x', '-2+3']) expect(looksLikeFormula(f), f).toBe(true);
    for (const ok of ['-2.63', '+44 1942 000000', 'Hello', '']) expect(looksLikeFormula(ok), ok).toBe(false);
  });

  it('neutralises for CSV output and undoes it on the way back in', () => {
    expect(neutraliseCsvCell('=1+1')).toBe("'=1+1");
    expect(neutraliseCsvCell('@x')).toBe("'@x");
    expect(neutraliseCsvCell('+44 1942')).toBe("'+44 1942");
    expect(neutraliseCsvCell('\tx')).toBe("'\tx");
    expect(neutraliseCsvCell('\rx')).toBe("'\rx");
    expect(neutraliseCsvCell('-2.63')).toBe('-2.63');
    expect(neutraliseCsvCell('Hello')).toBe('Hello');
    expect(unneutralise("'=1+1")).toBe('=1+1');
    expect(unneutralise("'tis")).toBe("'tis");
  });

  it('tells HTML from text that merely has angle brackets', () => {
    expect(containsHtml('<p>Free <b>coffee</b> &amp; cake</p><script>alert(1)</script>')).toBe(true);
    expect(containsHtml('<img src=x onerror=alert(1)>')).toBe(true);
    expect(containsHtml('Ages 5 < 11 and 12 > 5')).toBe(false);
  });
});
