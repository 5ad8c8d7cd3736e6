// What the shortlist says on paper, in a message and in its CSV: names, times in words, phones,
// notes and links, with cells a spreadsheet would run made harmless.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as hours from '../../../src/domain/openingHours';
import type { PublishedAssetProps } from '../../../src/domain/types';
import { listingFacts, shortlistCsv, shortlistMessage } from '../../../src/features/shortlist/shortlistFacts';

const ID1 = 'a0000000-0000-4000-8000-000000000001';
const ID2 = 'a0000000-0000-4000-8000-000000000002';

const listing = (over: Partial<PublishedAssetProps>): PublishedAssetProps => ({
  id: ID1,
  kind: 'group',
  name: 'Tea and Chat',
  description: 'A friendly cuppa',
  categories: [],
  org_id: null,
  org_name: null,
  ward: null,
  address: '1 Market St',
  postcode: 'WN1 1AA',
  opening_hours: 'Tu 10:00-12:00',
  free: true,
  cost: null,
  age_groups: [],
  accessibility: [],
  last_verified_at: null,
  phone: '01942 123456',
  email: null,
  website: null,
  languages: [],
  ...over,
});

beforeEach(() => vi.stubGlobal('location', { origin: 'https://map.example' }));
afterEach(() => vi.unstubAllGlobals());

describe('a shortlist written out', () => {
  it('gives each listing its times in words, address and absolute link', () => {
    const f = listingFacts({ id: ID1, name: 'Tea and Chat', note: '' }, listing({}), hours);
    expect(f.times.join(' ')).toMatch(/Tuesday/);
    expect(f.address).toBe('1 Market St, WN1 1AA');
    expect(f.url).toBe(`https://map.example/asset/${ID1}`);
  });

  it('makes a message with names, times, phones and notes, then the link; gone listings left out', () => {
    const facts = [
      listingFacts({ id: ID1, name: 'Tea and Chat', note: 'ask for Jean' }, listing({}), hours),
      listingFacts({ id: ID2, name: 'Closed club', note: '' }, null, hours),
    ];
    const text = shortlistMessage(facts, 'https://map.example/shortlist#s=1.abc');
    expect(text).toContain('1. Tea and Chat');
    expect(text).toMatch(/Tuesday/);
    expect(text).toContain('Phone 01942 123456');
    expect(text).toContain('ask for Jean');
    expect(text).not.toContain('Closed club');
    expect(text.trim().endsWith('https://map.example/shortlist#s=1.abc')).toBe(true);
  });

  it('writes a CSV whose formula-like cells cannot run, and names gone listings', () => {
    const facts = [
      listingFacts({ id: ID1, name: '=HYPERLINK("x")', note: '+call them, first' }, listing({ name: '=HYPERLINK("x")' }), hours),
      listingFacts({ id: ID2, name: 'Closed club', note: '' }, null, hours),
    ];
    const lines = shortlistCsv(facts)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Number,Name,What they offer,Opening times,Address,Phone,Email,Website,Note,Link');
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[1]).toContain(`"'+call them, first"`);
    expect(lines[2]).toContain('Closed club (no longer listed)');
  });
});
