-- Staff: council and partner people with rights across organisations. moderator publishes and
-- verifies; planner loads areas and analyses coverage; admin can do both and manages staff.

create table public.staff (
  user_id uuid primary key references auth.users (id) on delete cascade,
  role text not null
    constraint staff_role_check check (role in ('moderator', 'planner', 'admin')),
  created_at timestamptz not null default now()
);
alter table public.staff enable row level security;

create policy "People can read their own staff role"
  on public.staff for select
  to authenticated
  using (user_id = (select auth.uid()));

create policy "Admins can manage staff"
  on public.staff for all
  to authenticated
  using ((select private.is_staff('admin')))
  with check ((select private.is_staff('admin')));

grant select, insert, update, delete on public.staff to authenticated;
grant all on public.staff to service_role;
