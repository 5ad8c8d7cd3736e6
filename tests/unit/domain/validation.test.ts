import { describe, expect, it } from 'vitest';
import {
  checkOpeningHours,
  isEmail,
  isHttpUrl,
  isLat,
  isLng,
  isPhone,
  normalisePhone,
  isUkPostcode,
  isValidOpeningHours,
  nameProblem,
  nonEmpty,
  normalisePostcode,
  normaliseUrl,
  validateAssetInput,
} from '../../../src/domain/validation';
import { ASSET_LIMITS } from '../../../src/domain/limits';
import type { AssetInput } from '../../../src/domain/types';

describe('small validators', () => {
  it('isEmail', () => {
    for (const good of ['a@b.co', 'first.last+tag@example.org', 'x@sub.example.co.uk']) expect(isEmail(good), good).toBe(true);
    for (const bad of ['', 'bob@', '@example.org', 'bob@example', 'bob @example.org', 'a@b@c.org', 'bob@example.o', 'mailto:bob@example.org'])
      expect(isEmail(bad), bad).toBe(false);
    expect(isEmail(`${'a'.repeat(250)}@example.org`)).toBe(false);
  });

  it('isHttpUrl accepts only http(s) web addresses', () => {
    for (const good of ['https://example.org', 'http://example.org/a?b=c#d', 'https://sub.example.co.uk:8080/x']) expect(isHttpUrl(good), good).toBe(true);
    for (const bad of [
      '',
      'example.org',
      'javascript:alert(1)',
      'data:text/html,hi',
      'ftp://example.org',
      'https://',
      'https://exa mple.org',
      'htp:/broken',
      'https://nodot',
      'http://localhost:5173/',
    ])
      expect(isHttpUrl(bad), bad).toBe(false);
  });

  it('normaliseUrl adds https:// to a bare domain only', () => {
    expect(normaliseUrl('www.example.org/walks')).toBe('https://www.example.org/walks');
    expect(normaliseUrl('example.org')).toBe('https://example.org');
    expect(normaliseUrl('https://example.org')).toBe('https://example.org');
    expect(normaliseUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseUrl('not a url')).toBeNull();
  });

  it('isPhone mirrors the database and normalisePhone tidies common forms', () => {
    for (const good of ['01942 000000', '+44 1942 000000', '(01942) 000-000', '07700900001']) expect(isPhone(good), good).toBe(true);
    for (const bad of ['', '999', 'call us', '01942 000000 ext 2', '0'.repeat(26)]) expect(isPhone(bad), bad).toBe(false);
    expect(normalisePhone('Tel: 01942.000.000')).toBe('01942 000 000');
    expect(normalisePhone('01942/000000')).toBe('01942 000000');
    expect(normalisePhone('ask at reception')).toBeNull();
  });

  it('isLat / isLng', () => {
    expect(isLat(53.54)).toBe(true);
    expect(isLat(-90)).toBe(true);
    expect(isLat(90.0001)).toBe(false);
    expect(isLat(Number.NaN)).toBe(false);
    expect(isLng(-2.63)).toBe(true);
    expect(isLng(180)).toBe(true);
    expect(isLng(-180.5)).toBe(false);
    expect(isLng(Number.POSITIVE_INFINITY)).toBe(false);
  });

  it('nonEmpty', () => {
    expect(nonEmpty('x')).toBe(true);
    expect(nonEmpty('  ')).toBe(false);
    expect(nonEmpty(null)).toBe(false);
    expect(nonEmpty(undefined)).toBe(false);
  });

  it('re-exports the postcode helpers', () => {
    expect(isUkPostcode('wn1 1aa')).toBe(true);
    expect(normalisePostcode('wn1 1aa')).toBe('WN1 1AA');
  });
});

