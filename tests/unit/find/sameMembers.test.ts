import { describe, expect, it } from 'vitest';
import { sameMembers } from '../../../src/features/find/sameMembers';
import type { AssetFeature } from '../../../src/domain/types';

const f = (id: string) => ({ properties: { id } }) as AssetFeature;

describe('sameMembers', () => {
  it('treats a reordered list as the same set, and a changed one as different', () => {
    const a = [f('1'), f('2'), f('3')];
    expect(sameMembers(a, [f('3'), f('1'), f('2')])).toBe(true);
    expect(sameMembers(a, [f('1'), f('2')])).toBe(false);
    expect(sameMembers(a, [f('1'), f('2'), f('4')])).toBe(false);
    expect(sameMembers([], [])).toBe(true);
  });
});
