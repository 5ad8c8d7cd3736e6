-- Memberships: who may edit an organisation's assets. Owners manage members; every
-- organisation keeps at least one owner.

create table public.memberships (
  org_id uuid not null references public.organisations (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null default 'editor'
    constraint memberships_role_check check (role in ('owner', 'editor')),
  created_at timestamptz not null default now(),
  primary key (org_id, user_id)
);
alter table public.memberships enable row level security;

create index memberships_user_id_idx on public.memberships (user_id);

create policy "People can read their own memberships"
  on public.memberships for select
  to authenticated
  using (user_id = (select auth.uid()));

create policy "Members can see who else is in their organisation"
  on public.memberships for select
  to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]));

create policy "Moderators can read every membership"
  on public.memberships for select
  to authenticated
  using ((select private.is_staff('moderator')));

create policy "Owners can add members to their organisation"
  on public.memberships for insert
  to authenticated
  with check (private.is_member(org_id, 'owner'));

create policy "Owners can change their members' roles"
  on public.memberships for update
  to authenticated
  using (private.is_member(org_id, 'owner'))
  with check (private.is_member(org_id, 'owner'));

create policy "Owners can remove members and anyone can leave"
  on public.memberships for delete
  to authenticated
  using (private.is_member(org_id, 'owner') or user_id = (select auth.uid()));

create policy "Moderators can manage every membership"
  on public.memberships for all
  to authenticated
  using ((select private.is_staff('moderator')))
  with check ((select private.is_staff('moderator')));

grant select, insert, update, delete on public.memberships to authenticated;
grant all on public.memberships to service_role;

-- Definer: the remaining owners may be invisible to the caller's RLS view while they leave.
create or replace function private.memberships_keep_an_owner() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if old.role = 'owner'
     and (tg_op = 'DELETE' or new.role <> 'owner')
     and exists (select 1 from public.organisations o where o.id = old.org_id)
     and not exists (
       select 1 from public.memberships m
       where m.org_id = old.org_id and m.role = 'owner' and m.user_id <> old.user_id
     ) then
    raise exception 'An organisation needs at least one owner: make someone else an owner first'
      using errcode = '23514', constraint = 'memberships_role_check', column = 'role';
  end if;
  return coalesce(new, old);
end
$$;

create trigger memberships_10_keep_an_owner
  before update or delete on public.memberships
  for each row execute function private.memberships_keep_an_owner();
