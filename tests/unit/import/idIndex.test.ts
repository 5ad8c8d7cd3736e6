import { describe, expect, it } from 'vitest';
import { createIdIndex } from '../../../src/features/import/idIndex';

describe('createIdIndex', () => {
  it('returns the first row of a repeated ID, across table growth', () => {
    const index = createIdIndex();
    for (let i = 0; i < 5000; i++) expect(index.claim(`P-${i}`, i + 2)).toBe(-1);
    expect(index.claim('P-0', 9000)).toBe(2);
    expect(index.claim('P-4999', 9001)).toBe(5001);
    expect(index.claim('p-0', 9002)).toBe(-1);
  });
});
