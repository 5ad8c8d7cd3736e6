-- Who belongs to an organisation, how they join, and who is council staff. People join only by
-- accepting an invitation sent to their e-mail address: an inviter learns nothing about whether
-- that address has an account, and nobody is added without saying yes. Every organisation keeps
-- at least one owner.

alter table app.memberships enable row level security;

create policy "People can read their own memberships"
  on app.memberships for select
  to authenticated
  using (user_id = (select auth.uid()));

create policy "Members can see who else is in their organisation"
  on app.memberships for select
  to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]));

create policy "Moderators can read every membership"
  on app.memberships for select
  to authenticated
  using ((select private.is_staff('moderator')));

grant select on app.memberships to anon, authenticated, service_role;

create function private.memberships_keep_an_owner() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if old.role = 'owner'
     and (tg_op = 'DELETE' or new.role <> 'owner')
     and exists (select 1 from app.organisations o where o.id = old.org_id)
     and not exists (
       select 1 from app.memberships m
       where m.org_id = old.org_id and m.role = 'owner' and m.user_id <> old.user_id
     ) then
    raise exception 'An organisation needs at least one owner: make someone else an owner first'
      using errcode = '23514', constraint = 'memberships_role_check', column = 'role';
  end if;
  return coalesce(new, old);
end
$$;

create trigger memberships_10_keep_an_owner
  before update or delete on app.memberships
  for each row execute function private.memberships_keep_an_owner();

create table app.invitations (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references app.organisations (id) on delete cascade,
  email text not null
    constraint invitations_email_check check (
      email = lower(btrim(email)) and length(email) <= 254
      and email ~* '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  role text not null default 'editor'
    constraint invitations_role_check check (role in ('owner', 'editor')),
  invited_by uuid,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null default now() + interval '14 days',
  accepted_at timestamptz,
  accepted_by uuid,
  declined_at timestamptz,
  revoked_at timestamptz,
  constraint invitations_one_outcome_check check (num_nonnulls(accepted_at, declined_at, revoked_at) <= 1)
);
alter table app.invitations enable row level security;

-- One open invitation per person and organisation; inviting again renews it.
create unique index invitations_open_key on app.invitations (org_id, email)
  where accepted_at is null and declined_at is null and revoked_at is null;

create policy "People can read invitations sent to their e-mail address"
  on app.invitations for select
  to authenticated
  using (email = lower((select auth.jwt()) ->> 'email'));

create policy "Owners can read their organisation's invitations"
  on app.invitations for select
  to authenticated
  using (private.is_member(org_id, 'owner'));

create policy "Moderators can read every invitation"
  on app.invitations for select
  to authenticated
  using ((select private.is_staff('moderator')));

grant select on app.invitations to anon, authenticated, service_role;

alter table app.staff enable row level security;

create policy "People can read their own staff role"
  on app.staff for select
  to authenticated
  using (user_id = (select auth.uid()));

create policy "Admins can read every staff role"
  on app.staff for select
  to authenticated
  using ((select private.is_staff('admin')));

grant select on app.staff to anon, authenticated, service_role;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role above.
revoke execute on all functions in schema api, private from public;
