-- Partner imports: each commit is one batch, recorded with its counts, the per-row report and
-- what it needs to be undone (the ids it inserted, the previous values of rows it updated).
-- Saved column mappings let a moderator reuse a partner's file layout.

create table public.import_batches (
  id uuid primary key default gen_random_uuid(),
  partner text not null
    constraint import_batches_partner_check check (partner = btrim(partner) and partner <> ''),
  file_name text not null default '',
  org_id uuid references public.organisations (id),
  created_at timestamptz not null default now(),
  created_by uuid default auth.uid(),
  inserted integer not null default 0 constraint import_batches_inserted_check check (inserted >= 0),
  updated integer not null default 0 constraint import_batches_updated_check check (updated >= 0),
  skipped integer not null default 0 constraint import_batches_skipped_check check (skipped >= 0),
  rejected integer not null default 0 constraint import_batches_rejected_check check (rejected >= 0),
  -- [{ row, reason }] for every row the moderator could not import
  report jsonb not null default '[]'
    constraint import_batches_report_check check (jsonb_typeof(report) = 'array'),
  inserted_ids uuid[] not null default '{}',
  -- [{ id, before }]: whole rows as they were before this batch updated them
  previous jsonb not null default '[]'
    constraint import_batches_previous_check check (jsonb_typeof(previous) = 'array'),
  undone_at timestamptz,
  undone_by uuid
);
alter table public.import_batches enable row level security;

create policy "Moderators can read import batches"
  on public.import_batches for select
  to authenticated
  using ((select private.is_staff('moderator')));

create policy "Moderators can record import batches"
  on public.import_batches for insert
  to authenticated
  with check ((select private.is_staff('moderator')));

create policy "Moderators can update import batches"
  on public.import_batches for update
  to authenticated
  using ((select private.is_staff('moderator')))
  with check ((select private.is_staff('moderator')));

grant select, insert, update on public.import_batches to authenticated;
grant all on public.import_batches to service_role;

alter table public.assets
  add column import_batch_id uuid references public.import_batches (id) on delete set null;
create index assets_import_batch_id_idx on public.assets (import_batch_id);

create table public.import_mappings (
  partner text primary key
    constraint import_mappings_partner_check check (partner = btrim(partner) and partner <> ''),
  -- source column -> our field
  mapping jsonb not null default '{}'
    constraint import_mappings_mapping_check check (jsonb_typeof(mapping) = 'object'),
  -- partner category -> our slug
  category_map jsonb not null default '{}'
    constraint import_mappings_category_map_check check (jsonb_typeof(category_map) = 'object'),
  updated_at timestamptz not null default now(),
  updated_by uuid default auth.uid()
);
alter table public.import_mappings enable row level security;

create policy "Moderators can read saved mappings"
  on public.import_mappings for select
  to authenticated
  using ((select private.is_staff('moderator')));

create policy "Moderators can save mappings"
  on public.import_mappings for insert
  to authenticated
  with check ((select private.is_staff('moderator')));

create policy "Moderators can change saved mappings"
  on public.import_mappings for update
  to authenticated
  using ((select private.is_staff('moderator')))
  with check ((select private.is_staff('moderator')));

grant select, insert, update on public.import_mappings to authenticated;
grant all on public.import_mappings to service_role;
