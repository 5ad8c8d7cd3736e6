import { describe, expect, it } from 'vitest';
import { checkPostcode, isUkPostcode, normalisePostcode, outwardCode } from '../../../src/domain/postcodes';

describe('normalisePostcode', () => {
  it.each([
    ['wn1 1aa', 'WN1 1AA'],
    ['WN11AA', 'WN1 1AA'],
    ['  wn1   1aa ', 'WN1 1AA'],
    ['m1 1ae', 'M1 1AE'],
    ['WA10 1AA', 'WA10 1AA'],
    ['ec1a 1bb', 'EC1A 1BB'],
    ['W1A 0AX', 'W1A 0AX'],
    ['M28\u00a01AA', 'M28 1AA'],
  ])('%s → %s', (raw, want) => {
    expect(normalisePostcode(raw)).toBe(want);
    expect(isUkPostcode(raw)).toBe(true);
  });

  it.each(['', 'GIR 0AA', 'WN1', 'WN1 1CA', 'QN1 1AA', 'WN1-1AA', '12345', 'WN1 1AAA', 'not a postcode'])('rejects %j', (raw) => {
    expect(normalisePostcode(raw)).toBeNull();
    expect(isUkPostcode(raw)).toBe(false);
  });

  it('gives the district of a postcode', () => {
    expect(outwardCode('WN1 1AA')).toBe('WN1');
  });
});

describe('checkPostcode explains what is wrong', () => {
  const message = (raw: string) => {
    const r = checkPostcode(raw);
    if (r.ok) throw new Error(`expected ${raw} to fail`);
    return r.message;
  };

  it('accepts and normalises', () => {
    expect(checkPostcode('wn2 4bg')).toEqual({ ok: true, postcode: 'WN2 4BG' });
  });
  it('an empty postcode', () => expect(message('  ')).toMatch(/empty/));
  it('only the district', () => expect(message('WN1')).toMatch(/only the district.*"WN1 1AA"/));
  it('punctuation', () => expect(message('WN1-1AA')).toMatch(/characters other than letters, digits/));
  it('too long', () => expect(message('WN1 1AAAA')).toMatch(/too long/));
  it('names the part the person typed after the space', () => expect(message('WN1 1C')).toMatch(/the last part "1C" must be a digit then two letters/));
  it('words that are not a postcode at all', () => expect(message('hello')).toMatch(/"hello" is not a postcode/));
  it('a letter not used in the inward part', () => expect(message('WN1 1CA')).toMatch(/"1CA" must be a digit then two letters other than C, I, K, M, O or V/));
  it('a letter O for a zero', () => expect(message('WN1 OAA')).toMatch(/letter O where a zero belongs/));
  it('a district that cannot exist', () => expect(message('QN1 1AA')).toMatch(/"QN1" is not a UK postcode district/));
});
