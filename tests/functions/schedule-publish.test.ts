// supabase/deploy/schedule-publish.sql, the schedule a hosted project runs once: on native
// Postgres 15 with every migration, and stand-ins for pg_cron, pg_net and Vault
// (hosted-stand-ins.sql), since no local Postgres has them. The job is run as pg_cron would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TempPostgres } from './tempPostgres';
import { startProjectDb } from './projectDb';
import { repoRoot } from './denoFunction';
import { runSqlFile } from './runSqlFile';

const SCHEDULE = join(repoRoot, 'supabase', 'deploy', 'schedule-publish.sql');
let pg: TempPostgres;

beforeAll(async () => {
  pg = await startProjectDb();
}, 240_000);
afterAll(() => pg?.stop());

const runSchedule = () => runSqlFile(pg, SCHEDULE);
/** What pg_cron does each minute: run the job's command as the user who scheduled it. */
const tick = () => pg.psql(pg.psql("select command from cron.job where jobname = 'publish-assets'"));
const requests = () => Number(pg.psql('select count(*) from net.requests'));

describe('schedule-publish.sql', () => {
  it('says what to enable when pg_cron and pg_net are missing', () => {
    expect(runSchedule()).toMatch(/Enable pg_cron and pg_net first/);
  });

  it('names the Vault secrets still missing', () => {
    pg.psql(readFileSync(join(import.meta.dirname, 'hosted-stand-ins.sql'), 'utf8'));
    expect(runSchedule()).toMatch(/Store project_url and publish_secret in Vault first/);
    pg.psql("insert into vault.decrypted_secrets values ('project_url', 'https://ref.supabase.co/')");
    expect(runSchedule()).toMatch(/Store publish_secret in Vault first/);
  });

  it('schedules one job every minute, however often it is run', () => {
    pg.psql("insert into vault.decrypted_secrets values ('publish_secret', 'the-shared-secret-0123456789abcdef')");
    expect(runSchedule()).toBe('ok');
    expect(runSchedule()).toBe('ok');
    expect(pg.psql("select jobname || ' ' || schedule from cron.job")).toBe('publish-assets * * * * *');
  });

  it('calls the function with the shared secret only when a publish is due', () => {
    pg.psql('delete from app.published_set_changes');
    tick();
    expect(requests()).toBe(0);

    pg.psql("update app.organisations set description = description where status = 'verified'");
    pg.psql("update app.published_set_changes set at = now() - interval '1 minute'");
    tick();
    expect(requests()).toBe(1);
    const sent = JSON.parse(pg.psql("select json_build_object('url', url, 'headers', headers, 'body', body) from net.requests"));
    expect(sent).toEqual({
      url: 'https://ref.supabase.co/functions/v1/publish-assets',
      headers: { 'content-type': 'application/json', 'x-publish-secret': 'the-shared-secret-0123456789abcdef' },
      body: {},
    });
  });
});
