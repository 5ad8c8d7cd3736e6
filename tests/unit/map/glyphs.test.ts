// The label glyphs the build writes: signed distance fields MapLibre can draw, in the protobuf it
// reads, covering every character of the town and ward names the offline map writes.
import { readFileSync } from 'node:fs';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { encodeGlyphRange, rangeGlyphs, type RangeGlyph } from '../../../scripts/glyphs/glyphRange';
import { BUFFER, flattenOutline, sdfGlyph } from '../../../scripts/glyphs/sdfGlyph';
import { GLYPH_FONTS, loadFont } from '../../../scripts/glyphs/writeGlyphs';
import { TOWNS } from '../../../scripts/sample/towns';
import { LABEL_FONT } from '../../../src/map/offlineStyle';

/** Reads a glyph range back as MapLibre does (its glyphs.proto). */
function decode(bytes: Uint8Array): { name: string; range: string; glyphs: RangeGlyph[] } {
  const out = { name: '', range: '', glyphs: [] as RangeGlyph[] };
  new PbfReader(bytes).readFields((tag, _, pbf) => {
    if (tag !== 1) return;
    pbf.readMessage((t, __, p) => {
      if (t === 1) out.name = p.readString();
      else if (t === 2) out.range = p.readString();
      else if (t === 3) {
        const g: RangeGlyph = { id: 0, bitmap: null, width: 0, height: 0, left: 0, top: 0, advance: 0 };
        p.readMessage((f, ___, q) => {
          if (f === 1) g.id = q.readVarint();
          else if (f === 2) g.bitmap = q.readBytes();
          else if (f === 3) g.width = q.readVarint();
          else if (f === 4) g.height = q.readVarint();
          else if (f === 5) g.left = q.readSVarint();
          else if (f === 6) g.top = q.readSVarint();
          else if (f === 7) g.advance = q.readVarint();
        }, undefined);
        out.glyphs.push(g);
      }
    }, undefined);
  }, undefined);
  return out;
}

describe('a signed distance field', () => {
  // A 10 px square from (2, 0) to (12, 10), as a font's outline commands in units of 1 px.
  const square = flattenOutline([{ type: 'M', x: 2, y: 0 }, { type: 'L', x: 12, y: 0 }, { type: 'L', x: 12, y: 10 }, { type: 'L', x: 2, y: 10 }, { type: 'Z' }], 1);
  const sdf = sdfGlyph(square);
  const at = (col: number, row: number) => sdf.bitmap![row * (sdf.width + 2 * BUFFER) + col];

  it('measures the outline and adds the 3 px border', () => {
    expect({ width: sdf.width, height: sdf.height, left: sdf.left, top: sdf.top }).toEqual({ width: 10, height: 10, left: 2, top: 10 });
    expect(sdf.bitmap!.length).toBe(16 * 16);
  });

  it('is brightest inside, 191 at the edge, and fades outside', () => {
    expect(at(8, 8)).toBe(255); // 5 px inside
    expect(at(BUFFER, 8)).toBe(255 - Math.round(-0.5 * 32 + 64)); // half a pixel inside the left edge
    expect(at(BUFFER - 1, 8)).toBe(255 - Math.round(0.5 * 32 + 64)); // half a pixel outside it
    expect(at(0, 0)).toBeLessThan(at(1, 1));
    expect(at(0, 8)).toBe(255 - Math.round(2.5 * 32 + 64));
  });

  it('leaves a glyph without an outline (a space) without a bitmap', () => {
    expect(sdfGlyph([])).toEqual({ width: 0, height: 0, left: 0, top: 0, bitmap: null });
  });
});

describe('the Noto Sans range the build writes', () => {
  const font = loadFont(GLYPH_FONTS[0].file);
  const bytes = encodeGlyphRange(GLYPH_FONTS[0].fontstack, 0, rangeGlyphs(font, 0));
  const decoded = decode(bytes);
  const byChar = (c: string) => decoded.glyphs.find((g) => g.id === c.codePointAt(0));

  it('is the font the offline labels ask for, range 0-255, small enough to load with the map', () => {
    expect(decoded.name).toBe(LABEL_FONT[0]);
    expect(decoded.range).toBe('0-255');
    expect(bytes.length).toBeLessThan(100_000);
  });

  it('has capital H 17 px tall standing on the baseline, as MapLibre expects a 24 px font', () => {
    const h = byChar('H')!;
    expect(h).toMatchObject({ height: 17, top: 17 - 26, advance: 18 });
    expect(h.bitmap!.length).toBe((h.width + 2 * BUFFER) * (h.height + 2 * BUFFER));
  });

  it('has a space that advances the pen but draws nothing', () => {
    expect(byChar(' ')).toMatchObject({ width: 0, height: 0, bitmap: null });
    expect(byChar(' ')!.advance).toBeGreaterThan(3);
  });

  it('covers every character of every town and ward name on the offline map', () => {
    const wards = JSON.parse(readFileSync('data/areas/wards.geojson', 'utf8')) as { features: { properties: { name: string } }[] };
    const names = [...TOWNS.map((t) => t.name), ...wards.features.map((f) => f.properties.name)];
    const have = new Set(decoded.glyphs.map((g) => g.id));
    // Ward names are drawn in capitals.
    const missing = [...new Set([...names.join(''), ...names.join('').toUpperCase()])].filter((c) => !have.has(c.codePointAt(0)!));
    expect(missing).toEqual([]);
  });
});
