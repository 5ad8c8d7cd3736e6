import { describe, expect, it } from 'vitest';
import { boundedEditDistance, boundedPrefixDistance } from '../../../../src/domain/search/editDistance';

describe('boundedEditDistance', () => {
  it('counts a dropped letter, a wrong letter and a swap as one edit each', () => {
    expect(boundedEditDistance('fod', 'food', 2)).toBe(1);
    expect(boundedEditDistance('mentel', 'mental', 2)).toBe(1);
    expect(boundedEditDistance('chiar', 'chair', 2)).toBe(1);
  });
  it('stops at max + 1', () => {
    expect(boundedEditDistance('digitle', 'digital', 1)).toBe(2);
    expect(boundedEditDistance('cat', 'elephant', 2)).toBe(3);
  });
});

describe('boundedPrefixDistance', () => {
  it('measures against the closest start of the longer word', () => {
    expect(boundedPrefixDistance('mente', 'mental', 1)).toBe(1);
    expect(boundedPrefixDistance('hindl', 'hindley', 1)).toBe(0);
    expect(boundedPrefixDistance('hidnl', 'hindley', 1)).toBe(1);
    expect(boundedPrefixDistance('yoga', 'hindley', 1)).toBe(2);
  });
});
