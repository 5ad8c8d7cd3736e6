// One HTTP byte range (RFC 9110 §14): what a `Range: bytes=…` header asks of a file of `size`
// bytes. The pmtiles client reads an archive this way, a header and directory first, then tiles.

export type RangeAnswer =
  /** No Range header (or another unit): send the whole file. */
  | { kind: 'whole' }
  /** Send bytes start..end (inclusive) with 206. */
  | { kind: 'part'; start: number; end: number }
  /** Answer 416 with `Content-Range: bytes *\/size`. */
  | { kind: 'unsatisfiable' };

export function parseRange(header: string | undefined, size: number): RangeAnswer {
  if (header === undefined || !/^\s*bytes\s*=/i.test(header)) return { kind: 'whole' };
  const spec = header.replace(/^\s*bytes\s*=\s*/i, '').trim();
  // Several ranges would need a multipart answer; the clients here ask for one at a time.
  const m = /^(\d*)-(\d*)$/.exec(spec);
  if (!m || (m[1] === '' && m[2] === '')) return { kind: 'unsatisfiable' };
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'part', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || start > end) return { kind: 'unsatisfiable' };
  return { kind: 'part', start, end };
}
