// Issue 12 item 8: a postcode typed into Search is offered as a location, not matched as text.
import { describe, expect, it } from 'vitest';
import { postcodeInQuery } from '../../../../src/domain/search/postcodeQuery';

describe('a postcode in the search box', () => {
  it.each([
    ['WN2 3AN', 'WN2 3AN'],
    ['wn2 3an', 'WN2 3AN'],
    ['wn23an', 'WN2 3AN'],
    [' WN2  3AN ', 'WN2 3AN'],
    ['WN1 9ZZ', 'WN1 9ZZ'], // well formed; whether it exists is the geocoder's to say
  ])('"%s" is the postcode %s', (q, code) => {
    expect(postcodeInQuery(q)).toEqual({ kind: 'postcode', code, rest: '' });
  });

  it.each([
    ['WN2', 'WN2'],
    ['wn2', 'WN2'],
    ['M28', 'M28'],
    ['wn2 3', 'WN2'], // still typing the second half
    ['WN2 3A', 'WN2'],
  ])('"%s" is the district %s', (q, code) => {
    expect(postcodeInQuery(q)).toEqual({ kind: 'district', code, rest: '' });
  });

  it('keeps the other words to search as words, without a "near" before the postcode', () => {
    expect(postcodeInQuery('food bank WN2 3AN')).toEqual({ kind: 'postcode', code: 'WN2 3AN', rest: 'food bank' });
    expect(postcodeInQuery('food bank near wn23an')).toEqual({ kind: 'postcode', code: 'WN2 3AN', rest: 'food bank' });
    expect(postcodeInQuery('WN2 3AN food bank')).toEqual({ kind: 'postcode', code: 'WN2 3AN', rest: 'food bank' });
    expect(postcodeInQuery('lunch club in WN7')).toEqual({ kind: 'district', code: 'WN7', rest: 'lunch club' });
  });

  it.each(['food bank', 'wigan', 'wn', 'WN1 1C', 'WN2 food bank', '123', 'lunch club 2', 'zzqx', ''])('"%s" has no postcode', (q) => {
    expect(postcodeInQuery(q)).toBeNull();
  });
});
