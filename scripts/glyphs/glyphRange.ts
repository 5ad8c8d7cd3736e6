// One glyph range file (`{start}-{end}.pbf`) of a font, in the protobuf MapLibre requests from a
// style's `glyphs` URL: a fontstack with its name, range and each glyph's SDF bitmap and metrics.
import { PbfWriter } from 'pbf';
import type { Font } from 'opentype.js';
import { EM_PX, flattenOutline, sdfGlyph, type OutlineCommand } from './sdfGlyph';

export interface RangeGlyph {
  id: number;
  bitmap: Uint8Array | null;
  width: number;
  height: number;
  left: number;
  /** Top edge relative to the line's ascender, as fontnik writes it (so MapLibre's offsets fit). */
  top: number;
  advance: number;
}

/** Code points worth drawing: printable characters the font really has (not its .notdef box). */
function drawable(font: Font, cp: number): boolean {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return false;
  return font.charToGlyphIndex(String.fromCodePoint(cp)) > 0;
}

export function rangeGlyphs(font: Font, start: number): RangeGlyph[] {
  const scale = EM_PX / font.unitsPerEm;
  // FreeType rounds the ascender up to whole pixels; fontnik measures `top` from it.
  const ascender = Math.ceil(font.ascender * scale);
  const glyphs: RangeGlyph[] = [];
  for (let cp = start; cp < start + 256; cp++) {
    if (!drawable(font, cp)) continue;
    const glyph = font.charToGlyph(String.fromCodePoint(cp));
    const sdf = sdfGlyph(flattenOutline(glyph.path.commands as OutlineCommand[], scale));
    glyphs.push({
      id: cp,
      bitmap: sdf.bitmap,
      width: sdf.width,
      height: sdf.height,
      left: sdf.left,
      top: sdf.top - ascender,
      advance: Math.round((glyph.advanceWidth ?? 0) * scale),
    });
  }
  return glyphs;
}

export function encodeGlyphRange(fontstack: string, start: number, glyphs: readonly RangeGlyph[]): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(
    1,
    () => {
      pbf.writeStringField(1, fontstack);
      pbf.writeStringField(2, `${start}-${start + 255}`);
      for (const g of glyphs) {
        pbf.writeMessage(
          3,
          () => {
            pbf.writeVarintField(1, g.id);
            if (g.bitmap) pbf.writeBytesField(2, g.bitmap);
            pbf.writeVarintField(3, g.width);
            pbf.writeVarintField(4, g.height);
            pbf.writeSVarintField(5, g.left);
            pbf.writeSVarintField(6, g.top);
            pbf.writeVarintField(7, g.advance);
          },
          undefined,
        );
      }
    },
    undefined,
  );
  return pbf.finish();
}
