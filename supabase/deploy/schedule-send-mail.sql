-- Schedules the send-mail Edge Function on a hosted Supabase project (pg_cron + pg_net, URL and
-- secret read from Vault, as for publish-assets). Every minute the job asks the database whether
-- any message is due (private.mail_due(): queued and due, or held by a sender that stopped) and
-- only then POSTs to the function with the shared secret, so a quiet project makes no calls.
--
-- Not a migration: pg_cron, pg_net and Vault exist only on a hosted project. Run it once after
-- deploying the function, and again whenever you change it; it replaces the job of the same name.
--
-- Before running it:
--   1. Enable pg_cron and pg_net (Dashboard: Database, Extensions).
--   2. Set the app's address, so links in messages open it:
--        update app.site_settings set url = 'https://<your site>';
--   3. Store two secrets in Vault (never in this file); project_url may be there already for
--      publish-assets:
--        select vault.create_secret('https://<project-ref>.supabase.co', 'project_url');
--        select vault.create_secret('<the MAIL_SECRET set on the function>', 'mail_secret');

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
  if (select url from app.site_settings) = '' then
    raise exception 'Set the app''s address first, e.g. update app.site_settings set url = ''https://map.example.gov.uk'';';
  end if;
  select string_agg(n, ' and ') into missing
  from unnest(array['project_url', 'mail_secret']) as n
  where not exists (select 1 from vault.decrypted_secrets s where s.name = n and coalesce(s.decrypted_secret, '') <> '');
  if missing is not null then
    raise exception 'Store % in Vault first, e.g. select vault.create_secret(''<value>'', ''<name>'');', missing;
  end if;
end
$$;

select cron.schedule(
  'send-mail',
  '* * * * *',
  $job$
  select net.http_post(
    url := rtrim((select decrypted_secret from vault.decrypted_secrets where name = 'project_url'), '/') || '/functions/v1/send-mail',
    body := '{}'::jsonb,
    headers := jsonb_build_object(
      'content-type', 'application/json',
      'x-mail-secret', (select decrypted_secret from vault.decrypted_secrets where name = 'mail_secret')
    ),
    timeout_milliseconds := 120000
  )
  where private.mail_due()
  $job$
);
