#!/usr/bin/env bash
# Runs the pgTAP tests in supabase/tests/ on a private native Postgres 15: a throwaway cluster in
# a temp dir on port 54329 (never the machine's own server), with the auth shim, every migration
# and the seed applied, exactly as in local mode. Removes the cluster on exit, pass or fail.
#
#   bash scripts/pgtap.sh              # all files
#   bash scripts/pgtap.sh 02-rls.sql   # some files (names under supabase/tests/)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
PORT="${PGTAP_PORT:-54329}"
DB=commonground

missing=()
[ -x "$PGBIN/initdb" ] && [ -x "$PGBIN/pg_ctl" ] && [ -x "$PGBIN/postgres" ] || missing+=("postgresql-15 (initdb, pg_ctl in $PGBIN)")
command -v psql >/dev/null || missing+=("postgresql-client-15 (psql)")
command -v pg_prove >/dev/null || missing+=("libtap-parser-sourcehandler-pgtap-perl (pg_prove)")
[ -f /usr/share/postgresql/15/extension/pgtap.control ] || missing+=("postgresql-15-pgtap (the pgtap extension)")
for ext in pg_trgm cube earthdistance unaccent; do
  [ -f "/usr/share/postgresql/15/extension/$ext.control" ] || missing+=("postgresql-15 contrib ($ext)")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "pgtap.sh cannot run; missing:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  echo "Install them with: bash scripts/setup-system.sh" >&2
  echo "  (apt-get install -y postgresql-15 postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl)" >&2
  exit 1
fi

# Postgres refuses to run as root; use the postgres system user when we are root.
RUN=()
if [ "$(id -u)" -eq 0 ]; then
  if id postgres >/dev/null 2>&1; then
    RUN=(runuser -u postgres --)
  else
    echo "pgtap.sh runs as root but there is no 'postgres' user to run the server as" >&2
    exit 1
  fi
fi

TMP="$(mktemp -d /tmp/commonground-pgtap.XXXXXX)"
chmod 755 "$TMP"
[ ${#RUN[@]} -gt 0 ] && chown postgres "$TMP"
cleanup() {
  "${RUN[@]}" "$PGBIN/pg_ctl" -D "$TMP/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

"${RUN[@]}" "$PGBIN/initdb" -D "$TMP/data" -U postgres -A trust -E UTF8 --no-sync >"$TMP/initdb.log" 2>&1 \
  || { cat "$TMP/initdb.log" >&2; exit 1; }
"${RUN[@]}" "$PGBIN/pg_ctl" -D "$TMP/data" -l "$TMP/server.log" -w \
  -o "-p $PORT -k $TMP -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
  || { cat "$TMP/server.log" >&2; exit 1; }

export PGHOST="$TMP" PGPORT="$PORT" PGUSER=postgres PGOPTIONS="-c client_min_messages=warning"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 --set=SHOW_CONTEXT=errors)
"${PSQL[@]}" -d postgres -c "create database $DB"
"${PSQL[@]}" -d "$DB" -c "create schema if not exists extensions; create extension if not exists pgtap with schema extensions;"
# Like Supabase, where the API roles' search_path includes the extensions schema.
"${PSQL[@]}" -d "$DB" -c "alter database $DB set search_path = \"\$user\", public, extensions"

apply() { # each file in one transaction, stopping at the first error with its file and line
  "${PSQL[@]}" -1 -d "$DB" -f "$1" >/dev/null || { echo "pgtap.sh: failed applying $1" >&2; exit 1; }
}
apply "$ROOT/supabase/local/auth_shim.sql"
for f in "$ROOT"/supabase/migrations/*.sql; do apply "$f"; done
apply "$ROOT/supabase/demo/seed.sql"

cd "$ROOT/supabase/tests"
if [ $# -gt 0 ]; then files=("$@"); else files=(*.sql); fi
pg_prove -d "$DB" --failures "${files[@]}"
