-- Extensions, in the `extensions` schema as on Supabase (which already has that schema and may
-- already have these installed: every statement is a no-op there). The same SQL runs on PGlite
-- and plain Postgres 15, which is why nothing here depends on Supabase-only objects.
--   pg_trgm        similar-name search (import de-duplication, typo-tolerant search)
--   cube +
--   earthdistance  radius search on lat/lng without PostGIS (see DESIGN.md "No PostGIS")
--   unaccent       accent-insensitive matching of names ("Café" = "Cafe")

create schema if not exists extensions;

create extension if not exists pg_trgm with schema extensions;
create extension if not exists cube with schema extensions;
create extension if not exists earthdistance with schema extensions;
create extension if not exists unaccent with schema extensions;

-- Invoker functions and policies call these as the requesting role. Supabase grants this
-- already (and postgres may not own the schema there), so only grant where it is missing.
do $$
declare
  r text;
begin
  foreach r in array array['anon', 'authenticated', 'service_role'] loop
    if not has_schema_privilege(r, 'extensions', 'usage') then
      execute format('grant usage on schema extensions to %I', r);
    end if;
  end loop;
end
$$;
