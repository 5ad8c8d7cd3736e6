-- Schedules the publish-assets Edge Function on a hosted Supabase project (Supabase's pattern
-- for scheduling Edge Functions: pg_cron + pg_net, URL and secret read from Vault). Every minute
-- the job asks the database whether a publish is due (private.publish_due(): changed, then quiet
-- for app.publish_state.quiet_seconds, or waiting max_wait_seconds) and only then POSTs to the
-- function with the shared secret, so an idle project makes no calls.
--
-- Not a migration: pg_cron, pg_net and Vault exist only on a hosted project. Run it once after
-- deploying the function, and again whenever you change it; it replaces the job of the same name.
--
-- Before running it:
--   1. Enable pg_cron and pg_net (Dashboard: Database, Extensions), or run
--        create extension if not exists pg_cron with schema pg_catalog;
--        create extension if not exists pg_net with schema extensions;
--   2. Store two secrets in Vault (never in this file):
--        select vault.create_secret('https://<project-ref>.supabase.co', 'project_url');
--        select vault.create_secret('<the PUBLISH_SECRET set on the function>', 'publish_secret');
--      To change one later:
--        select vault.update_secret((select id from vault.secrets where name = 'publish_secret'), '<new value>');

do $$
declare
  missing text;
begin
  if to_regprocedure('cron.schedule(text,text,text)') is null
     or to_regprocedure('net.http_post(text,jsonb,jsonb,jsonb,integer)') is null then
    raise exception 'Enable pg_cron and pg_net first (Database, Extensions)';
  end if;
  if to_regclass('vault.decrypted_secrets') is null then
    raise exception 'Supabase Vault is missing: this file is for a hosted Supabase project';
  end if;
  select string_agg(n, ' and ') into missing
  from unnest(array['project_url', 'publish_secret']) as n
  where not exists (select 1 from vault.decrypted_secrets s where s.name = n and coalesce(s.decrypted_secret, '') <> '');
  if missing is not null then
    raise exception 'Store % in Vault first, e.g. select vault.create_secret(''<value>'', ''<name>'');', missing;
  end if;
end
$$;

select cron.schedule(
  'publish-assets',
  '* * * * *',
  $job$
  select net.http_post(
    url := rtrim((select decrypted_secret from vault.decrypted_secrets where name = 'project_url'), '/') || '/functions/v1/publish-assets',
    body := '{}'::jsonb,
    headers := jsonb_build_object(
      'content-type', 'application/json',
      'x-publish-secret', (select decrypted_secret from vault.decrypted_secrets where name = 'publish_secret')
    ),
    timeout_milliseconds := 60000
  )
  where private.publish_due()
  $job$
);
