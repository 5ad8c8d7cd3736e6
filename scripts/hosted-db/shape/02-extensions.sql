-- Schema `extensions`, where a hosted project keeps its extensions, usable by the API roles.
create schema extensions;
grant all on schema extensions to postgres;
grant usage on schema extensions to anon, authenticated, service_role;

-- Installed on every hosted project.
create extension "uuid-ossp" with schema extensions;
create extension pgcrypto with schema extensions;

-- On a hosted project `postgres` may create any extension Supabase offers (supautils lets it).
-- Plain Postgres lets a non-superuser create only "trusted" extensions, and earthdistance is not
-- one, so it is installed here as the superuser (with cube, which it requires); the migrations'
-- `create extension if not exists` then finds them. pg_trgm, unaccent and cube are trusted and
-- pgtap is `superuser = false`: those stay installable by postgres, as on a hosted project.
create extension cube with schema extensions;
create extension earthdistance with schema extensions;
