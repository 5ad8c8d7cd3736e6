import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type FilterState } from '../../../src/domain/filters';
import { emptyUrlState, fromSearchParams, toQueryString, toSearchParams, type UrlState } from '../../../src/domain/urlState';

const full: UrlState = {
  filters: {
    q: 'food bank & café "hindley"',
    categories: ['food-support', 'health'],
    kinds: ['place', 'service'],
    openNow: true,
    openOn: { weekday: 1, time: '09:30' },
    free: true,
    ages: ['children', 'older_people'],
    access: ['step_free', 'bsl'],
    near: { lat: 53.5421, lng: -2.6311, label: 'WN1 1AA, Wigan' },
    reach: 'walk15',
  },
  postcode: null,
  sel: '3f2a9c4e-1b2d-4e5f-8a9b-0c1d2e3f4a5b',
  view: 'list',
};
const read = (qs: string) => fromSearchParams(new URLSearchParams(qs));

describe('URL state', () => {
  it('round-trips every field exactly', () => {
    expect(fromSearchParams(toSearchParams(full))).toEqual(full);
    expect(read(toQueryString(full))).toEqual(full);
  });

  it('round-trips the empty state as an empty URL', () => {
    expect(toSearchParams(emptyUrlState()).toString()).toBe('');
    expect(read('')).toEqual(emptyUrlState());
  });

  it('writes short, readable keys', () => {
    const qs = toQueryString({ filters: { ...EMPTY_FILTERS, categories: ['food-support', 'youth'], openOn: { weekday: 6, time: null }, free: true } });
    expect(qs).toBe('cat=food-support,youth&open=sa&free=1');
  });

  it('carries sub-categories beside categories, in the same cat= list', () => {
    const qs = toQueryString({ filters: { ...EMPTY_FILTERS, categories: ['library', 'health'] } });
    expect(qs).toBe('cat=library,health');
    expect(read(qs).filters.categories).toEqual(['library', 'health']);
  });

  it('reads a postcode link and keeps it for the geocoder', () => {
    expect(read('pc=wn1%201aa').postcode).toBe('WN1 1AA');
    expect(read('pc=%3Cscript%3E').postcode).toBeNull();
  });

  it('ignores hostile and unknown values', () => {
    const s = read(
      'cat=<script>alert(1)</script>,food-support&kind=castle,place&open=xx@99:99&age=babies&acc=__proto__,constructor,step_free' +
        '&near=999,-2,x&sel=<img src=x onerror=alert(1)>&view=javascript:alert(1)&free=yes',
    );
    expect(s.filters.categories).toEqual(['food-support']);
    expect(s.filters.kinds).toEqual(['place']);
    expect(s.filters.openOn).toBeNull();
    expect(s.filters.openNow).toBe(false);
    expect(s.filters.ages).toEqual([]);
    expect(s.filters.access).toEqual(['step_free']);
    expect(s.filters.near).toBeNull();
    expect(s.sel).toBeNull();
    expect(s.view).toBeNull();
    expect(s.filters.free).toBe(false);
  });

  it('keeps search text as text, without control or direction-override characters', () => {
    const s = read('q=' + encodeURIComponent('<script>alert(1)</script>\u0000\u202e'));
    expect(s.filters.q).toBe('<script>alert(1)</script>'); // rendered as text by the UI, never as HTML
  });

  it('cuts very long values instead of trusting them', () => {
    const s = read('q=' + 'a'.repeat(100_000) + '&cat=' + Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',') + '&near=53.5,-2.6,' + 'x'.repeat(500));
    expect(s.filters.q).toHaveLength(200);
    expect(s.filters.categories).toEqual([]);
    expect(s.filters.near).toBeNull();
    const moderate = read('cat=' + Array.from({ length: 100 }, (_, i) => `c${i}`).join(','));
    expect(moderate.filters.categories).toHaveLength(30);
  });

  it('rounds near-me coordinates to 5 decimal places so links stay short', () => {
    const f: FilterState = { ...EMPTY_FILTERS, near: { lat: 53.542112345, lng: -2.631198765, label: 'Your location' } };
    expect(toQueryString({ filters: f })).toBe('near=53.54211,-2.63120,Your+location');
    expect(read(toQueryString({ filters: f })).filters.near).toEqual({ lat: 53.54211, lng: -2.6312, label: 'Your location' });
  });
});
