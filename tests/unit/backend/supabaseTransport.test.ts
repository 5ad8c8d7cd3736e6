// Supabase mode talks to PostgREST and Supabase Auth over HTTP. These tests run the real
// supabase-js against a fake `fetch`, so they check what actually goes on the wire (path, schema
// header, key, body) and how the server's answers reach the UI (ApiError fields, session), offline.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApi, ORUK_EXPORT_BATCH } from '../../../src/backend/api';
import { createSupabaseTransport } from '../../../src/backend/supabaseTransport';
import { ApiError, type Session, type Transport } from '../../../src/backend/transport';

const URL_ = 'https://project.supabase.test';
const KEY = 'anon-key-123';
const USER = { id: '11111111-2222-3333-4444-555555555555', email: 'editor@example.org' };

interface Seen {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
}

type Reply = { status: number; body?: unknown };

/** A fake server: records every request and answers by path. */
function fakeServer(route: (path: string, req: Seen) => Reply) {
  const seen: Seen[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const text = typeof init?.body === 'string' ? init.body : null;
    const req: Seen = {
      url,
      method: (init?.method ?? 'GET').toUpperCase(),
      headers: new Headers(init?.headers),
      body: text ? (JSON.parse(text) as unknown) : null,
    };
    seen.push(req);
    const reply = route(new URL(url).pathname, req);
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': 'application/json' },
    });
  }) as typeof fetch;
  return { fetch: fetchFn, seen };
}

function sessionBody() {
  return {
    access_token: 'access-token',
    token_type: 'bearer',
    expires_in: 3600,
    expires_at: Math.floor(Date.now() / 1000) + 3600,
    refresh_token: 'refresh-token',
    user: { id: USER.id, aud: 'authenticated', role: 'authenticated', email: USER.email, app_metadata: {}, user_metadata: {}, created_at: new Date().toISOString() },
  };
}

/** Resolves with the next session an onChange listener sees that satisfies `want`. */
function nextSession(t: Transport, want: (s: Session | null) => boolean): Promise<Session | null> {
  return new Promise((resolve) => {
    const off = t.auth.onChange((s) => {
      if (want(s)) {
        off();
        resolve(s);
      }
    });
  });
}

beforeEach(() => {
  // signInWithEmail sends people back to the page they came from.
  vi.stubGlobal('location', { origin: 'https://map.example.org' });
  // supabase-js builds a realtime client up front and Node 20 has no WebSocket; we never connect.
  if (typeof globalThis.WebSocket === 'undefined') vi.stubGlobal('WebSocket', class FakeWebSocket {});
});
afterEach(() => vi.unstubAllGlobals());

