import { describe, expect, it } from 'vitest';
import { createChunkDecoder, decodeBytes, detectEncoding } from '../../../src/features/import/encoding';

const utf8 = (s: string) => new TextEncoder().encode(s);
const cp1252Pound = new Uint8Array([0x43, 0x6f, 0x73, 0x74, 0x0a, 0xa3, 0x32]); // "Cost\n£2" in Windows-1252

describe('encoding detection', () => {
  it('UTF-8 without BOM', () => {
    expect(detectEncoding(utf8('Cost\n£2'))).toBe('utf-8');
    expect(decodeBytes(utf8('Cost\n£2')).text).toBe('Cost\n£2');
  });

  it('UTF-8 with BOM: detected and the BOM removed', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Name\n£2')]);
    expect(detectEncoding(bytes)).toBe('utf-8-bom');
    expect(decodeBytes(bytes).text).toBe('Name\n£2');
  });

  it('Windows-1252: a lone £ byte is not UTF-8, and decodes to £', () => {
    expect(detectEncoding(cp1252Pound)).toBe('windows-1252');
    expect(decodeBytes(cp1252Pound)).toEqual({ text: 'Cost\n£2', encoding: 'windows-1252' });
  });

  it('Windows-1252 punctuation (curly quotes, €) decodes properly', () => {
    expect(decodeBytes(new Uint8Array([0x93, 0x68, 0x69, 0x94, 0x20, 0x80])).text).toBe('“hi” €');
  });

  it('a UTF-8 character split across chunks is carried over', () => {
    const bytes = utf8('£');
    const d = createChunkDecoder('utf-8');
    expect(d.decode(bytes.subarray(0, 1), false) + d.decode(bytes.subarray(1), true)).toBe('£');
  });

  it('the streaming UTF-8 decoder throws on Windows-1252 bytes so the reader can start again', () => {
    expect(() => createChunkDecoder('utf-8').decode(cp1252Pound, true)).toThrow();
  });
});
