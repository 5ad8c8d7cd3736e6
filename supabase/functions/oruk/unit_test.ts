// The pure parts of the ORUK function under Deno (`deno test`): which call a request becomes, and
// the answers given before the database is asked. The whole function runs against real Postgres
// in tests/functions/oruk.test.ts; `npm start`'s copy is tested in tests/unit/orukLocal.test.ts.

import assert from 'node:assert/strict';
import { orukStatement } from './anonCall.ts';
import { createOrukHandler, type OrukDb } from './handler.ts';
import { MAX_URL_LENGTH, resolveOrukRoute } from './routes.ts';

const route = (url: string) => resolveOrukRoute(new URL(url, 'http://localhost'));
const neverAsked: OrukDb = { call: () => Promise.reject(new Error('the database was asked')) };
const handler = createOrukHandler(neverAsked, () => {});

Deno.test('both hosts’ paths reach the same calls', () => {
  for (const base of ['/functions/v1/oruk', '/oruk']) {
    assert.deepEqual(route(`${base}`), { ok: true, call: { fn: 'oruk_details' } });
    assert.deepEqual(route(`${base}/`), { ok: true, call: { fn: 'oruk_details' } });
    assert.deepEqual(route(`${base}/services?page=2&per_page=5&text=yoga`), {
      ok: true,
      call: { fn: 'oruk_services', arg: { page: '2', per_page: '5', text: 'yoga' } },
    });
    assert.deepEqual(route(`${base}/taxonomy_terms/`), { ok: true, call: { fn: 'oruk_taxonomy_terms', arg: {} } });
    assert.deepEqual(route(`${base}/service_at_locations/abc`), {
      ok: true,
      call: { fn: 'oruk_service_at_location', arg: 'abc', record: 'service at location' },
    });
  }
  // An id named "oruk" is still an id: the API starts after the first "oruk" segment.
  assert.deepEqual(route('/oruk/organizations/oruk'), { ok: true, call: { fn: 'oruk_organization', arg: 'oruk', record: 'organization' } });
});

Deno.test('ids and parameters are decoded once and passed as strings', () => {
  assert.deepEqual(route('/oruk/services/a%20b%2Fc'), { ok: true, call: { fn: 'oruk_service', arg: 'a b/c', record: 'service' } });
  assert.deepEqual(route('/oruk/services?text=caf%C3%A9+club&__proto__=x'), {
    ok: true,
    call: {
      fn: 'oruk_services',
      arg: Object.fromEntries([
        ['text', 'café club'],
        ['__proto__', 'x'],
      ]),
    },
  });
});

Deno.test('hostile paths and parameters are refused with a reason', () => {
  const refused = (url: string) => {
    const r = route(url);
    return r.ok ? 'ok' : `${r.status} ${r.message}`;
  };
  assert.equal(refused('/oruk/services/%ZZ'), '400 The path is not valid percent-encoding');
  assert.equal(refused('/oruk/services/%C3%28'), '400 The path is not valid percent-encoding');
  assert.match(refused('/oruk/services/..%2F..%2Fx'), /^ok$/); // one id segment, which names no service
  assert.match(refused('/oruk/services/../x'), /^404 No such path/);
  assert.match(refused('/oruk/services/a/b'), /^404 No such path; the API has \/, \/services, \/services\/\{id\}/);
  assert.match(refused('/oruk/constructor'), /^404 No such path/);
  assert.match(refused('/elsewhere'), /^404 This is not an Open Referral UK address/);
  assert.equal(refused('/oruk/services?page=1&page=2'), '400 Give the parameter "page" once only');
  assert.equal(refused('/oruk/services?text=a%00b'), '400 Parameters may not contain the NUL character (%00)');
  assert.equal(refused('/oruk/services/a%00b'), '400 The path may not contain the NUL character (%00)');
  assert.equal(refused(`/oruk/services?text=${'x'.repeat(MAX_URL_LENGTH)}`), `400 The address is too long: at most ${MAX_URL_LENGTH} characters`);
});

Deno.test('preflight, other methods and unknown paths are answered without the database', async () => {
  const pre = await handler(new Request('http://h/oruk/services', { method: 'OPTIONS', headers: { 'access-control-request-headers': 'x-custom' } }));
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), '*');
  assert.equal(pre.headers.get('access-control-allow-methods'), 'GET, HEAD, OPTIONS');
  assert.equal(pre.headers.get('access-control-allow-headers'), 'x-custom');

  const post = await handler(new Request('http://h/oruk/services', { method: 'POST', body: '{}' }));
  assert.equal(post.status, 405);
  assert.equal(post.headers.get('allow'), 'GET, HEAD, OPTIONS');
  assert.equal(post.headers.get('content-type'), 'application/json');
  assert.deepEqual(await post.json(), { status: 405, message: 'The Open Referral UK API is read-only: use GET' });

  const lost = await handler(new Request('http://h/oruk/nothing'));
  assert.equal(lost.status, 404);
  assert.equal(lost.headers.get('access-control-allow-origin'), '*');
  assert.equal(((await lost.json()) as { status: number }).status, 404);
});

Deno.test('a database failure is a 500 that names nothing internal', async () => {
  const logged: string[] = [];
  const res = await createOrukHandler(neverAsked, (m) => logged.push(m))(new Request('http://h/oruk/services'));
  assert.equal(res.status, 500);
  assert.deepEqual(await res.json(), { status: 500, message: 'The feed could not be read just now; please try again later' });
  assert.deepEqual(logged, ['oruk oruk_services: the database was asked']);
});

Deno.test('only ORUK function names reach the SQL text; values are parameters', () => {
  assert.deepEqual(orukStatement('oruk_details', undefined), { text: 'select api.oruk_details()::text as body', params: [] });
  assert.deepEqual(orukStatement('oruk_service', "x'); drop"), { text: 'select api.oruk_service($1::text)::text as body', params: ["x'); drop"] });
  assert.deepEqual(orukStatement('oruk_services', { page: '1' }), { text: 'select api.oruk_services($1::text::jsonb)::text as body', params: ['{"page":"1"}'] });
  assert.throws(() => orukStatement('published_assets', undefined), /Not an ORUK function/);
  assert.throws(() => orukStatement('oruk_x(); drop table y; --', undefined), /Not an ORUK function/);
});
