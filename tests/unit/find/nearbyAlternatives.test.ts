import { describe, expect, it } from 'vitest';
import { nearbyAlternatives } from '../../../src/features/find/nearbyAlternatives';
import { publishedAsset } from '../fixtures/publishedAsset';

const asset = (id: string, lat: number, lng: number, categories: string[]) => publishedAsset(id, [lng, lat], { kind: 'place', categories });

describe('nearbyAlternatives', () => {
  const here = { id: 'self', lat: 53.54, lng: -2.63, category: 'food-support' };
  const features = [
    asset('self', 53.54, -2.63, ['food-support']),
    asset('far', 53.6, -2.63, ['food-support']),
    asset('near', 53.541, -2.63, ['health', 'food-support']),
    asset('other-category', 53.5401, -2.63, ['health']),
    ...Array.from({ length: 6 }, (_, i) => asset(`mid${i}`, 53.55 + i * 0.001, -2.63, ['food-support'])),
  ];

  it('lists the five nearest others in the same category, nearest first, never itself', () => {
    const got = nearbyAlternatives(features, here);
    expect(got.map((n) => n.feature.properties.id)).toEqual(['near', 'mid0', 'mid1', 'mid2', 'mid3']);
    expect(got[0].metres).toBeGreaterThan(100);
    expect(got[0].metres).toBeLessThan(120);
  });

  it('finds nothing for an asset with no category', () => {
    expect(nearbyAlternatives(features, { ...here, category: undefined })).toEqual([]);
  });
});
