// The post-deploy check against stand-ins for a project's Data API that answer as PostgREST and
// pg_graphql document (PGRST106 for a schema that is not exposed, PGRST205 for an unknown table,
// the OpenAPI root listing paths, introspection listing <table>Collection fields). No hosted
// project is reachable here, so this tests our side of that contract.
import { describe, expect, it } from 'vitest';
import { checkDeploy } from '../../../scripts/check-deploy';

type Project = { exposed: string[]; tablesIn: string[]; graphqlTables: string[]; oruk?: boolean };

function standIn(p: Project): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const headers = new Headers(init?.headers);
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    // The Edge Function, deployed or not (the gateway answers 404 for a function it does not have).
    if (url.pathname.startsWith('/functions/v1/oruk/')) {
      if (p.oruk === false) return json(404, { code: 'NOT_FOUND', message: 'Requested function was not found' });
      const page = { total_items: 1510, total_pages: 1510, page_number: 1, size: 1, first_page: true, last_page: false, empty: false, contents: [{}] };
      return new Response(JSON.stringify(page), { status: 200, headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' } });
    }
    if (url.pathname === '/graphql/v1') {
      const fields = [{ name: 'node' }, ...p.graphqlTables.map((t) => ({ name: `${t}Collection` }))];
      return json(200, { data: { __schema: { queryType: { fields } } } });
    }
    const schema = headers.get('Accept-Profile') ?? headers.get('Content-Profile') ?? p.exposed[0];
    if (!p.exposed.includes(schema)) {
      return json(406, { code: 'PGRST106', message: `Invalid schema: ${schema}`, hint: `Only the following schemas are exposed: ${p.exposed.join(', ')}` });
    }
    if (url.pathname === '/rest/v1/') {
      const tables = p.tablesIn.includes(schema) ? ['/assets'] : [];
      return json(200, { paths: Object.fromEntries(['/', '/rpc/categories', ...tables].map((k) => [k, {}])) });
    }
    if (url.pathname === '/rest/v1/rpc/categories') return json(200, []);
    if (p.tablesIn.includes(schema)) return json(200, [{ id: 'x' }]);
    return json(404, { code: 'PGRST205', message: `Could not find the table '${schema}.assets' in the schema cache` });
  }) as typeof fetch;
}

describe('checkDeploy', () => {
  it('passes a project that exposes exactly api', async () => {
    const checks = await checkDeploy('https://ref.supabase.co/', 'anon', standIn({ exposed: ['api'], tablesIn: [], graphqlTables: [] }));
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.find((c) => c.name === 'no table over REST in schema app')?.detail).toMatch(/406 PGRST106/);
  });

  it('fails, naming what is reachable, on a project that still exposes its tables', async () => {
    const checks = await checkDeploy(
      'https://ref.supabase.co',
      'anon',
      standIn({ exposed: ['public', 'graphql_public', 'api'], tablesIn: ['public'], graphqlTables: ['assets'] }),
    );
    const failed = checks.filter((c) => !c.ok).map((c) => c.name);
    expect(failed).toEqual(['no table over REST in schema public', 'GraphQL reflects none of our tables']);
  });

  it('fails, saying to deploy it, when the Open Referral UK feed is not there', async () => {
    const checks = await checkDeploy('https://ref.supabase.co', 'anon', standIn({ exposed: ['api'], tablesIn: [], graphqlTables: [], oruk: false }));
    const failed = checks.filter((c) => !c.ok);
    expect(failed.map((c) => [c.name, c.detail])).toEqual([['the Open Referral UK feed answers anyone (oruk/services)', '404']]);
    expect(failed[0].fix).toMatch(/supabase functions deploy oruk/);
  });
});
