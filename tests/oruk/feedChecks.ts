// What every host of the Open Referral UK feed must answer, over real HTTP: the Edge Function
// under Deno (tests/functions/oruk.test.ts) and `npm start`'s server (tests/unit/orukLocal.test.ts)
// register these same checks against their own base URL.
import { request } from 'node:http';
import { expect, it } from 'vitest';
import { expectValidOruk } from './orukSchemas';

export interface FeedUnderTest {
  /** e.g. http://127.0.0.1:5000/oruk, no trailing slash. */
  base(): string;
  /** How many listings residents see (published), to compare with the feed's total. */
  publishedCount(): number;
  /** A listing that exists but is not published: the feed must not show it. */
  unpublishedId(): string;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json(): unknown;
}

/** A request with the path sent exactly as given (fetch would normalise "..", "%ZZ" and the like). */
export function rawRequest(base: string, path: string, method = 'GET', headers: Record<string, string> = {}): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path: `${url.pathname}${path}`, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode!, headers: res.headers, text, json: () => JSON.parse(text) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

type Page = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; contents: { id: string }[] };

const COLLECTIONS = [
  { path: 'services', list: 'service_list', one: 'service' },
  { path: 'service_at_locations', list: 'service_at_location_list', one: 'service_at_location' },
  { path: 'organizations', list: 'organization_list', one: 'organization' },
  { path: 'taxonomies', list: 'taxonomy_list', one: 'taxonomy' },
  { path: 'taxonomy_terms', list: 'taxonomy_term_list', one: 'taxonomy_term' },
] as const;

function expectJson(answer: Answer, status: number) {
  expect(answer.status, answer.text.slice(0, 500)).toBe(status);
  expect(answer.headers['content-type']).toBe('application/json');
  expect(answer.headers['access-control-allow-origin']).toBe('*');
}

function expectProblem(answer: Answer, status: number, message: RegExp) {
  expectJson(answer, status);
  const body = answer.json() as { status: number; message: string };
  expect(body.status).toBe(status);
  expect(body.message).toMatch(message);
}

export function orukFeedChecks(feed: FeedUnderTest): void {
  const get = (path: string, method = 'GET', headers: Record<string, string> = {}) => rawRequest(feed.base(), path, method, headers);

  it('GET / describes the API as the ORUK validator expects', async () => {
    const answer = await get('/');
    expectJson(answer, 200);
    expectValidOruk('api_details', answer.json());
    expect(answer.json()).toMatchObject({ version: expect.any(String), profile: expect.any(String), openapi_url: expect.any(String) });
    expectJson(await get(''), 200);
  });

  it('lists every published service, a page at a time, and each one by id', async () => {
    const first = await get('/services?page=1&per_page=5');
    expectJson(first, 200);
    const page = first.json() as Page;
    expectValidOruk('service_list', page);
    expect(page.total_items).toBe(feed.publishedCount());
    expect(page).toMatchObject({ page_number: 1, first_page: true, last_page: false, total_pages: Math.ceil(feed.publishedCount() / 5) });
    expect(page.contents).toHaveLength(5);

    const second = (await get('/services?page=2&per_page=5')).json() as Page;
    expect(second.page_number).toBe(2);
    expect(second.contents.map((s) => s.id)).not.toContain(page.contents[0].id);

    const one = await get(`/services/${page.contents[0].id}`);
    expectJson(one, 200);
    expect(one.headers['cache-control']).toBe('public, max-age=60');
    expectValidOruk('service', one.json());
    expect((one.json() as { id: string }).id).toBe(page.contents[0].id);
  });

  for (const c of COLLECTIONS) {
    it(`/${c.path} and /${c.path}/{id} answer in the ORUK shape`, async () => {
      const list = await get(`/${c.path}?per_page=3`);
      expectJson(list, 200);
      const page = list.json() as Page;
      expectValidOruk(c.list, page);
      expect(page.contents.length).toBeGreaterThan(0);
      const one = await get(`/${c.path}/${encodeURIComponent(page.contents[0].id)}`);
      expectJson(one, 200);
      expectValidOruk(c.one, one.json());
      // Trailing slash: same answer.
      expect((await get(`/${c.path}/`)).status).toBe(200);
    });
  }

  it('a listing that is not published, an unknown id and a malformed id are all 404s that say so', async () => {
    expectProblem(await get(`/services/${feed.unpublishedId()}`), 404, /^No published service has the id "/);
    expectProblem(await get('/services/00000000-0000-4000-8000-000000000000'), 404, /No published service/);
    expectProblem(await get('/organizations/not-a-uuid'), 404, /No published organization has the id "not-a-uuid"/);
    expectProblem(await get('/taxonomy_terms/%2E%2E%2Fx'), 404, /No published taxonomy term/);
    expectProblem(await get(`/services/${'a'.repeat(500)}`), 404, /has the id "a{80}…"$/);
  });

  it('unknown and hostile paths are 404s or 400s with a reason, never the app or a 500', async () => {
    expectProblem(await get('/nothing'), 404, /^No such path; the API has \/, \/services/);
    expectProblem(await get('/services/x/y'), 404, /^No such path/);
    expectProblem(await get('/services/../x'), 404, /^No such path/);
    expectProblem(await get('/../../etc/passwd'), 404, /not an Open Referral UK address/);
    expectProblem(await get('/services/%ZZ'), 400, /not valid percent-encoding/);
    expectProblem(await get('/services/%00'), 400, /NUL/);
    expectProblem(await get(`/services?text=${'x'.repeat(3000)}`), 400, /too long/);
  });

  it('bad parameters are 400s that name the parameter', async () => {
    expectProblem(await get('/services?per_page=abc'), 400, /per_page/);
    expectProblem(await get('/services?page=-1'), 400, /page/);
    expectProblem(await get('/services?page=1&page=2'), 400, /^Give the parameter "page" once only$/);
    expectProblem(await get('/services?text=a%00b'), 400, /NUL/);
    // Quotes and SQL in a search are just text.
    const odd = await get(`/services?text=${encodeURIComponent("'); drop table app.assets; --")}&__proto__=1`);
    expectJson(odd, 200);
    expect((odd.json() as Page).total_items).toBe(0);
    expect((await get('/services?per_page=1')).json()).toMatchObject({ total_items: feed.publishedCount() });
  });

  it('is read-only: other methods are 405 with Allow, a preflight from any origin is allowed, HEAD has no body', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const answer = await get('/services', method);
      expectProblem(answer, 405, /read-only: use GET/);
      expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS');
    }
    const pre = await get('/services', 'OPTIONS', {
      Origin: 'https://elsewhere.example',
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'accept, x-requested-with',
    });
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    expect(pre.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
    expect(pre.headers['access-control-allow-headers']).toBe('accept, x-requested-with');
    const head = await get('/services', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('application/json');
    expect(head.text).toBe('');
  });
}
