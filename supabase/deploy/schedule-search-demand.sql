-- Schedules the daily roll-up of searches that found little on a hosted Supabase project: just
-- after midnight (UTC) pg_cron runs private.roll_up_search_demand(), which turns yesterday's
-- visits into counts (kept only where at least 3 different visits asked) and deletes the visit
-- hashes and yesterday's key. Every record and read does the same on its way, so this job only
-- makes sure the hashes go within the day even when nobody searches. See docs/SEARCH-DEMAND.md.
--
-- Not a migration: pg_cron exists only on a hosted project. Run it once; running it again
-- replaces the job of the same name. Enable pg_cron first (Dashboard: Database, Extensions).

do $$
begin
  if to_regprocedure('cron.schedule(text,text,text)') is null then
    raise exception 'Enable pg_cron first (Database, Extensions)';
  end if;
end
$$;

select cron.schedule('roll-up-search-demand', '2 0 * * *', 'select private.roll_up_search_demand()');
