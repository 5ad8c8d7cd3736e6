// Runs a block as a role with JWT claims, exactly as PostgREST (and the local worker) does:
// inside a transaction, `set local role`, and `request.jwt.claims` set for that transaction.
// PGlite connects as a superuser, so RLS applies only after the role switch.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { PERSONAS, personaClaims, type Persona } from '../../src/backend/personas';

export type Who = Persona['id'] | { role: 'anon' | 'authenticated' | 'service_role'; [claim: string]: unknown };

export function claimsFor(who: Who): Record<string, unknown> {
  if (typeof who !== 'string') return who;
  const p = PERSONAS.find((x) => x.id === who);
  if (!p) throw new Error(`Unknown persona "${who}"; expected one of ${PERSONAS.map((x) => x.id).join(', ')}`);
  return personaClaims(p);
}

/** The block's result; the transaction commits when the block succeeds and rolls back when it throws. */
export async function as<T>(db: PGlite, who: Who, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  const claims = claimsFor(who);
  const role = String(claims.role ?? 'anon');
  if (!['anon', 'authenticated', 'service_role'].includes(role)) throw new Error(`Unexpected role ${role}`);
  return db.transaction(async (tx) => {
    await tx.exec(`set local role ${role}`);
    await tx.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)]);
    return fn(tx);
  });
}

/** Calls one `api` function with named arguments, as the transports do, and returns its value. */
export function rpc<T = unknown>(db: PGlite, who: Who, fn: string, args: Record<string, unknown> = {}): Promise<T> {
  return rpcWithHeaders<T>(db, who, null, fn, args);
}

/** As rpc, with the HTTP request's headers as PostgREST passes them on (request.headers). */
export async function rpcWithHeaders<T = unknown>(
  db: PGlite,
  who: Who,
  headers: Record<string, string> | null,
  fn: string,
  args: Record<string, unknown> = {},
): Promise<T> {
  if (!/^[a-z_]+$/.test(fn)) throw new Error(`Bad function name ${fn}`);
  const names = Object.keys(args);
  names.forEach((n) => {
    if (!/^[a-z_]+$/.test(n)) throw new Error(`Bad argument name ${n}`);
  });
  const call = `select api.${fn}(${names.map((n, i) => `${n} => $${i + 1}`).join(', ')}) as result`;
  const params = names.map((n) => {
    const v = args[n];
    return v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
  });
  return as(db, who, async (tx) => {
    if (headers !== null) await tx.query(`select set_config('request.headers', $1, true)`, [JSON.stringify(headers)]);
    return (await tx.query<{ result: T }>(call, params)).rows[0].result;
  });
}

/** As rpc, from a client at this X-Forwarded-For (null: no headers, as in local mode). */
export function rpcFrom<T = unknown>(db: PGlite, who: Who, address: string | null, fn: string, args: Record<string, unknown> = {}): Promise<T> {
  return rpcWithHeaders<T>(db, who, address === null ? null : { 'x-forwarded-for': address }, fn, args);
}