describe('opening hours (OpenStreetMap syntax)', () => {
  it('accepts valid values unchanged', () => {
    for (const v of [
      'Mo-Fr 09:00-17:00',
      'Mo-Fr 09:00-17:00; Sa 10:00-12:00',
      '24/7',
      'Tu[2] 10:00-12:00',
      'Mo-Fr 09:00-17:00; PH off',
      'We 18:00-20:00 || "by appointment"',
    ]) {
      expect(checkOpeningHours(v), v).toEqual({ ok: true, value: v, rewritten: false });
      expect(isValidOpeningHours(v)).toBe(true);
    }
  });

  it('rewrites values it understands but that are not canonical', () => {
    expect(checkOpeningHours('Mondays 10am-2pm')).toEqual({ ok: true, value: 'Mo 10:00-14:00', rewritten: true });
  });

  it('rejects free text with a message naming the expected form', () => {
    const r = checkOpeningHours('Open most days');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Opening hours "Open most days" are not understood \(expected OpenStreetMap form, like "Mo-Fr 09:00-17:00; Sa 10:00-12:00"\)/);
    expect(isValidOpeningHours('')).toBe(false);
    expect(isValidOpeningHours('x'.repeat(ASSET_LIMITS.opening_hours + 1))).toBe(false);
  });
});

describe('validateAssetInput', () => {
  const good: AssetInput = {
    org_id: '0a000000-0000-4000-8000-00000000000a',
    kind: 'group',
    name: 'Sample: Hindley Homework Club',
    description: 'Homework help',
    categories: ['children-families'],
    lat: 53.537,
    lng: -2.571,
    address: null,
    postcode: 'WN2 4BG',
    phone: '01942 000000',
    email: 'club@example.org',
    website: 'https://example.org/club',
    opening_hours: 'Mo-Th 15:30-17:30',
    free: true,
    cost: null,
    age_groups: ['children'],
    accessibility: ['step_free'],
    languages: ['en'],
  };

  it('refuses a name made only of invisible characters, saying so', () => {
    for (const name of ['\u200b', '\u200b\u200c\u200d', '\ufeff\u2060', '\u00ad\u200b']) {
      expect(validateAssetInput({ ...good, name }), JSON.stringify(name)).toEqual({
        name: 'Name has no visible characters (only invisible ones, such as zero-width spaces).',
      });
    }
    expect(nameProblem('\u00a0\u00a0')).toBe('empty');
    expect(nameProblem('Zoë\u200b')).toBeNull();
    expect(nameProblem('<script>alert(1)</script>')).toBeNull();
  });

  it('accepts a good asset', () => {
    expect(validateAssetInput(good)).toEqual({});
  });

  it('reports each bad field with a message', () => {
    const errors = validateAssetInput({
      ...good,
      name: ' ',
      kind: 'shop' as never,
      categories: [],
      lat: 153,
      lng: -200,
      postcode: 'WN1 1CA',
      phone: 'call us',
      email: 'bob@',
      website: 'javascript:alert(1)',
      opening_hours: 'whenever',
      age_groups: ['toddlers' as never],
      accessibility: ['lift' as never],
      cost: 'x'.repeat(ASSET_LIMITS.cost + 1),
    });
    expect(errors.name).toBe('Name is required.');
    expect(errors.kind).toMatch(/place, group, service/);
    expect(errors.categories).toMatch(/at least one category/);
    expect(errors.lat).toMatch(/-90 to 90/);
    expect(errors.lng).toMatch(/-180 to 180/);
    expect(errors.postcode).toMatch(/"1CA"/);
    expect(errors.phone).toMatch(/"call us" is not a phone number/);
    expect(errors.email).toMatch(/"bob@" is not an email address/);
    expect(errors.website).toMatch(/http:\/\/ or https:\/\//);
    expect(errors.opening_hours).toMatch(/not understood/);
    expect(errors.age_groups).toMatch(/"toddlers"/);
    expect(errors.accessibility).toMatch(/"lift"/);
    expect(errors.cost).toMatch(/longer than 500/);
  });

  it('allows at most 10 categories, as the database does', () => {
    expect(validateAssetInput({ ...good, categories: Array.from({ length: 11 }, (_, i) => `c${i}`) }).categories).toMatch(/at most 10/);
  });

  it('treats empty optional fields as absent', () => {
    expect(validateAssetInput({ ...good, postcode: '', email: null, website: '', opening_hours: null, phone: null })).toEqual({});
  });
});
