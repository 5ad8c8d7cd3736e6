// The Open Referral UK Edge Function for real: Deno running supabase/functions/oruk as deployed,
// on a native Postgres 15 with every migration and the demo seed. The same checks run against
// `npm start`'s host in tests/unit/orukLocal.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { TempPostgres } from './tempPostgres';
import { startProjectDb } from './projectDb';
import { denoBin, repoRoot, requireDeno, startFunction, type RunningFunction } from './denoFunction';
import { orukFeedChecks, rawRequest } from '../oruk/feedChecks';

let pg: TempPostgres;
let fn: RunningFunction;

beforeAll(async () => {
  requireDeno();
  pg = await startProjectDb();
  fn = await startFunction('oruk', { SUPABASE_DB_URL: pg.url });
}, 240_000);

afterAll(async () => {
  await fn?.stop();
  pg?.stop();
});

const residentsSeeCount = () =>
  Number(pg.psql(`begin; set local role anon; set local request.jwt.claims = '{"role":"anon"}'; select json_array_length(api.published_assets()->'features'); commit;`));

describe('the oruk Edge Function at /functions/v1/oruk/', () => {
  orukFeedChecks({
    base: () => `${fn.url}/functions/v1/oruk`,
    publishedCount: residentsSeeCount,
    unpublishedId: () => pg.psql(`select id from app.assets where status <> 'published' order by name limit 1`),
  });
});

describe('the oruk Edge Function, other ways in', () => {
  it('answers under /oruk/ too (the path a function sees behind `supabase functions serve`)', async () => {
    const answer = await rawRequest(fn.url, '/oruk/services?per_page=1');
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({ total_items: residentsSeeCount() });
  });

  it('without a database URL every answer is a 500 that names nothing internal', async () => {
    const bare = await startFunction('oruk', {});
    try {
      const answer = await rawRequest(bare.url, '/functions/v1/oruk/services');
      expect(answer.status).toBe(500);
      expect(answer.json()).toEqual({ status: 500, message: 'The feed could not be read just now; please try again later' });
      expect(bare.output()).toMatch(/SUPABASE_DB_URL is not set/);
    } finally {
      await bare.stop();
    }
  });
});

describe('oruk under deno check, deno lint and deno test', () => {
  it('type-checks, lints clean and passes its unit tests', () => {
    const dir = join(repoRoot, 'supabase', 'functions', 'oruk');
    const deno = (...args: string[]) =>
      execFileSync(denoBin, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' }, stdio: 'pipe' });
    deno('check', '--config', 'deno.json', 'index.ts');
    deno('lint', '--config', 'deno.json');
    expect(deno('test', '--config', 'deno.json')).toMatch(/ok \| 6 passed \| 0 failed/);
  });
});
