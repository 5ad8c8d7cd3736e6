import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categoryCodes } from '../../../src/map/legend/categoryCodes';

describe('categoryCodes', () => {
  it('gives every sample category a distinct short code from its label', () => {
    const cats = JSON.parse(readFileSync('data/categories.json', 'utf8')) as { slug: string; label: string }[];
    const codes = categoryCodes(cats);
    expect(codes.get('food-support')).toBe('FS');
    expect(codes.get('health')).toBe('H');
    const values = [...codes.values()];
    expect(new Set(values).size).toBe(cats.length);
    for (const v of values) expect(v.length).toBeLessThanOrEqual(3);
  });

  it('takes more letters when two labels share initials', () => {
    const codes = categoryCodes([
      { slug: 'a', label: 'Food support' },
      { slug: 'b', label: 'Family support' },
      { slug: 'c', label: 'Fsomething' },
    ]);
    expect(new Set(codes.values()).size).toBe(3);
    expect(codes.get('a')).toBe('FS');
    expect(codes.get('b')).toBe('FA');
  });
});
