-- Organisations register themselves and manage their members and profile (issue 4). Status and
-- auto_publish are guarded by a trigger on organisations, so none of these can verify anyone.

-- Definer: browsers cannot read auth.users, but an owner adding a colleague needs their id. It
-- answers only owners of the organisation (and moderators), so it cannot be used to probe who
-- has an account.
create or replace function private.user_id_for_member(org_id uuid, email text) returns uuid
language plpgsql stable security definer
set search_path = ''
as $$
begin
  if not (private.is_member(org_id, 'owner') or private.is_staff('moderator')) then
    return null;
  end if;
  return (select u.id from auth.users u where lower(u.email) = lower(btrim(user_id_for_member.email)) limit 1);
end
$$;

-- Definer: members' email addresses live in auth.users. Only the organisation's own members and
-- moderators get them.
create or replace function private.org_members(org_id uuid) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
begin
  if not private.can_manage(org_id) then
    return '[]'::jsonb;
  end if;
  return coalesce((
    select jsonb_agg(jsonb_build_object('user_id', m.user_id, 'email', u.email, 'role', m.role)
                     order by m.role desc, u.email)
    from public.memberships m
    left join auth.users u on u.id = m.user_id
    where m.org_id = org_members.org_id
  ), '[]'::jsonb);
end
$$;

create or replace function api.register_organisation(org jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  created public.organisations;
begin
  if auth.uid() is null then
    raise exception 'Sign in to register an organisation' using errcode = '42501';
  end if;
  insert into public.organisations (name, description, email, website, phone)
  values (
    coalesce(org ->> 'name', ''), coalesce(org ->> 'description', ''),
    org ->> 'email', org ->> 'website', org ->> 'phone'
  )
  returning * into created;
  return private.organisation_json(created);
end
$$;

create or replace function api.organisation(id uuid) returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select private.organisation_json(o) || jsonb_build_object('members', private.org_members(o.id))
  from public.organisations o
  where o.id = organisation.id
$$;

create or replace function api.update_organisation(id uuid, patch jsonb, version integer) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  cur public.organisations;
  saved public.organisations;
begin
  select * into cur from public.organisations o where o.id = update_organisation.id for update;
  if not found then
    raise exception 'Organisation not found, or you may not edit it' using errcode = '42501';
  end if;
  if update_organisation.version is not null and update_organisation.version <> cur.version then
    raise exception 'This organisation was changed by someone else since you opened it'
      using errcode = '40001',
            detail = format('You started from version %s; it is now at version %s.', update_organisation.version, cur.version),
            hint = 'Your text is kept: reload to see their changes, then save again.';
  end if;
  update public.organisations o set
    name = case when patch ? 'name' then coalesce(patch ->> 'name', '') else o.name end,
    description = case when patch ? 'description' then coalesce(patch ->> 'description', '') else o.description end,
    email = case when patch ? 'email' then patch ->> 'email' else o.email end,
    website = case when patch ? 'website' then patch ->> 'website' else o.website end,
    phone = case when patch ? 'phone' then patch ->> 'phone' else o.phone end
  where o.id = cur.id
  returning * into saved;
  return private.organisation_json(saved);
end
$$;

create or replace function api.add_member(org_id uuid, email text, role text) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  member_id uuid;
begin
  if not (private.is_member(add_member.org_id, 'owner') or private.is_staff('moderator')) then
    raise exception 'Only an owner of the organisation can add members' using errcode = '42501';
  end if;
  if add_member.role is null or add_member.role not in ('owner', 'editor') then
    perform private.reject('memberships_role_check', 'role',
      format('Role must be owner or editor (got "%s")', add_member.role));
  end if;
  member_id := private.user_id_for_member(add_member.org_id, add_member.email);
  if member_id is null then
    raise exception 'Nobody has signed in with % yet: ask them to sign in once, then add them', add_member.email
      using errcode = 'P0002', column = 'email', hint = 'field=email';
  end if;
  insert into public.memberships as m (org_id, user_id, role)
  values (add_member.org_id, member_id, add_member.role)
  on conflict on constraint memberships_pkey do update set role = excluded.role;
  return jsonb_build_object('user_id', member_id, 'email', lower(btrim(add_member.email)), 'role', add_member.role);
end
$$;

create or replace function api.remove_member(org_id uuid, user_id uuid) returns void
language plpgsql volatile security invoker
set search_path = ''
as $$
begin
  delete from public.memberships m
  where m.org_id = remove_member.org_id and m.user_id = remove_member.user_id;
  if not found then
    raise exception 'Only an owner can remove members (or you can leave yourself)' using errcode = '42501';
  end if;
end
$$;

create or replace function api.org_assets(org_id uuid) returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select coalesce(jsonb_agg(private.asset_json(a) order by a.updated_at desc, a.name), '[]'::jsonb)
  from public.assets a
  where a.org_id = org_assets.org_id
$$;

grant execute on all functions in schema api to anon, authenticated, service_role;
revoke all on all functions in schema private from public;
grant execute on all functions in schema private to anon, authenticated, service_role;
