// supabase/deploy/schedule-send-mail.sql on native Postgres 15 with every migration, with the
// stand-ins for pg_cron, pg_net and Vault (hosted-stand-ins.sql); the job is run as pg_cron would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TempPostgres } from './tempPostgres';
import { startProjectDb } from './projectDb';
import { repoRoot } from './denoFunction';
import { runSqlFile } from './runSqlFile';

const SCHEDULE = join(repoRoot, 'supabase', 'deploy', 'schedule-send-mail.sql');
let pg: TempPostgres;

beforeAll(async () => {
  pg = await startProjectDb();
}, 240_000);
afterAll(() => pg?.stop());

const runSchedule = () => runSqlFile(pg, SCHEDULE);
const tick = () => pg.psql(pg.psql("select command from cron.job where jobname = 'send-mail'"));
const requests = () => Number(pg.psql("select count(*) from net.requests where url like '%/send-mail'"));

describe('schedule-send-mail.sql', () => {
  it('says what to enable, set and store before scheduling', () => {
    expect(runSchedule()).toMatch(/Enable pg_cron and pg_net first/);
    pg.psql(readFileSync(join(import.meta.dirname, 'hosted-stand-ins.sql'), 'utf8'));
    expect(runSchedule()).toMatch(/Set the app's address first/);
    pg.psql("update app.site_settings set url = 'https://map.example.gov.uk'");
    expect(runSchedule()).toMatch(/Store project_url and mail_secret in Vault first/);
    pg.psql("insert into vault.decrypted_secrets values ('project_url', 'https://ref.supabase.co/'), ('mail_secret', 'the-mail-secret-0123456789abcdef0123')");
    expect(runSchedule()).toBe('ok');
    expect(runSchedule()).toBe('ok');
    expect(pg.psql("select jobname || ' ' || schedule from cron.job where jobname = 'send-mail'")).toBe('send-mail * * * * *');
  });

  it('calls the function with the secret only while a message is due', () => {
    pg.psql("update app.outbox set status = 'sent', sent_at = now()");
    tick();
    expect(requests()).toBe(0);

    pg.psql("select private.enqueue_message('decision', 'someone@example.org', 'Approved', array['On the map.'], '[]', 'schedule-test')");
    tick();
    expect(requests()).toBe(1);
    expect(JSON.parse(pg.psql("select json_build_object('url', url, 'headers', headers) from net.requests where url like '%/send-mail'"))).toEqual({
      url: 'https://ref.supabase.co/functions/v1/send-mail',
      headers: { 'content-type': 'application/json', 'x-mail-secret': 'the-mail-secret-0123456789abcdef0123' },
    });

    // Waiting for a retry: not due until its time comes.
    pg.psql("update app.outbox set attempts = 1, next_attempt_at = now() + interval '5 minutes' where dedupe_key = 'schedule-test'");
    tick();
    expect(requests()).toBe(1);
  });
});
