// After deploying to a Supabase project: checks, as a browser would with the anon key, that
// nothing but the `api` functions is reachable. Tables must not be readable over REST in any
// schema, GraphQL must not reflect them, and the api must answer. And, as a partner's directory
// would with no key at all, that the Open Referral UK feed answers.
//
//   SUPABASE_URL=https://<ref>.supabase.co SUPABASE_ANON_KEY=<anon key> npx tsx scripts/check-deploy.ts
//
// Exits 1 and says what to change when a check fails.
import { fileURLToPath } from 'node:url';

/** Our tables, as PostgREST (by name) and pg_graphql (as <name>Collection) would show them. */
export const TABLES = [
  'assets',
  'asset_reviews',
  'asset_events',
  'asset_transitions',
  'organisations',
  'organisation_reviews',
  'organisation_events',
  'memberships',
  'invitations',
  'staff',
  'categories',
  'areas',
  'import_batches',
  'import_mappings',
  'publish_state',
  'published_set_changes',
];
/** Schemas a misconfigured project might expose: its defaults, and ours. */
export const SCHEMAS = ['public', 'graphql_public', 'app', 'private', 'api'];

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
  /** What to change when it fails. */
  fix: string;
}

const EXPOSE_ONLY_API = 'Set the exposed schemas to exactly ["api"] (supabase/config.toml [api] schemas; `npx supabase config push`).';
const DEPLOY_ORUK = 'Deploy the feed: `npx supabase functions deploy oruk` (public: verify_jwt = false in supabase/config.toml); docs/DEPLOY.md section 6.';

export async function checkDeploy(url: string, anonKey: string, fetchFn: typeof fetch = fetch): Promise<Check[]> {
  const base = url.replace(/\/+$/, '');
  const headers = { apikey: anonKey, Authorization: `Bearer ${anonKey}` };
  const checks: Check[] = [];
  const add = (name: string, ok: boolean, detail: string, fix = EXPOSE_ONLY_API) => checks.push({ name, ok, detail, fix });

  for (const schema of SCHEMAS) {
    const res = await fetchFn(`${base}/rest/v1/assets?select=id&limit=1`, { headers: { ...headers, 'Accept-Profile': schema } });
    const body = await res.text();
    add(
      `no table over REST in schema ${schema}`,
      res.status !== 200,
      res.status === 200 ? `GET /rest/v1/assets with Accept-Profile: ${schema} answered 200: ${body.slice(0, 120)}` : `${res.status} ${codeOf(body)}`,
    );
  }

  const root = await fetchFn(`${base}/rest/v1/`, { headers: { ...headers, 'Accept-Profile': 'api' } });
  const paths = root.ok ? Object.keys(((await root.json()) as { paths?: Record<string, unknown> }).paths ?? {}) : [];
  const exposedTables = paths.filter((p) => p !== '/' && !p.startsWith('/rpc/'));
  add(
    'the api schema exposes functions only',
    exposedTables.length === 0,
    exposedTables.length ? `tables or views: ${exposedTables.join(', ')}` : `${paths.length} paths`,
  );

  const rpc = await fetchFn(`${base}/rest/v1/rpc/categories`, {
    method: 'POST',
    headers: { ...headers, 'Content-Profile': 'api', 'Content-Type': 'application/json' },
    body: '{}',
  });
  add('the api answers (api.categories)', rpc.status === 200, `${rpc.status}`);

  const gql = await fetchFn(`${base}/graphql/v1`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: '{ __schema { queryType { fields { name } } } }' }),
  });
  const gqlText = gql.ok ? await gql.text() : '';
  const reflected = TABLES.filter((t) => new RegExp(`"${camel(t)}Collection"`).test(gqlText));
  add(
    'GraphQL reflects none of our tables',
    reflected.length === 0,
    gql.ok ? (reflected.length ? `reflected: ${reflected.join(', ')}` : 'introspection shows none') : `${gql.status} (GraphQL off)`,
  );

  // No key, as another directory reads it.
  const feed = await fetchFn(`${base}/functions/v1/oruk/services?per_page=1`);
  const page = feed.ok ? ((await feed.json().catch(() => null)) as { total_items?: unknown } | null) : null;
  add(
    'the Open Referral UK feed answers anyone (oruk/services)',
    feed.status === 200 && typeof page?.total_items === 'number' && feed.headers.get('access-control-allow-origin') === '*',
    feed.status === 200 ? `${page?.total_items ?? 'no'} services, CORS ${feed.headers.get('access-control-allow-origin') ?? 'missing'}` : `${feed.status}`,
    DEPLOY_ORUK,
  );
  return checks;
}

function codeOf(body: string): string {
  try {
    const j = JSON.parse(body) as { code?: string; message?: string };
    return [j.code, j.message].filter(Boolean).join(' ');
  } catch {
    return body.slice(0, 80);
  }
}

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.env.SUPABASE_URL;
  const key = process.env.SUPABASE_ANON_KEY;
  if (!url || !key) {
    console.error('Set SUPABASE_URL and SUPABASE_ANON_KEY (the project URL and its anon / publishable key).');
    process.exit(2);
  }
  const checks = await checkDeploy(url, key);
  for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
  const fixes = [...new Set(checks.filter((c) => !c.ok).map((c) => c.fix))];
  if (fixes.length) {
    console.error(`\n${fixes.join('\n')}\nThen run this again.`);
    process.exit(1);
  }
}
