-- Helpers for policies, triggers and `api` functions, in schema `private`: never exposed, and
-- usable by the browser roles only function by function (policies run with the caller's rights,
-- so the helpers they call must be executable by the caller).

create schema private;
revoke all on schema private from public;
grant usage on schema private to anon, authenticated, service_role;
grant usage on schema app to anon, authenticated, service_role;

-- The only schema the Data API exposes (supabase/config.toml). Every function in it is granted
-- role by role and carries a comment saying what it does (and, for security definer, why).
create schema api;
revoke all on schema api from public;
grant usage on schema api to anon, authenticated, service_role;

-- The role the request runs as. Inside a security definer function current_user is the
-- function's owner, but the `role` setting still names the role PostgREST (or the local worker)
-- switched to, so triggers judge the caller, not the function that writes for them.
create function private.request_role() returns text
language sql stable
set search_path = ''
as $$
  select case when current_setting('role') = 'none' then session_user::text else current_setting('role') end
$$;
grant execute on function private.request_role() to anon, authenticated, service_role;

-- The roles that act as the system rather than as a person: migrations and the seed (postgres,
-- supabase_admin on a hosted project) and the server's own key (service_role, used by Edge
-- Functions). An allow-list: any other role, authenticator included, is treated as a browser.
create function private.is_trusted_backend() returns boolean
language sql stable
set search_path = ''
as $$
  select private.request_role() in ('postgres', 'supabase_admin', 'service_role')
$$;
grant execute on function private.is_trusted_backend() to anon, authenticated, service_role;

-- Definer: staff rows are readable only by their owner, yet every policy needs to know whether
-- the caller is staff. 'moderator' and 'planner' are also satisfied by 'admin'.
create function private.is_staff(role text) returns boolean
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return exists (
    select 1 from app.staff s
    where s.user_id = auth.uid() and (s.role = is_staff.role or s.role = 'admin')
  );
end
$$;
grant execute on function private.is_staff(text) to anon, authenticated, service_role;

-- Definer: memberships has RLS whose policies ask "is the caller a member?"; reading it with the
-- caller's own rights would make that question recurse into itself.
create function private.is_member(org_id uuid, min_role text default 'editor') returns boolean
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return exists (
    select 1 from app.memberships m
    where m.org_id = is_member.org_id and m.user_id = auth.uid()
      and (min_role = 'editor' or m.role = 'owner')
  );
end
$$;
grant execute on function private.is_member(uuid, text) to anon, authenticated, service_role;

-- Definer, for the same reason as is_member. An array, so a policy can compare with
-- `= any ((select private.member_org_ids())::uuid[])`, evaluated once per query.
create function private.member_org_ids() returns uuid[]
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return coalesce(
    (select array_agg(m.org_id) from app.memberships m where m.user_id = auth.uid()),
    '{}'::uuid[]
  );
end
$$;
grant execute on function private.member_org_ids() to anon, authenticated, service_role;

-- True when the caller may see an organisation's working state (drafts, proposed edits, review
-- notes, audit trail).
create function private.can_manage(org_id uuid) returns boolean
language sql stable
set search_path = ''
as $$
  select private.is_member(org_id) or private.is_staff('moderator')
$$;
grant execute on function private.can_manage(uuid) to anon, authenticated, service_role;

-- Definer: decides for triggers whose rules apply even while RLS hides the organisation's row.
-- Returns 'verified', 'pending', 'rejected' or null (no organisation).
create function private.org_status(org_id uuid) returns text
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return (select o.status from app.organisations o where o.id = org_status.org_id);
end
$$;
grant execute on function private.org_status(uuid) to anon, authenticated, service_role;

-- Definer, for the same reason as org_status: verified organisations trusted to publish.
create function private.org_auto_publishes(org_id uuid) returns boolean
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return coalesce(
    (select o.status = 'verified' and o.auto_publish from app.organisations o where o.id = org_auto_publishes.org_id),
    false
  );
end
$$;
grant execute on function private.org_auto_publishes(uuid) to anon, authenticated, service_role;

-- Definer: residents must not see listings of rejected organisations, whose rows they cannot
-- read at all.
create function private.rejected_org_ids() returns uuid[]
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return coalesce((select array_agg(o.id) from app.organisations o where o.status = 'rejected'), '{}'::uuid[]);
end
$$;
grant execute on function private.rejected_org_ids() to anon, authenticated, service_role;

-- Who is acting on an organisation's things, for the state machines: 'system' (a trusted
-- backend role), 'moderator', 'trusted' (a member of a verified organisation with
-- auto-publish), 'member', or 'stranger' (anyone else, signed in or not).
create function private.actor_for(org_id uuid) returns text
language sql stable
set search_path = ''
as $$
  select case
    when private.is_trusted_backend() then 'system'
    when auth.uid() is null then 'stranger'
    when private.is_staff('moderator') then 'moderator'
    when org_id is not null and private.is_member(org_id) then
      case when private.org_auto_publishes(org_id) then 'trusted' else 'member' end
    else 'stranger'
  end
$$;
grant execute on function private.actor_for(uuid) to service_role;

