-- Categories: the taxonomy residents filter by. Assets refer to them by slug (checked by a
-- trigger on assets, since an array column cannot carry a foreign key).

create table public.categories (
  slug text primary key
    constraint categories_slug_check check (slug ~ '^[a-z0-9]+([_-][a-z0-9]+)*$'),
  label text not null
    constraint categories_label_check check (label = btrim(label) and label <> ''),
  parent text references public.categories (slug) on update cascade,
  colour text not null default '#505a5f'
    constraint categories_colour_check check (colour ~ '^#[0-9a-fA-F]{6}$'),
  icon text not null default '',
  description text not null default '',
  sort integer not null default 0
);
alter table public.categories enable row level security;

create policy "Anyone can read categories"
  on public.categories for select
  to anon, authenticated
  using (true);

create policy "Moderators can manage categories"
  on public.categories for all
  to authenticated
  using ((select private.is_staff('moderator')))
  with check ((select private.is_staff('moderator')));

grant select on public.categories to anon, authenticated;
grant insert, update, delete on public.categories to authenticated;
grant all on public.categories to service_role;
