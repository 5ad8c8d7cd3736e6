-- Reads anyone may make that belong to no one domain: the taxonomy and who the caller is.

create function api.categories() returns json
language sql stable security invoker
set search_path = ''
as $$
  select coalesce(json_agg(json_build_object(
    'slug', c.slug, 'label', c.label, 'parent', c.parent, 'colour', c.colour,
    'icon', c.icon, 'description', c.description
  ) order by c.sort, c.label), '[]'::json)
  from app.categories c
$$;
comment on function api.categories() is 'The categories residents filter by, in display order.';
grant execute on function api.categories() to anon, authenticated, service_role;

create function api.me() returns json
language sql stable security invoker
set search_path = ''
as $$
  select json_build_object(
    'user_id', auth.uid(),
    'email', auth.jwt() ->> 'email',
    'staff_role', (select s.role from app.staff s where s.user_id = auth.uid()),
    'memberships', coalesce((
      select json_agg(json_build_object(
        'org_id', m.org_id, 'org_name', o.name, 'role', m.role, 'org_status', o.status
      ) order by o.name)
      from app.memberships m
      join app.organisations o on o.id = m.org_id
      where m.user_id = auth.uid()
    ), '[]'::json),
    'invitations', (
      select count(*) from app.invitations i
      where i.email = lower(auth.jwt() ->> 'email')
        and i.accepted_at is null and i.declined_at is null and i.revoked_at is null and i.expires_at > now()
    )
  )
$$;
comment on function api.me() is
  'Who the caller is: user id, e-mail, staff role, organisations with their roles, and how many invitations wait for them.';
grant execute on function api.me() to anon, authenticated, service_role;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role above.
revoke execute on all functions in schema api, private from public;
