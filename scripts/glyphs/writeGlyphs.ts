// Writes the map's label glyphs to public/generated/glyphs/{fontstack}/0-255.pbf: Noto Sans Regular
// (SIL Open Font License 1.1, from @fontsource/noto-sans) as signed distance fields, Basic Latin
// and Latin-1 only (every town and ward name in data/ is in that range; one weight keeps it to
// ~46 KB gzip). The app serves them itself, so labels need no font server; the name matches
// OpenFreeMap's font, so our labels look the same on either basemap.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import opentype from 'opentype.js';
import { encodeGlyphRange, rangeGlyphs } from './glyphRange';

export const GLYPH_FONTS = [{ fontstack: 'Noto Sans Regular', file: 'noto-sans-latin-400-normal.woff' }] as const;

const require = createRequire(import.meta.url);
const fontsourceDir = join(require.resolve('@fontsource/noto-sans/package.json'), '..');

export function loadFont(file: string): opentype.Font {
  const bytes = readFileSync(join(fontsourceDir, 'files', file));
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** Writes every font's 0-255 range under `outDir`; returns the bytes written per fontstack. */
export function writeGlyphs(outDir: string): Record<string, number> {
  const written: Record<string, number> = {};
  for (const { fontstack, file } of GLYPH_FONTS) {
    const pbf = encodeGlyphRange(fontstack, 0, rangeGlyphs(loadFont(file), 0));
    mkdirSync(join(outDir, fontstack), { recursive: true });
    writeFileSync(join(outDir, fontstack, '0-255.pbf'), pbf);
    written[fontstack] = pbf.length;
  }
  // The licence travels with anything made from the font.
  copyFileSync(join(fontsourceDir, 'LICENSE'), join(outDir, 'OFL.txt'));
  return written;
}
