// `npm start` (and a host reading dist/_headers) sends the service worker so a browser checks it
// on every visit: a long-cached sw.js would hold back every update.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, listen } from '../../../scripts/staticServer';
import { headersFile } from '../../../scripts/vitePluginCsp';
import { mustReloadOnControllerChange } from '../../../src/app/offline/updatePolicy';

let root: string;
let port: number;
let close: () => void;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cg-sw-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Common Ground</title>');
  writeFileSync(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(root, '_headers'), headersFile({}));
  const server = createStaticServer({ root });
  port = await listen(server, 0);
  close = () => server.close();
});
afterAll(() => {
  close?.();
  rmSync(root, { recursive: true, force: true });
});

const headersOf = (path: string) =>
  new Promise<Record<string, string | string[] | undefined>>((resolve, reject) => {
    get({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      resolve(res.headers);
    }).on('error', reject);
  });

describe('serving the service worker', () => {
  it('sends sw.js as JavaScript, revalidated on every visit, under the policy', async () => {
    const h = await headersOf('/sw.js');
    expect(h['content-type']).toBe('text/javascript; charset=utf-8');
    expect(h['cache-control']).toBe('no-cache');
    expect(h['content-security-policy']).toContain("worker-src 'self'");
  });

  it('says so in dist/_headers for Netlify and Cloudflare Pages', () => {
    expect(headersFile({})).toMatch(/\n\/sw\.js\n {2}Cache-Control: no-cache\n/);
  });
});

describe('a page whose service worker changes', () => {
  it('reloads onto a newer build, but not on the first install or while already reloading', () => {
    expect(mustReloadOnControllerChange(true, false)).toBe(true);
    expect(mustReloadOnControllerChange(false, false)).toBe(false);
    expect(mustReloadOnControllerChange(true, true)).toBe(false);
  });
});
