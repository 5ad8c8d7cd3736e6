// The Open Referral UK API over HTTP: GET only, no sign-in, any origin (CORS *), JSON in every
// answer. The JSON itself is built by the api.oruk_* functions in Postgres; this maps paths and
// parameters onto them (routes.ts) and their outcomes onto status codes. Web Request/Response
// only, so the Edge Function (index.ts) and `npm start` (scripts/orukLocal.ts) run the same code.

import { resolveOrukRoute, shorten } from './routes.ts';

/** The database as the handler needs it: one api.oruk_* call, as a resident (anon) makes it. */
export interface OrukDb {
  /** fn: the function's name without its schema; arg: the id, the parameters, or undefined. Resolves with its JSON, or null. */
  call(fn: string, arg: unknown): Promise<unknown>;
}

/** The errcode the SQL raises for a bad parameter; its message says what is expected. */
export const BAD_PARAMETER = '22023';

const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';
const BROWSER_HEADERS = 'authorization, x-client-info, apikey, content-type, accept';

function headers(extra: Record<string, string>): Headers {
  return new Headers({ 'Access-Control-Allow-Origin': '*', 'X-Content-Type-Options': 'nosniff', ...extra });
}

function json(req: Request, status: number, body: unknown): Response {
  const ok = status === 200;
  return new Response(req.method === 'HEAD' ? null : JSON.stringify(body), {
    status,
    // Published listings change when a moderator acts: a minute's caching spares the database.
    headers: headers({ 'Content-Type': 'application/json', 'Cache-Control': ok ? 'public, max-age=60' : 'no-store' }),
  });
}

const problem = (req: Request, status: number, message: string) => json(req, status, { status, message });

/** A preflight: any origin may GET, sending whatever headers its client adds (no credentials are read). */
function preflight(req: Request): Response {
  return new Response(null, {
    status: 204,
    headers: headers({
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': req.headers.get('access-control-request-headers') || BROWSER_HEADERS,
      'Access-Control-Max-Age': '86400',
      Vary: 'Access-Control-Request-Headers',
    }),
  });
}

function isBadParameter(e: unknown): e is { message: string } {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === BAD_PARAMETER && typeof (e as { message?: unknown }).message === 'string';
}

export function createOrukHandler(db: OrukDb, logError: (message: string) => void = console.error): (req: Request) => Promise<Response> {
  return async (req) => {
    if (req.method === 'OPTIONS') return preflight(req);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const res = problem(req, 405, 'The Open Referral UK API is read-only: use GET');
      res.headers.set('Allow', ALLOWED_METHODS);
      return res;
    }
    const route = resolveOrukRoute(new URL(req.url));
    if (!route.ok) return problem(req, route.status, route.message);
    const { fn, arg, record } = route.call;
    let body: unknown;
    try {
      body = await db.call(fn, arg);
    } catch (e) {
      if (isBadParameter(e)) return problem(req, 400, e.message);
      // The cause goes to the host's log only: SQL errors can name tables and settings.
      logError(`oruk ${fn}: ${e instanceof Error ? e.message : String(e)}`);
      return problem(req, 500, 'The feed could not be read just now; please try again later');
    }
    if (body === null || body === undefined) return problem(req, 404, `No published ${record ?? 'record'} has the id "${shorten(String(arg))}"`);
    return json(req, 200, body);
  };
}
