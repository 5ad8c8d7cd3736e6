// How both hosts run an api.oruk_* call: as a resident sees the data (role anon with anon's JWT
// claims, so row-level security shows published listings only) in a read-only transaction, so
// a public feed can never write, whichever role the connection itself has.

/** Run in order at the start of the transaction. */
export const ANON_READ_ONLY: readonly string[] = [
  'set transaction read only',
  `set local statement_timeout = '15s'`,
  'set local role anon',
  `select set_config('request.jwt.claims', '{"role":"anon"}', true)`,
];

/** The statement for one call, its JSON returned as text (column `body`), and its parameters. */
export function orukStatement(fn: string, arg: unknown): { text: string; params: string[] } {
  // The name is spliced into SQL: only names the handler's routes use are allowed.
  if (!/^oruk_[a-z_]+$/.test(fn)) throw new Error(`Not an ORUK function: ${fn}`);
  if (arg === undefined) return { text: `select api.${fn}()::text as body`, params: [] };
  if (typeof arg === 'string') return { text: `select api.${fn}($1::text)::text as body`, params: [arg] };
  // Sent as text and cast in SQL: a client that sees a jsonb parameter would JSON-encode the string again.
  return { text: `select api.${fn}($1::text::jsonb)::text as body`, params: [JSON.stringify(arg)] };
}

/** The call's result: its JSON, or null when the function returned SQL null (no such record). */
export function orukResult(body: string | null | undefined): unknown {
  return body === null || body === undefined ? null : JSON.parse(body);
}
