// What `npm start` serves (scripts/staticServer.ts over files scripts/precompress.ts wrote): the
// smallest encoding the browser accepts, the engine as application/wasm, the app for routes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../scripts/precompress';
import { createStaticServer, listen } from '../../scripts/staticServer';

let root: string;
let port: number;
let close: () => void;
const wasm = Buffer.concat(Array.from({ length: 400 }, () => Buffer.from([0, 97, 115, 109, 1, 0, 0, 0, 1, 2, 3, 4])));

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cg-serve-'));
  mkdirSync(join(root, 'assets'));
  mkdirSync(join(root, 'generated'));
  writeFileSync(join(root, 'index.html'), `<!doctype html><title>Common Ground</title>${' '.repeat(2000)}`);
  writeFileSync(join(root, 'assets/pglite-abc.wasm'), wasm);
  writeFileSync(join(root, 'generated/db-snapshot.tar.gz'), Buffer.from([0x1f, 0x8b, 8, 0]));
  writeFileSync(join(root, '_headers'), "/*\n  Content-Security-Policy: default-src 'self'\n  X-Frame: none\n/assets/*\n  X-Asset: yes\n");
  await precompressDir(root);
  const server = createStaticServer({ root });
  port = await listen(server, 0);
  close = () => server.close();
});
afterAll(() => {
  close?.();
  rmSync(root, { recursive: true, force: true });
});

function get(path: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static server', () => {
  it('sends brotli, else gzip, else the file itself, always as application/wasm', async () => {
    const br = await get('/assets/pglite-abc.wasm', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('application/wasm');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body)).toEqual(wasm);
    expect(br.body.length).toBeLessThan(wasm.length / 4);

    const gz = await get('/assets/pglite-abc.wasm', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body)).toEqual(wasm);

    const plain = await get('/assets/pglite-abc.wasm', 'br;q=0, identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toEqual(wasm);
    expect(plain.headers['content-type']).toBe('application/wasm');
  });

  it('caches hashed assets for a year and checks everything else each time', async () => {
    expect((await get('/assets/pglite-abc.wasm')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/')).headers['cache-control']).toBe('no-cache');
  });

  it('sends an already compressed file as it is, never encoded twice', async () => {
    const r = await get('/generated/db-snapshot.tar.gz', 'br, gzip');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.headers['content-type']).toBe('application/gzip');
    expect([...r.body]).toEqual([0x1f, 0x8b, 8, 0]);
  });

  it('answers client-side routes with the app, and a missing file with 404', async () => {
    const route = await get('/asset/6dd993ce-023e-4d8b-a741-80fb8edcaa09', 'br');
    expect(route.status).toBe(200);
    expect(route.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(brotliDecompressSync(route.body).toString()).toContain('<title>Common Ground</title>');
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside its folder', async () => {
    const r = await get('/..%2f..%2fetc%2fpasswd');
    expect(r.status).toBe(404);
    const raw = await get('/../../etc/hostname');
    expect(raw.body.toString()).not.toMatch(/^[a-z0-9-]+\n?$/);
  });
});

describe("the build's _headers file", () => {
  it('applies its headers to the paths they match, as Netlify does, and is not itself served', async () => {
    const page = await get('/plan');
    expect(page.headers['content-security-policy']).toBe("default-src 'self'");
    expect(page.headers['x-asset']).toBeUndefined();
    const asset = await get('/assets/pglite-abc.wasm');
    expect(asset.headers['content-security-policy']).toBe("default-src 'self'");
    expect(asset.headers['x-asset']).toBe('yes');
    expect((await get('/_headers')).body.toString()).not.toContain('X-Asset');
  });
});
