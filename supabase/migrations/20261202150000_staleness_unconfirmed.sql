-- The staleness report, honest about listings nobody has confirmed. Months count from the last
-- check; for details that arrived by import and were never confirmed, from that import (the
-- details shown are the import's, so that is how long they have gone unconfirmed); for a
-- listing never checked at all, from when it was listed. Each row says which, with the
-- import's date and partner, so the report can say "never confirmed, imported on …".
create or replace function api.staleness_report(months integer) returns json
language sql stable security invoker
set search_path = ''
as $$
  select coalesce(json_agg(json_build_object(
    'id', s.id, 'name', s.name, 'org_id', s.org_id, 'org_name', s.org_name,
    'last_verified_at', s.last_verified_at, 'checked_by', s.checked_by,
    'imported_at', s.imported_at, 'import_batch_id', s.import_batch_id, 'source', s.source,
    'months_since', s.months_since
  ) order by s.months_since desc, s.name), '[]'::json)
  from (
    select a.id, a.name, a.org_id, o.name as org_name, a.last_verified_at, a.checked_by,
           a.imported_at, a.import_batch_id, a.source,
           floor(extract(epoch from now() - c.since) / (86400 * 30.436875))::integer as months_since
    from app.assets a
    cross join lateral (select coalesce(a.last_verified_at, a.imported_at, a.created_at) as since) as c
    left join app.organisations o on o.id = a.org_id
    where a.status not in ('archived', 'taken_down')
      and (private.is_staff('moderator') or a.org_id = any (private.member_org_ids()))
      and c.since < now() - make_interval(months => greatest(0, least(staleness_report.months, 1200)))
  ) as s
$$;
comment on function api.staleness_report(integer) is
  'Listings not checked for the given number of months, longest first (unconfirmed imports count from the import, listings never checked from when they were listed): every organisation''s for moderators, their own for members.';
grant execute on function api.staleness_report(integer) to authenticated;

revoke execute on all functions in schema api, private from public;
