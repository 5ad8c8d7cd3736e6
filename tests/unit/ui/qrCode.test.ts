import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrPath } from '../../../src/ui/QrCode';

describe('qrPath', () => {
  it('draws one square per dark module of the code', () => {
    const text = 'https://example.org/asset/1b2c';
    const { size, d } = qrPath(text);
    const dark = encode(text, { ecc: 'M', border: 2 }).data.flat().filter(Boolean).length;
    expect(size).toBe(encode(text, { ecc: 'M', border: 2 }).size);
    expect(d.match(/M/g)?.length).toBe(dark);
  });
});
