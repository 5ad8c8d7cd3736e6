-- Permission helpers used by policies, triggers and `api` functions. Schema `private` is not an
-- API schema (config.toml exposes only public and api), so nobody can call these over HTTP; the
-- roles get usage only because policies run with the caller's rights and must call them.
--
-- The helpers are plpgsql so that this file can come before the tables they read: plpgsql
-- resolves table names when it runs, not when it is created. Policies call them wrapped in
-- `(select ...)` so Postgres evaluates them once per query, not once per row.

create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to anon, authenticated, service_role;

-- Invoker on purpose: it reads nothing protected, and one name for "who is asking" keeps the
-- policies readable.
create or replace function private.current_user_id() returns uuid
language sql stable
set search_path = ''
as $$
  select auth.uid()
$$;

-- Definer: memberships has RLS whose policies ask "is the caller a member?"; reading it with the
-- caller's own rights would make that question recurse into itself.
create or replace function private.is_member(org_id uuid, min_role text default 'editor') returns boolean
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return exists (
    select 1
    from public.memberships m
    where m.org_id = is_member.org_id
      and m.user_id = auth.uid()
      and (min_role = 'editor' or m.role = 'owner')
  );
end
$$;

-- Definer, for the same reason as is_member. Returns an array so a policy can compare with
-- `= any ((select private.member_org_ids())::uuid[])`, evaluated once per query.
create or replace function private.member_org_ids() returns uuid[]
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return coalesce(
    (select array_agg(m.org_id) from public.memberships m where m.user_id = auth.uid()),
    '{}'::uuid[]
  );
end
$$;

-- Definer: staff rows are readable only by their owner and admins, yet every policy needs to
-- know whether the caller is staff. 'moderator' and 'planner' are also satisfied by 'admin'.
create or replace function private.is_staff(role text) returns boolean
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return exists (
    select 1
    from public.staff s
    where s.user_id = auth.uid()
      and (s.role = is_staff.role or s.role = 'admin')
  );
end
$$;

-- Definer: residents cannot read rejected organisations at all, yet must not see their assets
-- either; this lets the assets policy exclude them without exposing them.
create or replace function private.rejected_org_ids() returns uuid[]
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return coalesce(
    (select array_agg(o.id) from public.organisations o where o.status = 'rejected'),
    '{}'::uuid[]
  );
end
$$;

-- Definer: a member's trigger must know whether their organisation is trusted to publish even
-- while RLS hides the organisation's row (e.g. after it was rejected).
create or replace function private.org_auto_publishes(org_id uuid) returns boolean
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return coalesce(
    (select o.status = 'verified' and o.auto_publish from public.organisations o where o.id = org_auto_publishes.org_id),
    false
  );
end
$$;

-- True when the statement does not come from a browser role: migrations, the seed, the server's
-- service role. Status guards (triggers) apply to anon and authenticated only. Note that inside a
-- security definer function current_user is the owner, so definer functions never change
-- statuses on a caller's behalf.
create or replace function private.is_trusted_backend() returns boolean
language sql stable
set search_path = ''
as $$
  select current_user not in ('anon', 'authenticated')
$$;

-- One way to raise a validation error, so the UI can place every message beside its field:
-- SQLSTATE 23514 (check_violation), the constraint named `<table>_<field>_check` and the column.
create or replace function private.reject(constraint_name text, column_name text, message text) returns void
language plpgsql immutable
set search_path = ''
as $$
begin
  raise exception using
    message = message,
    errcode = '23514',
    constraint = constraint_name,
    column = column_name;
end
$$;

-- The point used by the radius index and radius queries. earthdistance 1.1 (Postgres 15, so
-- Supabase) resolves `cube` and `earth` through the caller's search_path, which index builds and
-- `search_path = ''` functions do not have; pinning the path here makes the index work everywhere.
create or replace function private.earth_point(lat double precision, lng double precision) returns extensions.earth
language sql immutable parallel safe
set search_path = extensions, pg_catalog
as $$
  select extensions.ll_to_earth(lat, lng)
$$;

revoke all on all functions in schema private from public;
grant execute on all functions in schema private to anon, authenticated, service_role;
