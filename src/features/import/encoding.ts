// Partner spreadsheets arrive as UTF-8 (with or without the BOM Excel adds) or as Windows-1252
// (Excel's "CSV" on Windows: a £ is the single byte 0xA3). Bytes that are not valid UTF-8 mean
// Windows-1252; decoding them as UTF-8 would turn every £ into U+FFFD and lose it.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (!isValidUtf8(bytes)) return 'windows-1252';
  return hasUtf8Bom(bytes) ? 'utf-8-bom' : 'utf-8';
}

/** Decode a whole file's bytes, BOM removed. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const encoding = detectEncoding(bytes);
  return { text: createChunkDecoder(encoding).decode(bytes, true), encoding };
}

// Bytes 0x80–0x9F in Windows-1252 are € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ.
// Browsers decode them so; Node 20's TextDecoder('windows-1252') returns C1 controls
// (U+0080–U+009F) as Latin-1 would, so map any that come back. 0x81 0x8D 0x8F 0x90 0x9D are
// unassigned and stay as they are, as the Encoding Standard says.
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function fixC1(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]) : text;
}

export interface ChunkDecoder {
  /** Decode the next slice; a character split across slices is carried over. Throws on invalid UTF-8. */
  decode(bytes: Uint8Array, last: boolean): string;
}

/**
 * A streaming decoder for one encoding. The UTF-8 one is fatal so the caller can notice
 * Windows-1252 part-way through a file and start again.
 */
export function createChunkDecoder(encoding: TextEncodingName): ChunkDecoder {
  if (encoding === 'windows-1252') {
    const d = new TextDecoder('windows-1252');
    return { decode: (bytes, last) => fixC1(d.decode(bytes, { stream: !last })) };
  }
  // ignoreBOM false (the default) drops a leading BOM, so "Name" is not read as "\uFEFFName".
  const d = new TextDecoder('utf-8', { fatal: true });
  return { decode: (bytes, last) => d.decode(bytes, { stream: !last }) };
}

export class EncodingChanged extends Error {
  constructor() {
    super('The file is not valid UTF-8; reading it again as Windows-1252.');
  }
}
