// Builds the SQL PostgREST would run for an RPC: `select api.fn(name => $1, ...)`. Named
// notation means argument order never matters and a missing argument takes its SQL default.
const IDENT = /^[a-z_][a-z0-9_]*$/;

export function rpcSql(fn: string, args: Record<string, unknown> = {}): { sql: string; params: unknown[] } {
  if (!IDENT.test(fn)) throw new Error(`Not an API function name: ${fn}`);
  const names = Object.keys(args).filter((k) => args[k] !== undefined);
  const params = names.map((k) => toParam(args[k]));
  const list = names
    .map((k, i) => {
      if (!IDENT.test(k)) throw new Error(`Not an argument name: ${k}`);
      return `${k} => $${i + 1}`;
    })
    .join(', ');
  return { sql: `select api.${fn}(${list}) as result`, params };
}

/**
 * Objects travel as JSON text; Postgres casts the untyped literal to the parameter's type.
 * Arrays travel as arrays: PGlite writes them by the parameter's type, a Postgres array for
 * `uuid[]` (api.oruk_export's ids) and JSON for `jsonb`, just as PostgREST reads a JSON array.
 */
function toParam(v: unknown): unknown {
  if (v === null || Array.isArray(v)) return v;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
