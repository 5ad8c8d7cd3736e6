// Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
// a 127-byte header, the root directory, the metadata JSON, leaf directories when the root would
// not fit in the first 16 KiB, then the tile data in tile-id order. Directories and metadata are
// gzipped (internal compression); the tiles arrive already compressed.

import { gzip } from './gzip.ts';

const HEADER_BYTES = 127;
/** The header and root directory must fit in the first 16,384 bytes, which a reader fetches at once. */
const FIRST_FETCH_BYTES = 16_384;
const COMPRESSION_GZIP = 2;
const TILE_TYPE_MVT = 1;

export interface ArchiveTile {
  id: number;
  /** The tile's bytes as they are served (here gzipped MVT). */
  data: Uint8Array;
}

export interface ArchiveOptions {
  minzoom: number;
  maxzoom: number;
  bounds: [number, number, number, number];
  center: [number, number, number];
  metadata: Record<string, unknown>;
  /** Tests lower it to see leaf directories without building a huge archive. */
  rootLimit?: number;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

class ByteWriter {
  private parts: number[] = [];
  varint(value: number) {
    // Tile ids go past 2^32, so no bitwise operators here.
    let v = value;
    while (v >= 0x80) {
      this.parts.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.parts.push(v);
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

/** A directory's entries as the spec lays them out: count, then ids (delta), run lengths, lengths, offsets. */
function serializeDirectory(entries: Entry[]): Uint8Array {
  const w = new ByteWriter();
  w.varint(entries.length);
  let lastId = 0;
  for (const e of entries) {
    w.varint(e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) w.varint(e.runLength);
  for (const e of entries) w.varint(e.length);
  entries.forEach((e, i) => {
    // 0 means "straight after the previous entry", which most are.
    const follows = i > 0 && e.offset === entries[i - 1].offset + entries[i - 1].length;
    w.varint(follows ? 0 : e.offset + 1);
  });
  return w.bytes();
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Tile entries over the data section; identical consecutive tiles share one entry with a longer run. */
function layOutTiles(tiles: ArchiveTile[]): { entries: Entry[]; blobs: Uint8Array[]; dataLength: number } {
  const entries: Entry[] = [];
  const blobs: Uint8Array[] = [];
  let offset = 0;
  let previous: ArchiveTile | undefined;
  for (const tile of tiles) {
    if (previous && tile.id <= previous.id) throw new Error(`Tiles must come in rising id order (${tile.id} after ${previous.id})`);
    const last = entries[entries.length - 1];
    if (last && previous && tile.id === last.tileId + last.runLength && sameBytes(tile.data, previous.data)) {
      last.runLength++;
    } else {
      entries.push({ tileId: tile.id, offset, length: tile.data.length, runLength: 1 });
      blobs.push(tile.data);
      offset += tile.data.length;
    }
    previous = tile;
  }
  return { entries, blobs, dataLength: offset };
}

/** The root directory, and the leaves it points to when the root alone would be too big. */
async function buildDirectories(entries: Entry[], rootLimit: number): Promise<{ root: Uint8Array; leaves: Uint8Array }> {
  const root = await gzip(serializeDirectory(entries));
  if (root.length <= rootLimit) return { root, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const rootEntries: Entry[] = [];
    const leafParts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = await gzip(serializeDirectory(entries.slice(i, i + leafSize)));
      rootEntries.push({ tileId: entries[i].tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const leafRoot = await gzip(serializeDirectory(rootEntries));
    if (leafRoot.length <= rootLimit) return { root: leafRoot, leaves: concat(leafParts) };
  }
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function header(fields: {
  rootOffset: number;
  rootLength: number;
  metadataOffset: number;
  metadataLength: number;
  leavesOffset: number;
  leavesLength: number;
  dataOffset: number;
  dataLength: number;
  addressed: number;
  entries: number;
  contents: number;
  options: ArchiveOptions;
}): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  bytes[7] = 3;
  const u64 = [
    fields.rootOffset,
    fields.rootLength,
    fields.metadataOffset,
    fields.metadataLength,
    fields.leavesOffset,
    fields.leavesLength,
    fields.dataOffset,
    fields.dataLength,
    fields.addressed,
    fields.entries,
    fields.contents,
  ];
  u64.forEach((v, i) => view.setBigUint64(8 + i * 8, BigInt(v), true));
  const { options } = fields;
  bytes[96] = 1; // clustered: tile data is in directory order
  bytes[97] = COMPRESSION_GZIP;
  bytes[98] = COMPRESSION_GZIP;
  bytes[99] = TILE_TYPE_MVT;
  bytes[100] = options.minzoom;
  bytes[101] = options.maxzoom;
  const e7 = (deg: number) => Math.round(deg * 1e7);
  const [w, s, e, n] = options.bounds;
  [w, s, e, n].forEach((deg, i) => view.setInt32(102 + i * 4, e7(deg), true));
  const [lng, lat, zoom] = options.center;
  bytes[118] = zoom;
  view.setInt32(119, e7(lng), true);
  view.setInt32(123, e7(lat), true);
  return bytes;
}

/** The whole archive. `tiles` must be in rising tile-id order. */
export async function writePmtiles(tiles: ArchiveTile[], options: ArchiveOptions): Promise<Uint8Array<ArrayBuffer>> {
  const { entries, blobs, dataLength } = layOutTiles(tiles);
  const { root, leaves } = await buildDirectories(entries, options.rootLimit ?? FIRST_FETCH_BYTES - HEADER_BYTES);
  const metadata = await gzip(new TextEncoder().encode(JSON.stringify(options.metadata)));
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;
  const head = header({
    rootOffset,
    rootLength: root.length,
    metadataOffset,
    metadataLength: metadata.length,
    leavesOffset,
    leavesLength: leaves.length,
    dataOffset,
    dataLength,
    addressed: tiles.length,
    entries: entries.length,
    contents: blobs.length,
    options,
  });
  return concat([head, root, metadata, leaves, ...blobs]);
}
