// Byte ranges from the static server (scripts/staticServer.ts, scripts/httpRange.ts): the
// pmtiles client reads a tile archive's header, directories and tiles as ranges.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PMTiles, FetchSource } from 'pmtiles';
import { precompressDir } from '../../scripts/precompress';
import { createStaticServer, listen } from '../../scripts/staticServer';
import { parseRange } from '../../scripts/httpRange';
import { buildAssetTiles } from '../../supabase/functions/_shared/tiles/buildAssetTiles.ts';

let root: string;
let port: number;
let close: () => void;
const data = Buffer.from(Array.from({ length: 3000 }, (_, i) => `line ${i}\n`).join(''));
const ARCHIVE = `/generated/tiles/${'ab'.repeat(32)}.pmtiles`;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cg-range-'));
  mkdirSync(join(root, 'generated/tiles'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Common Ground</title>');
  writeFileSync(join(root, 'generated/data.json'), data);
  const { bytes } = await buildAssetTiles([{ id: 'a', lng: -2.63, lat: 53.54, name: 'Wigan Pantry', primary: 'food', kind: 'service', area: false }]);
  writeFileSync(join(root, ARCHIVE), bytes);
  await precompressDir(root);
  const server = createStaticServer({ root });
  port = await listen(server, 0);
  close = () => server.close();
});
afterAll(() => {
  close?.();
  rmSync(root, { recursive: true, force: true });
});

function get(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('parseRange', () => {
  it('reads a start and end, an open end, and a suffix, clipped to the file', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ kind: 'part', start: 0, end: 99 });
    expect(parseRange('bytes=900-', 1000)).toEqual({ kind: 'part', start: 900, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ kind: 'part', start: 900, end: 999 });
    expect(parseRange('bytes=-5000', 1000)).toEqual({ kind: 'part', start: 0, end: 999 });
    expect(parseRange('bytes=990-5000', 1000)).toEqual({ kind: 'part', start: 990, end: 999 });
  });

  it('sends the whole file without a Range header or for another unit', () => {
    expect(parseRange(undefined, 10)).toEqual({ kind: 'whole' });
    expect(parseRange('items=0-1', 10)).toEqual({ kind: 'whole' });
  });

  it('refuses a range outside the file, backwards, empty, garbled or several at once', () => {
    for (const bad of ['bytes=1000-', 'bytes=5-2', 'bytes=-0', 'bytes=-', 'bytes=a-b', 'bytes=0-1,5-6', 'bytes=']) {
      expect(parseRange(bad, 1000), bad).toEqual({ kind: 'unsatisfiable' });
    }
    expect(parseRange('bytes=0-0', 0)).toEqual({ kind: 'unsatisfiable' });
  });
});

describe('static server ranges', () => {
  it('answers a range with 206, Content-Range and just those bytes, from the file itself even when a compressed copy exists', async () => {
    const r = await get('/generated/data.json', { Range: 'bytes=100-199', 'Accept-Encoding': 'br, gzip' });
    expect(r.status).toBe(206);
    expect(r.headers['content-range']).toBe(`bytes 100-199/${data.length}`);
    expect(r.headers['content-length']).toBe('100');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body).toEqual(data.subarray(100, 200));
    const tail = await get('/generated/data.json', { Range: 'bytes=-10' });
    expect(tail.body).toEqual(data.subarray(data.length - 10));
  });

  it('says it accepts ranges, and still compresses a whole-file answer', async () => {
    const whole = await get('/generated/data.json', { 'Accept-Encoding': 'gzip' });
    expect(whole.status).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.headers['content-encoding']).toBe('gzip');
  });

  it('answers a range it cannot give with 416 and the file’s size', async () => {
    for (const range of ['bytes=999999-', 'bytes=5-2', 'bytes=x']) {
      const r = await get('/generated/data.json', { Range: range });
      expect(r.status, range).toBe(416);
      expect(r.headers['content-range']).toBe(`bytes */${data.length}`);
      expect(r.body.length).toBe(0);
    }
  });

  it('answers HEAD with a range’s headers and no body', async () => {
    const r = await get('/generated/data.json', { Range: 'bytes=0-9' }, 'HEAD');
    expect([r.status, r.headers['content-length'], r.body.length]).toEqual([206, '10', 0]);
  });

  it('serves a tile archive as application/vnd.pmtiles, cached for good, and the pmtiles client reads it over HTTP', async () => {
    const head = await get(ARCHIVE, { Range: 'bytes=0-126' });
    expect(head.headers['content-type']).toBe('application/vnd.pmtiles');
    expect(head.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(head.body.subarray(0, 7).toString()).toBe('PMTiles');
    const archive = new PMTiles(new FetchSource(`http://127.0.0.1:${port}${ARCHIVE}`));
    expect((await archive.getHeader()).maxZoom).toBe(15);
    expect(await archive.getZxy(0, 0, 0)).toBeDefined();
    expect(await archive.getZxy(9, 0, 0)).toBeUndefined();
  });
});
