-- pg_cron as a hosted project with it enabled has it: created by supabase_admin in the database
-- the scheduler serves (cron.database_name), then opened to postgres the way Supabase's
-- grant_pg_cron_access() does: its own jobs through cron.schedule, cron.job read-only.
create extension pg_cron;
grant usage on schema cron to postgres with grant option;
grant all privileges on all tables in schema cron to postgres with grant option;
revoke all on table cron.job from postgres;
grant select on table cron.job to postgres with grant option;
revoke trigger on cron.job_run_details from postgres;
