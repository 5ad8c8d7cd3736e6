// Reading an ORUK feed from its address, against a small HTTP server started here: a paged feed
// with summaries (details fetched a few at a time), and every way a feed goes wrong stopping the
// read with a message a moderator can act on, and nothing returned to import.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedCancelled, feedBase, readOrukFeed, type FeedProgress } from '../../../src/features/import/oruk/orukFeed';
import { runImport } from '../../../src/features/import/runImport';
import { categories } from './helpers';

const SERVICES = Array.from({ length: 7 }, (_, i) => ({
  id: `svc-${i + 1}`,
  name: i === 4 ? '' : `Sample Feed Service ${i + 1}`,
  description: 'From a feed',
}));
const full = (s: (typeof SERVICES)[number]) => ({
  ...s,
  service_at_locations: [{ location: { latitude: 53.54 + SERVICES.indexOf(s) / 1000, longitude: -2.63 } }],
  attributes: [{ taxonomy_term: { code: 'health', name: 'Health', taxonomy_detail: { name: 'Common Ground categories' } } }],
  schedules: [{ freq: 'WEEKLY', byday: 'MO', opens_at: '09:00:00', closes_at: '12:00:00' }],
});

let server: Server;
let base: string;
let inFlight = 0;
let maxInFlight = 0;
const hits: string[] = [];

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'content-type': type, 'access-control-allow-origin': '*' });
  res.end(body);
}

function page(all: unknown[], pageNumber: number, perPage: number, totalPages = Math.ceil(all.length / perPage)) {
  const contents = all.slice((pageNumber - 1) * perPage, pageNumber * perPage);
  return JSON.stringify({
    total_items: all.length,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  });
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url!, 'http://x');
  hits.push(url.pathname + url.search);
  const n = Number(url.searchParams.get('page') ?? 1);
  const per = Number(url.searchParams.get('per_page') ?? 50);
  const feed = url.pathname.split('/')[1];
  const rest = url.pathname.split('/').slice(2).join('/');
  switch (feed) {
    case 'paged':
      if (rest === 'services') return send(res, 200, 'application/json', page(SERVICES, n, per));
      if (rest.startsWith('services/')) {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((r) => setTimeout(r, 15));
        inFlight--;
        const s = SERVICES.find((x) => x.id === decodeURIComponent(rest.slice(9)));
        return s ? send(res, 200, 'application/json', JSON.stringify(full(s))) : send(res, 404, 'application/json', '{}');
      }
      break;
    case 'nested':
      // Honours ORUK's full=true: the list pages carry whole services.
      if (rest === 'services') return send(res, 200, 'application/json', page(url.searchParams.get('full') === 'true' ? SERVICES.map(full) : SERVICES, n, per));
      break;
    case 'html':
      return send(res, 200, 'text/html; charset=utf-8', '<!doctype html><html><body><h1>Our directory</h1></body></html>');
    case 'text':
      return send(res, 200, 'text/plain', 'services: none today');
    case 'notoruk':
      return send(res, 200, 'application/json', JSON.stringify({ results: [] }));
    case 'repeating':
      // Ignores ?page= and claims there is always another page.
      return send(res, 200, 'application/json', page(SERVICES.map(full), 1, 2, 99));
    case 'absurd':
      return send(res, 200, 'application/json', page(SERVICES.map(full), n, 1, 1_000_000));
    case 'endless': {
      // A response that never finishes.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"contents": [');
      const chunk = '{"id": "x", "name": "again"},'.repeat(300);
      const t = setInterval(() => res.write(chunk), 1);
      req.on('close', () => clearInterval(t));
      return;
    }
    case 'slow':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"contents": [');
      return;
  }
  send(res, 404, 'text/plain', 'Not found');
}