-- One way to raise a validation error, so the UI can place every message beside its field:
-- SQLSTATE 23514 (check_violation), the constraint named `<table>_<field>_check` and the column.
create function private.reject(constraint_name text, column_name text, message text) returns void
language plpgsql immutable
set search_path = ''
as $$
begin
  raise exception using message = message, errcode = '23514', constraint = constraint_name, column = column_name;
end
$$;

-- Refusals of an action (not of a value): SQLSTATE 42501 with a sentence a person can act on.
create function private.refuse(message text, column_name text default null) returns void
language plpgsql immutable
set search_path = ''
as $$
begin
  raise exception using message = message, errcode = '42501', column = coalesce(column_name, '');
end
$$;

-- Every change names the version its author started from; a stale one changes nothing.
create function private.require_version(what text, expected integer, current integer) returns void
language plpgsql immutable
set search_path = ''
as $$
begin
  if expected is null then
    raise exception 'Say which version of this % you are changing', what
      using errcode = '22004', column = 'version';
  end if;
  if expected <> current then
    raise exception 'This % was changed by someone else since you opened it', what
      using errcode = '40001',
            detail = format('You started from version %s; it is now at version %s.', expected, current),
            hint = 'Your text is kept: reload to see their changes, then try again.';
  end if;
end
$$;

create function private.require_reason(reason text, constraint_name text) returns text
language plpgsql immutable
set search_path = ''
as $$
begin
  if nullif(btrim(reason), '') is null then
    perform private.reject(constraint_name, 'review_note', 'Give a reason the organisation will see');
  elsif length(btrim(reason)) > 2000 then
    perform private.reject(constraint_name, 'review_note', 'Reasons are at most 2,000 characters');
  end if;
  return btrim(reason);
end
$$;

-- field -> { from, to } for every key whose value differs between two objects.
create function private.json_diff(before jsonb, after jsonb) returns jsonb
language sql immutable
set search_path = ''
as $$
  select coalesce(jsonb_object_agg(k, jsonb_build_object('from', before -> k, 'to', after -> k)), '{}'::jsonb)
  from (select jsonb_object_keys(coalesce(before, '{}')) union select jsonb_object_keys(coalesce(after, '{}'))) as keys (k)
  where (before -> k) is distinct from (after -> k)
$$;
grant execute on function private.json_diff(jsonb, jsonb) to authenticated, service_role;

-- The point used by the radius index and radius queries. earthdistance 1.1 (Postgres 15, so
-- Supabase) resolves `cube` and `earth` through the caller's search_path, which index builds and
-- `search_path = ''` functions do not have; pinning the path here makes the index work everywhere.
create function private.earth_point(lat double precision, lng double precision) returns extensions.earth
language sql immutable parallel safe
set search_path = extensions, pg_catalog
as $$
  select extensions.ll_to_earth(lat, lng)
$$;
grant execute on function private.earth_point(double precision, double precision) to authenticated, service_role;

-- Number of keys of a JSON object, for the size bounds in check constraints.
create function private.jsonb_key_count(j jsonb) returns integer
language sql immutable
set search_path = ''
as $$
  select case when jsonb_typeof(j) = 'object' then (select count(*)::integer from jsonb_object_keys(j)) else 0 end
$$;

-- True when an array holds each value once and every value is short, non-empty, trimmed text.
create function private.tidy_text_array(a text[], max_items integer, max_length integer) returns boolean
language sql immutable
set search_path = ''
as $$
  select cardinality(a) <= max_items
     and cardinality(a) = (select count(distinct x) from unnest(a) as x)
     and not exists (select 1 from unnest(a) as x where x is null or x = '' or x <> btrim(x) or length(x) > max_length)
$$;

-- Each value once, trimmed, in the order first given; empty values dropped. Languages compare
-- without case ("Polish" = "polish"), slugs exactly.
create function private.distinct_texts(a text[], ignore_case boolean) returns text[]
language sql immutable
set search_path = ''
as $$
  select coalesce(array_agg(d.v order by d.first), '{}')
  from (
    select (array_agg(btrim(x) order by i))[1] as v, min(i) as first
    from unnest(a) with ordinality as u (x, i)
    where nullif(btrim(x), '') is not null
    group by case when ignore_case then lower(btrim(x)) else btrim(x) end
  ) as d
$$;

-- Actions and their notes for the audit trail, set by the function doing the work for the rest
-- of its statement; the audit triggers read them (and infer an action when none is set). Only
-- our definer functions write the tables, so a value a caller sets beforehand never survives
-- into their writes: each function sets its own and clears it.
create function private.set_audit(action text, note text default null) returns void
language sql volatile
set search_path = ''
as $$
  select set_config('app.audit_action', coalesce(action, ''), true), set_config('app.audit_note', coalesce(note, ''), true)
$$;

create function private.audit_action() returns text
language sql stable
set search_path = ''
as $$
  select nullif(current_setting('app.audit_action', true), '')
$$;

create function private.audit_note() returns text
language sql stable
set search_path = ''
as $$
  select nullif(current_setting('app.audit_note', true), '')
$$;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role above.
revoke execute on all functions in schema api, private from public;
