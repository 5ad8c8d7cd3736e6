// Which api.oruk_* function a request asks for, and with what. Pure: a URL in, a call or a
// problem out. The ORUK path is whatever follows the first "oruk" segment, so the same code
// answers /functions/v1/oruk/services on Supabase and /oruk/services under `npm start`.

/** Query parameters as the SQL functions take them: every value a string, each name once. */
export type OrukParams = Record<string, string>;

export interface OrukCall {
  /** The api function, without its schema. */
  fn: string;
  /** undefined for API details, the id for one record, the parameters for a list. */
  arg?: string | OrukParams;
  /** What a 404 for this call names, e.g. "service". */
  record?: string;
}

export type OrukRoute = { ok: true; call: OrukCall } | { ok: false; status: 400 | 404; message: string };

/** Longer addresses are refused before anything is decoded or sent to the database. */
export const MAX_URL_LENGTH = 2048;

const COLLECTIONS: Record<string, { list: string; one: string; record: string }> = {
  services: { list: 'oruk_services', one: 'oruk_service', record: 'service' },
  service_at_locations: { list: 'oruk_service_at_locations', one: 'oruk_service_at_location', record: 'service at location' },
  organizations: { list: 'oruk_organizations', one: 'oruk_organization', record: 'organization' },
  taxonomies: { list: 'oruk_taxonomies', one: 'oruk_taxonomy', record: 'taxonomy' },
  taxonomy_terms: { list: 'oruk_taxonomy_terms', one: 'oruk_taxonomy_term', record: 'taxonomy term' },
};

export const ORUK_PATHS = ['/', ...Object.keys(COLLECTIONS).flatMap((name) => [`/${name}`, `/${name}/{id}`])];

const NUL = '\u0000';

const notFound = (message: string): OrukRoute => ({ ok: false, status: 404, message });
const badRequest = (message: string): OrukRoute => ({ ok: false, status: 400, message });

/** The ORUK path's segments, decoded; null when a segment is not valid percent-encoded UTF-8. */
function orukSegments(pathname: string): string[] | null | 'elsewhere' {
  const raw = pathname.split('/');
  const at = raw.indexOf('oruk');
  if (at < 0) return 'elsewhere';
  const rest = raw.slice(at + 1);
  if (rest.length > 0 && rest[rest.length - 1] === '') rest.pop(); // a trailing slash
  try {
    return rest.map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

/**
 * The query string as one string per name. A name given twice is refused rather than guessed at
 * (first? last? both?): ORUK defines no repeated parameters, and a feed that silently picks one
 * would hide a client's mistake.
 */
export function orukParams(search: URLSearchParams): { ok: true; params: OrukParams } | { ok: false; problem: string } {
  const seen = new Map<string, string>();
  for (const [name, value] of search) {
    if (name.includes(NUL) || value.includes(NUL)) return { ok: false, problem: 'Parameters may not contain the NUL character (%00)' };
    if (seen.has(name)) return { ok: false, problem: `Give the parameter "${shorten(name)}" once only` };
    seen.set(name, value);
  }
  // fromEntries makes own properties even of names like "__proto__".
  return { ok: true, params: Object.fromEntries(seen) };
}

/** Hostile input is echoed in messages only this long. */
export function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function resolveOrukRoute(url: URL): OrukRoute {
  if (url.href.length > MAX_URL_LENGTH) return badRequest(`The address is too long: at most ${MAX_URL_LENGTH} characters`);
  const segments = orukSegments(url.pathname);
  if (segments === 'elsewhere') return notFound('This is not an Open Referral UK address: the API is under /oruk/');
  if (segments === null) return badRequest('The path is not valid percent-encoding');
  if (segments.some((s) => s.includes(NUL))) return badRequest('The path may not contain the NUL character (%00)');
  if (segments.length === 0) return { ok: true, call: { fn: 'oruk_details' } };

  const [name, id, ...more] = segments;
  const collection = Object.hasOwn(COLLECTIONS, name) ? COLLECTIONS[name] : undefined;
  if (!collection || more.length > 0) return notFound(`No such path; the API has ${ORUK_PATHS.join(', ')}`);
  if (id !== undefined) return { ok: true, call: { fn: collection.one, arg: id, record: collection.record } };
  const query = orukParams(url.searchParams);
  if (!query.ok) return badRequest(query.problem);
  return { ok: true, call: { fn: collection.list, arg: query.params } };
}
