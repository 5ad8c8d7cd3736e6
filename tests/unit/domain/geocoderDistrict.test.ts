// A district typed into Search ("WN2") is looked up as the middle of its postcodes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { haversine } from '../../../src/domain/distance';
import { createOfflineGeocoder } from '../../../src/domain/geocoder';

const csv = readFileSync('data/postcodes.csv', 'utf8');
const g = createOfflineGeocoder(csv);

describe('offline geocoder: districts', () => {
  it('places a district at the mean of its postcodes, however it is typed', () => {
    const rows = csv
      .split('\n')
      .slice(1)
      .map((l) => l.split(','))
      .filter((r) => r[0]?.startsWith('WN2 '));
    const mean = { lat: rows.reduce((s, r) => s + Number(r[1]), 0) / rows.length, lng: rows.reduce((s, r) => s + Number(r[2]), 0) / rows.length };
    const wn2 = g.district('wn2 ')!;
    expect(haversine(wn2, mean)).toBeLessThan(1);
    expect(g.district('WN2')).toEqual(wn2);
  });

  it('does not mistake WN2 for WN25 or M2 for M28', () => {
    expect(g.district('M28')).not.toBeNull();
    expect(g.district('M2')).toBeNull();
    expect(haversine(g.district('WN2')!, g.district('WN1')!)).toBeGreaterThan(1000);
  });

  it('returns null for a district the table does not have', () => {
    expect(g.district('EC1A')).toBeNull();
    expect(g.district('')).toBeNull();
  });
});