beforeAll(async () => {
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('reading a paged ORUK feed', () => {
  it('follows the pages, fetches each summary’s details a few at a time, and reports progress', async () => {
    hits.length = 0;
    const progress: FeedProgress[] = [];
    const services = await readOrukFeed(`${base}/paged/`, { perPage: 3, concurrency: 2, onProgress: (p) => progress.push(p) });
    expect(services.map((s) => s.id)).toEqual(SERVICES.map((s) => s.id));
    expect(services[0]).toHaveProperty('schedules');
    expect(hits.filter((h) => h.startsWith('/paged/services?'))).toEqual([
      '/paged/services?page=1&per_page=3&full=true',
      '/paged/services?page=2&per_page=3&full=true',
      '/paged/services?page=3&per_page=3&full=true',
    ]);
    expect(maxInFlight).toBe(2);
    expect(progress.at(-1)).toEqual({ pagesRead: 3, totalPages: 3, servicesListed: 7, detailsRead: 7, detailsNeeded: 7 });
  });

  it('asks for nested services, and fetches no details when the pages carry them', async () => {
    hits.length = 0;
    const services = await readOrukFeed(`${base}/nested`, { perPage: 5 });
    expect(services).toHaveLength(7);
    expect(hits).toEqual(['/nested/services?page=1&per_page=5&full=true', '/nested/services?page=2&per_page=5&full=true']);
  });

  it('gives the import one row per service, and names the service with no name', async () => {
    const services = await readOrukFeed(`${base}/paged`, { perPage: 50 });
    const r = await runImport({ oruk: services }, { categories });
    expect(r.counts).toMatchObject({ rows: 7, valid: 6, invalid: 1 });
    const nameless = r.rows.find((x) => !x.valid)!;
    expect(nameless.asset.external_id).toBe('svc-5');
    expect(nameless.issues?.map((i) => i.message)).toEqual(['Name is empty; every asset needs one.']);
    expect(r.rows[0].asset).toMatchObject({ categories: ['health'], opening_hours: 'Mo 09:00-12:00', lat: 53.54 });
  });

  it('accepts the address with /services on the end, or without a scheme', () => {
    expect(feedBase('https://example.org/oruk/services?page=2')).toEqual({ ok: true, base: 'https://example.org/oruk' });
    expect(feedBase('example.org/api/')).toEqual({ ok: true, base: 'https://example.org/api' });
    expect(feedBase('ftp://example.org')).toEqual({ ok: false, message: 'The feed address must start with https:// or http://' });
    expect(feedBase('')).toMatchObject({ ok: false, message: expect.stringMatching(/^Enter the address/) });
  });
});

describe('a feed that goes wrong stops with a clear message', () => {
  const failure = async (path: string, options: Parameters<typeof readOrukFeed>[1] = {}) => {
    try {
      await readOrukFeed(`${base}${path}`, options);
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('the read did not fail');
  };

  it('an address that answers with a web page', async () => {
    expect(await failure('/html')).toBe(
      `${base}/html/services?page=1&per_page=100&full=true returned a web page (HTML), not ORUK JSON. Check that the address is the feed itself (it usually ends in /oruk or /api), not a page about it.`,
    );
  });

  it('an address that answers with something that is not JSON', async () => {
    expect(await failure('/text')).toBe(`${base}/text/services?page=1&per_page=100&full=true did not return JSON (it sent text/plain), so it is not an ORUK feed.`);
  });

  it('JSON that is not a page of ORUK services', async () => {
    expect(await failure('/notoruk')).toMatch(
      /is not a page of ORUK services: The JSON is not an ORUK service, list of services or page of services\. Nothing was imported\.$/,
    );
  });

  it('an address that is not there', async () => {
    expect(await failure('/missing')).toMatch(/^The feed answered 404 Not Found for page 1 of its services/);
  });

  it('a server that cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    expect(await failure('', { fetch: (input, init) => fetch(String(input).replace(base, `http://127.0.0.1:${port}`), init) })).toBe(
      `The feed at ${base} could not be reached (page 1 of its services). Check the address; the server may be down, it may not let other sites read it (CORS), or this site may not be set up to read it (VITE_ORUK_FEED_ORIGINS).`,
    );
  });

  it('a feed whose pages never end: the same page again and again', async () => {
    expect(await failure('/repeating', { perPage: 2 })).toBe(
      'Page 2 of the feed repeats an earlier page, so its pages never end; nothing was imported. The feed may ignore the page parameter.',
    );
  });

  it('a feed that claims an absurd number of pages', async () => {
    expect(await failure('/absurd')).toMatch(/^The feed says it has 1000000 pages, more than the 1000 we read; nothing was imported/);
  });

  it('a response that never finishes: too large, or too slow', async () => {
    expect(await failure('/endless', { maxBytes: 100 * 1024 })).toBe(
      `${base}/endless/services?page=1&per_page=100&full=true is too large (more than 100 KB for one page); stopped, and nothing was imported.`,
    );
    expect(await failure('/slow', { timeoutMs: 200 })).toBe('The feed took more than 0.2 seconds to send page 1 of its services; stopped, and nothing was imported.');
  });

  it('Cancel stops the read', async () => {
    const controller = new AbortController();
    const reading = readOrukFeed(`${base}/slow`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(reading).rejects.toBeInstanceOf(FeedCancelled);
  });
});
