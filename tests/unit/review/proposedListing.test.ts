import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../src/domain/types';
import { pinMove, proposedListing, residentFeature } from '../../../src/features/review/proposedListing';

const NOW = new Date('2026-12-01T10:00:00Z');

function listing(over: Partial<Asset>): Asset {
  return {
    id: 'x',
    kind: 'group',
    name: 'Sample: Lunch Club',
    description: 'Hot lunches.',
    categories: ['older-people'],
    org_id: 'o',
    org_name: 'Sample: Trust',
    ward: 'Hindley',
    private_address: false,
    address: '1 Market St',
    postcode: 'WN2 3AN',
    opening_hours: 'Tu 12:00-14:00',
    free: true,
    cost: null,
    age_groups: [],
    accessibility: [],
    last_verified_at: null,
    lat: 53.536,
    lng: -2.577,
    status: 'pending',
    phone: null,
    email: null,
    website: null,
    languages: [],
    external_id: null,
    source: null,
    version: 3,
    created_at: '2026-11-01T10:00:00Z',
    updated_at: '2026-11-01T10:00:00Z',
    pending_changes: null,
    review_note: null,
    submitted_at: '2026-11-01T10:00:00Z',
    published_at: null,
    ...over,
  };
}

describe('a listing under review, as it would be once approved', () => {
  it('is the new listing itself, shown to residents as checked on approval', () => {
    const f = residentFeature(listing({}), NOW);
    expect(f.geometry.coordinates).toEqual([-2.577, 53.536]);
    expect(f.properties).toMatchObject({ name: 'Sample: Lunch Club', opening_hours: 'Tu 12:00-14:00', last_verified_at: NOW.toISOString() });
    expect(pinMove(listing({}))).toEqual({ from: null, to: { lat: 53.536, lng: -2.577 }, metres: 0 });
  });

  it('is the published listing with the proposed changes on top', () => {
    const a = listing({ status: 'published', pending_changes: { name: 'Sample: Tuesday Lunch Club', lat: 53.537, free: false, cost: '£2' } });
    expect(proposedListing(a)).toMatchObject({ name: 'Sample: Tuesday Lunch Club', lat: 53.537, lng: -2.577, free: false, cost: '£2', description: 'Hot lunches.' });
    expect(residentFeature(a, NOW).properties).toMatchObject({ name: 'Sample: Tuesday Lunch Club', free: false, cost: '£2' });
    const move = pinMove(a);
    expect(move.from).toEqual({ lat: 53.536, lng: -2.577 });
    expect(move.to).toEqual({ lat: 53.537, lng: -2.577 });
    expect(move.metres).toBeGreaterThan(100);
    expect(move.metres).toBeLessThan(120);
  });

  it('does not move a published listing whose edit leaves the pin', () => {
    expect(pinMove(listing({ status: 'published', pending_changes: { name: 'New name' } })).metres).toBe(0);
  });

  it('shows residents only the general area of a listing that will meet at a private address, and the moderator the exact pin', () => {
    const a = listing({ status: 'published', pending_changes: { private_address: true } });
    const f = residentFeature(a, NOW);
    expect(f.geometry.coordinates).toEqual([-2.5725, 53.5365]);
    expect(f.properties).toMatchObject({ address: null, postcode: null, private_address: true });
    const pin = residentFeature(a, NOW, { exact: true });
    expect(pin.geometry.coordinates).toEqual([-2.577, 53.536]);
    expect(pin.properties).toMatchObject({ address: '1 Market St', postcode: 'WN2 3AN' });
    expect(pin.properties.private_address).toBeUndefined();
  });
});
