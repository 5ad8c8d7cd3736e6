import { describe, expect, it } from 'vitest';
import turfDistance from '@turf/distance';
import { describeDistance, formatDistance, formatWalkingTime, haversine } from '../../../src/domain/distance';

describe('distance', () => {
  it('agrees with Turf to the metre (Wigan to Leigh, about 9 km)', () => {
    const d = haversine({ lat: 53.5448, lng: -2.6318 }, { lat: 53.4975, lng: -2.519 });
    const turf = turfDistance([-2.6318, 53.5448], [-2.519, 53.4975], { units: 'meters' });
    expect(Math.abs(d - turf)).toBeLessThan(1);
    expect(formatDistance(d)).toBe('9.1 km');
  });
  it('shows metres under 1 km and km above', () => {
    expect(formatDistance(4)).toBe('10 m');
    expect(formatDistance(347)).toBe('350 m');
    expect(formatDistance(996)).toBe('1.0 km');
    expect(formatDistance(1_234)).toBe('1.2 km');
    expect(formatDistance(12_600)).toBe('13 km');
  });
  it('adds a walking time at 80 m a minute, only where people walk', () => {
    expect(formatWalkingTime(350)).toBe('5 minute walk');
    expect(formatWalkingTime(5_200)).toBe('1 hour 5 minute walk');
    expect(formatWalkingTime(20_000)).toBeNull();
    expect(describeDistance(350)).toBe('350 m, about a 5 minute walk');
    expect(describeDistance(12_600)).toBe('13 km');
  });
});
