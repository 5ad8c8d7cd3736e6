-- Stand-ins for the three pieces of a hosted Supabase project that supabase/deploy/schedule-publish.sql
-- uses and no local Postgres has: pg_cron's cron.schedule (a named job replaces the job of the
-- same name, as in pg_cron 1.3+), pg_net's net.http_post (its documented signature; requests are
-- kept in a table instead of sent) and Vault's decrypted_secrets view (name, decrypted_secret).
-- For tests only. Never part of the project's SQL.
create schema cron;
create table cron.job (jobid bigserial primary key, jobname text unique, schedule text not null, command text not null);
create function cron.schedule(job_name text, schedule text, command text) returns bigint
language sql as $$
  insert into cron.job (jobname, schedule, command) values (job_name, schedule, command)
  on conflict (jobname) do update set schedule = excluded.schedule, command = excluded.command
  returning jobid
$$;

create schema net;
create table net.requests (id bigserial primary key, url text, body jsonb, params jsonb, headers jsonb, timeout_milliseconds integer);
create function net.http_post(url text, body jsonb default '{}'::jsonb, params jsonb default '{}'::jsonb,
  headers jsonb default '{"Content-Type": "application/json"}'::jsonb, timeout_milliseconds integer default 5000) returns bigint
language sql as $$
  insert into net.requests (url, body, params, headers, timeout_milliseconds)
  values (url, body, params, headers, timeout_milliseconds) returning id
$$;

create schema vault;
create table vault.decrypted_secrets (name text primary key, decrypted_secret text);
