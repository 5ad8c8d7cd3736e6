// Migrations travel inside the bundle as text, so the browser database runs exactly the SQL that
// `supabase db push` sends. The auth shim stands in for Supabase's own auth schema, locally only.
import authShim from '../../../supabase/local/auth_shim.sql?raw';

const files = import.meta.glob('../../../supabase/migrations/*.sql', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const MIGRATIONS = Object.entries(files)
  .map(([path, sql]) => ({ name: path.split('/').pop()!, sql }))
  .sort((a, b) => a.name.localeCompare(b.name));

// Named like a migration file so it sorts first and is tracked like the rest (as in tests/sql/db.ts).
export const AUTH_SHIM = { name: '00000000000000_local_auth_shim.sql', sql: authShim };