describe('supabase transport: rpc', () => {
  it('posts named arguments to /rest/v1/rpc/<fn> in schema api with the anon key', async () => {
    const server = fakeServer(() => ({ status: 200, body: [{ id: 'a1' }] }));
    const t = createSupabaseTransport(URL_, KEY, { fetch: server.fetch });

    const data = await t.rpc<{ id: string }[]>('search_assets', { q: 'food bank', max_results: 5 });

    expect(data).toEqual([{ id: 'a1' }]);
    const rpc = server.seen.find((r) => r.url.includes('/rest/v1/'));
    expect(rpc).toBeDefined();
    expect(rpc!.method).toBe('POST');
    expect(new URL(rpc!.url).pathname).toBe('/rest/v1/rpc/search_assets');
    expect(rpc!.headers.get('content-profile')).toBe('api');
    expect(rpc!.headers.get('apikey')).toBe(KEY);
    expect(rpc!.body).toEqual({ q: 'food bank', max_results: 5 });
  });

  it('sends the ORUK export its listing ids as JSON arrays (PostgREST reads them into uuid[]), a batch at a time, and keeps their order', async () => {
    const ids = Array.from({ length: ORUK_EXPORT_BATCH * 2 + 1 }, (_, i) => `0b000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    // The database answers each batch ordered by name, not in the order asked; one listing is hidden.
    const hidden = ids[3];
    const server = fakeServer((_, r) => ({
      status: 200,
      body: (r.body as { ids: string[] }).ids
        .filter((id) => id !== hidden)
        .reverse()
        .map((id) => ({ id })),
    }));
    const api = createApi(createSupabaseTransport(URL_, KEY, { fetch: server.fetch }));

    const services = await api.orukExport(ids);

    const calls = server.seen.filter((r) => r.url.includes('/rest/v1/rpc/oruk_export'));
    expect(calls.map((r) => (r.body as { ids: string[] }).ids)).toEqual([
      ids.slice(0, ORUK_EXPORT_BATCH),
      ids.slice(ORUK_EXPORT_BATCH, ORUK_EXPORT_BATCH * 2),
      ids.slice(ORUK_EXPORT_BATCH * 2),
    ]);
    expect(services.map((s) => s.id)).toEqual(ids.filter((id) => id !== hidden));
  });

  it('turns a check violation into an ApiError naming the field from the hint', async () => {
    const server = fakeServer(() => ({
      status: 400,
      body: { code: '23514', message: 'Enter a valid email address', details: 'got "not-an-email"', hint: 'field=email' },
    }));
    const t = createSupabaseTransport(URL_, KEY, { fetch: server.fetch });

    const err = await t.rpc('update_organisation', { id: 'o1', email: 'not-an-email' }).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: '23514', field: 'email', message: 'Enter a valid email address', detail: 'got "not-an-email"' });
  });

  it('keeps 40001 on a version conflict so the editor can offer to reload', async () => {
    const server = fakeServer(() => ({
      status: 409,
      body: { code: '40001', message: 'Someone else saved this first', details: null, hint: null },
    }));
    const t = createSupabaseTransport(URL_, KEY, { fetch: server.fetch });

    const err = await t.rpc('update_asset', { id: 'a1', expected_version: 3 }).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('40001');
    expect((err as ApiError).field).toBeNull();
  });
});

describe('supabase transport: auth', () => {
  function authServer() {
    return fakeServer((path) => {
      if (path === '/auth/v1/otp') return { status: 200, body: {} };
      if (path === '/auth/v1/verify') return { status: 200, body: sessionBody() };
      if (path === '/auth/v1/logout') return { status: 204 };
      return { status: 404, body: { message: `unexpected ${path}` } };
    });
  }

  it('sends a one-time code to the email address', async () => {
    const server = authServer();
    const t = createSupabaseTransport(URL_, KEY, { fetch: server.fetch });

    await t.auth.signInWithEmail(USER.email);

    const otp = server.seen.find((r) => new URL(r.url).pathname === '/auth/v1/otp');
    expect(otp).toBeDefined();
    expect(otp!.method).toBe('POST');
    expect(otp!.body).toMatchObject({ email: USER.email });
    expect(otp!.headers.get('apikey')).toBe(KEY);
  });

  it('signs in with the code, tells listeners, and signs out again', async () => {
    const server = authServer();
    const t = createSupabaseTransport(URL_, KEY, { fetch: server.fetch });
    expect(t.auth.session()).toBeNull();

    const signedIn = nextSession(t, (s) => s !== null);
    await t.auth.verifyCode(USER.email, '123456');

    const verify = server.seen.find((r) => new URL(r.url).pathname === '/auth/v1/verify');
    expect(verify?.method).toBe('POST');
    expect(verify?.body).toMatchObject({ email: USER.email, token: '123456', type: 'email' });
    const heard = await signedIn;
    expect(heard).toMatchObject({ user_id: USER.id, email: USER.email });
    expect(t.auth.session()).toMatchObject({ user_id: USER.id, email: USER.email, claims: { sub: USER.id, role: 'authenticated' } });

    const signedOut = nextSession(t, (s) => s === null);
    await t.auth.signOut();
    await signedOut;
    expect(t.auth.session()).toBeNull();
    expect(server.seen.some((r) => new URL(r.url).pathname === '/auth/v1/logout')).toBe(true);
  });

  it('reports a wrong code as an ApiError', async () => {
    const server = fakeServer((path) =>
      path === '/auth/v1/verify' ? { status: 403, body: { code: 403, error_code: 'otp_expired', msg: 'Token has expired or is invalid' } } : { status: 200, body: {} },
    );
    const t = createSupabaseTransport(URL_, KEY, { fetch: server.fetch });

    const err = await t.auth.verifyCode(USER.email, '000000').catch((e: unknown) => e);

    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toMatch(/expired or is invalid/);
    expect(t.auth.session()).toBeNull();
  });
});
