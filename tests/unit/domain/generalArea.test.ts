// A listing that meets at a private address is shown at the centre of its grid cell (the
// database snaps it; tests/sql/privateAddress.test.ts checks this mirror against it), drawn as a
// circle that holds the whole cell, with distances worded as approximate.
import { describe, expect, it } from 'vitest';
import { haversine } from '../../../src/domain/distance';
import {
  GENERAL_AREA_CELL,
  GENERAL_AREA_RADIUS_M,
  describeListingDistance,
  formatApproximateDistance,
  generalAreaCentre,
  generalAreaRing,
  isGeneralArea,
} from '../../../src/domain/generalArea';

describe('the general area of a point', () => {
  it('is the centre of its cell, whatever point of the cell it starts from', () => {
    expect(generalAreaCentre({ lat: 53.541237, lng: -2.591853 })).toEqual({ lat: 53.5455, lng: -2.5875 });
    expect(generalAreaCentre({ lat: 53.541001, lng: -2.594999 })).toEqual({ lat: 53.5455, lng: -2.5875 });
    expect(generalAreaCentre({ lat: 53.549999, lng: -2.580001 })).toEqual({ lat: 53.5455, lng: -2.5875 });
  });

  it('moves to the next cell across a cell edge', () => {
    expect(generalAreaCentre({ lat: 53.550001, lng: -2.591853 }).lat).toBe(53.5545);
    expect(generalAreaCentre({ lat: 53.541237, lng: -2.579999 }).lng).toBe(-2.5725);
  });

  it('is its own general area, so snapping twice changes nothing', () => {
    for (let i = 0; i < 500; i++) {
      const p = { lat: 53.35 + i * 0.00071, lng: -2.8 + i * 0.00113 };
      const c = generalAreaCentre(p);
      expect(generalAreaCentre(c)).toEqual(c);
    }
  });

  it('is within the drawn radius of every point of its cell, so the area always holds the true place', () => {
    for (let i = 0; i < 500; i++) {
      const p = { lat: 53.35 + i * 0.00071, lng: -2.8 + i * 0.00113 };
      expect(haversine(p, generalAreaCentre(p))).toBeLessThanOrEqual(GENERAL_AREA_RADIUS_M);
    }
    // the corner of a cell is the farthest a point can be
    const corner = { lat: 53.541, lng: -2.595 };
    expect(haversine(corner, generalAreaCentre({ lat: corner.lat + 1e-7, lng: corner.lng + 1e-7 }))).toBeGreaterThan(GENERAL_AREA_RADIUS_M - 15);
    expect(GENERAL_AREA_CELL).toEqual({ lat: 0.009, lng: 0.015 });
  });
});

describe('the drawn area', () => {
  it('is a closed ring at the radius all round its centre', () => {
    const centre = { lat: 53.5455, lng: -2.5875 };
    const ring = generalAreaRing(centre);
    expect(ring).toHaveLength(49);
    expect(ring[48]).toEqual(ring[0]);
    for (const [lng, lat] of ring) expect(Math.abs(haversine(centre, { lat, lng }) - GENERAL_AREA_RADIUS_M)).toBeLessThan(1);
  });
});

describe('a distance to a general area', () => {
  it('is rounded to the kilometre and said to be approximate', () => {
    expect(formatApproximateDistance(2_340)).toBe('about 2 km');
    expect(formatApproximateDistance(2_600)).toBe('about 3 km');
    expect(formatApproximateDistance(12_400)).toBe('about 12 km');
  });

  it('is "within about 1 km" when the resident could be at the door or a kilometre away', () => {
    expect(formatApproximateDistance(0)).toBe('within about 1 km');
    expect(formatApproximateDistance(1_400)).toBe('within about 1 km');
  });

  it('is exact, with a walking time, for a listing at its own address', () => {
    expect(describeListingDistance({ private_address: false }, 350)).toBe('350 m, about a 5 minute walk');
    expect(describeListingDistance({}, 350)).toBe('350 m, about a 5 minute walk');
    expect(describeListingDistance({ private_address: true }, 350)).toBe('within about 1 km');
    expect(isGeneralArea({ private_address: null })).toBe(false);
  });

  it('says nothing for a distance that is not one', () => {
    expect(formatApproximateDistance(Number.NaN)).toBe('');
    expect(formatApproximateDistance(-1)).toBe('');
  });
});
