// Renders one glyph outline as a signed distance field with the conventions of MapLibre's glyph
// servers (node-fontnik): a 24 px em, a 3 px border, distances scaled by an 8 px radius and the
// outline's edge at 191 (cutoff 0.25). MapLibre draws text from these fields at any size, so our
// labels render like any hosted MapLibre font.
export const EM_PX = 24;
export const BUFFER = 3;
const RADIUS = 8;
const CUTOFF = 0.25;
// Steps per curve: at 24 px a glyph's curves span a few pixels, so this is well under 0.1 px off.
const QUAD_STEPS = 8;
const CUBIC_STEPS = 12;

export type Point = [number, number];
/** A closed contour in pixels, y up from the baseline. */
export type Ring = Point[];

/** The drawing commands of an outline (opentype.js `glyph.path.commands`, font units, y up). */
export type OutlineCommand =
  | { type: 'M' | 'L'; x: number; y: number }
  | { type: 'Q'; x1: number; y1: number; x: number; y: number }
  | { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { type: 'Z' };

export interface SdfGlyph {
  /** Size of the outline's box in whole pixels, without the border. */
  width: number;
  height: number;
  /** The box's left edge from the pen and top edge above the baseline, in pixels. */
  left: number;
  top: number;
  /** (width + 2·BUFFER) × (height + 2·BUFFER) bytes, rows from the top; null for an empty glyph. */
  bitmap: Uint8Array | null;
}

/** Turns outline commands into straight-edged rings in pixels (scale = pixels per font unit). */
export function flattenOutline(commands: readonly OutlineCommand[], scale: number): Ring[] {
  const rings: Ring[] = [];
  let ring: Ring = [];
  let pen: Point = [0, 0];
  const close = () => {
    if (ring.length > 2) rings.push(ring);
    ring = [];
  };
  for (const c of commands) {
    if (c.type === 'M') {
      close();
      pen = [c.x * scale, c.y * scale];
      ring.push(pen);
    } else if (c.type === 'L') {
      pen = [c.x * scale, c.y * scale];
      ring.push(pen);
    } else if (c.type === 'Q') {
      const [x0, y0] = pen;
      const [x1, y1, x2, y2] = [c.x1 * scale, c.y1 * scale, c.x * scale, c.y * scale];
      for (let i = 1; i <= QUAD_STEPS; i++) {
        const t = i / QUAD_STEPS;
        const u = 1 - t;
        ring.push([u * u * x0 + 2 * u * t * x1 + t * t * x2, u * u * y0 + 2 * u * t * y1 + t * t * y2]);
      }
      pen = [x2, y2];
    } else if (c.type === 'C') {
      const [x0, y0] = pen;
      const [x1, y1, x2, y2, x3, y3] = [c.x1 * scale, c.y1 * scale, c.x2 * scale, c.y2 * scale, c.x * scale, c.y * scale];
      for (let i = 1; i <= CUBIC_STEPS; i++) {
        const t = i / CUBIC_STEPS;
        const u = 1 - t;
        const a = u * u * u;
        const b = 3 * u * u * t;
        const d = 3 * u * t * t;
        const e = t * t * t;
        ring.push([a * x0 + b * x1 + d * x2 + e * x3, a * y0 + b * y1 + d * y2 + e * y3]);
      }
      pen = [x3, y3];
    } else {
      close();
    }
  }
  close();
  return rings;
}

function distanceToSegment(px: number, py: number, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy) / len2));
  const x = a[0] + t * dx - px;
  const y = a[1] + t * dy - py;
  return Math.sqrt(x * x + y * y);
}

/** Non-zero winding, as TrueType and CFF outlines are filled. */
function inside(px: number, py: number, rings: readonly Ring[]): boolean {
  let winding = 0;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i];
      const b = ring[(i + 1) % ring.length];
      const side = (b[0] - a[0]) * (py - a[1]) - (px - a[0]) * (b[1] - a[1]);
      if (a[1] <= py) {
        if (b[1] > py && side > 0) winding++;
      } else if (b[1] <= py && side < 0) {
        winding--;
      }
    }
  }
  return winding !== 0;
}

export function sdfGlyph(rings: readonly Ring[]): SdfGlyph {
  let xMin = Infinity;
  let yMin = Infinity;
  let xMax = -Infinity;
  let yMax = -Infinity;
  for (const ring of rings) {
    for (const [x, y] of ring) {
      xMin = Math.min(xMin, x);
      yMin = Math.min(yMin, y);
      xMax = Math.max(xMax, x);
      yMax = Math.max(yMax, y);
    }
  }
  const left = Math.round(xMin);
  const bottom = Math.round(yMin);
  const width = Math.round(xMax) - left;
  const top = Math.round(yMax);
  const height = top - bottom;
  if (!(width > 0 && height > 0)) return { width: 0, height: 0, left: 0, top: 0, bitmap: null };

  const w = width + 2 * BUFFER;
  const h = height + 2 * BUFFER;
  const bitmap = new Uint8Array(w * h);
  for (let row = 0; row < h; row++) {
    const py = top + BUFFER - row - 0.5;
    for (let col = 0; col < w; col++) {
      const px = left - BUFFER + col + 0.5;
      let d = Infinity;
      for (const ring of rings) {
        for (let i = 0; i < ring.length; i++) d = Math.min(d, distanceToSegment(px, py, ring[i], ring[(i + 1) % ring.length]));
      }
      const signed = inside(px, py, rings) ? -d : d;
      const v = (signed * 256) / RADIUS + CUTOFF * 256;
      bitmap[row * w + col] = 255 - Math.max(0, Math.min(255, Math.round(v)));
    }
  }
  return { width, height, left, top, bitmap };
}
