-- Schedules the reminders to check listings on a hosted Supabase project: every morning at
-- 07:15 pg_cron runs private.queue_check_reminders(), which queues a first reminder for each
-- listing whose check is due and a second one two weeks later, once each. The messages go out
-- with the rest of the outbox (supabase/deploy/schedule-send-mail.sql). Needs only pg_cron: the
-- job is SQL, so no URL or secret is involved.
--
-- A second job forgets old mail each night (private.forget_old_mail()).
--
-- Not a migration: pg_cron exists only on a hosted project. Run it once; running it again
-- replaces the job of the same name. Enable pg_cron first (Dashboard: Database, Extensions), or
--   create extension if not exists pg_cron with schema pg_catalog;
-- Set the app's address too, so links in messages open it:
--   update app.site_settings set url = 'https://<your site>';

do $$
begin
  if to_regprocedure('cron.schedule(text,text,text)') is null then
    raise exception 'Enable pg_cron first (Database, Extensions)';
  end if;
  if (select url from app.site_settings) = '' then
    raise exception 'Set the app''s address first, e.g. update app.site_settings set url = ''https://map.example.gov.uk'';';
  end if;
end
$$;

select cron.schedule('check-reminders', '15 7 * * *', 'select private.queue_check_reminders()');
-- And every night, forget delivered messages after 90 days and long-expired links.
select cron.schedule('forget-old-mail', '45 3 * * *', 'select private.forget_old_mail()');
