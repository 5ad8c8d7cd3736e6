// supabase/deploy/schedule-reminders.sql on native Postgres 15 with every migration, with the
// pg_cron stand-in (hosted-stand-ins.sql); the job is run as pg_cron would run it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TempPostgres } from './tempPostgres';
import { startProjectDb } from './projectDb';
import { repoRoot } from './denoFunction';
import { runSqlFile } from './runSqlFile';

const SCHEDULE = join(repoRoot, 'supabase', 'deploy', 'schedule-reminders.sql');
let pg: TempPostgres;

beforeAll(async () => {
  pg = await startProjectDb();
}, 240_000);
afterAll(() => pg?.stop());

const runSchedule = () => runSqlFile(pg, SCHEDULE);
const tick = () => pg.psql(pg.psql("select command from cron.job where jobname = 'check-reminders'"));
const reminders = () => Number(pg.psql("select count(*) from app.outbox where kind = 'check_due' and to_email = 'reminded@example.org'"));

describe('schedule-reminders.sql', () => {
  it('says what to enable, then what to set, before scheduling', () => {
    expect(runSchedule()).toMatch(/Enable pg_cron first/);
    pg.psql(readFileSync(join(import.meta.dirname, 'hosted-stand-ins.sql'), 'utf8'));
    expect(runSchedule()).toMatch(/Set the app's address first/);
    pg.psql("update app.site_settings set url = 'https://map.example.gov.uk'");
    expect(runSchedule()).toBe('ok');
    expect(runSchedule()).toBe('ok');
    expect(pg.psql("select jobname || ' ' || schedule from cron.job where jobname = 'check-reminders'")).toBe('check-reminders 15 7 * * *');
    expect(pg.psql("select jobname || ' ' || schedule from cron.job where jobname = 'forget-old-mail'")).toBe('forget-old-mail 45 3 * * *');
    expect(pg.psql(pg.psql("select command from cron.job where jobname = 'forget-old-mail'"))).toMatch(/^\{"links": \d+, "messages": \d+\}$/);
  });

  it('queues each due reminder once, however often the job runs, with links to the site', () => {
    pg.psql(`insert into app.organisations (id, name, status) values ('0c000000-0000-4000-8000-00000000000c', 'Sample: Reminded Org', 'verified')`);
    pg.psql(`insert into auth.users (id, email) values ('e0000000-0000-4000-8000-0000000000e1', 'reminded@example.org')`);
    pg.psql(`insert into app.memberships (org_id, user_id, role) values ('0c000000-0000-4000-8000-00000000000c', 'e0000000-0000-4000-8000-0000000000e1', 'owner')`);
    pg.psql(`insert into app.assets (org_id, kind, name, categories, lat, lng, status, last_verified_at, checked_by)
             values ('0c000000-0000-4000-8000-00000000000c', 'group', 'Sample: Reminded Club', '{older-people}', 53.54, -2.59, 'published', now() - interval '7 months', 'organisation')`);
    tick();
    tick();
    expect(reminders()).toBe(1);
    expect(pg.psql("select links->0->>'url' from app.outbox where kind = 'check_due' and to_email = 'reminded@example.org'")).toMatch(
      /^https:\/\/map\.example\.gov\.uk\/confirm\?token=[0-9a-f-]+\.[0-9a-f]{32}$/,
    );
  });
});
