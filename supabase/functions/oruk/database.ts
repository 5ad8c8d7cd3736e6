// The Edge Function's database: a direct Postgres connection (SUPABASE_DB_URL) with postgres.js.
// prepare: false, because on a hosted project that URL may go through the transaction pooler,
// which cannot keep prepared statements.

import postgres from 'postgres';
import { ANON_READ_ONLY, orukResult, orukStatement } from './anonCall.ts';
import type { OrukDb } from './handler.ts';

export function connect(url: string): OrukDb {
  const sql = postgres(url, { prepare: false, max: 3, idle_timeout: 20, connect_timeout: 10, onnotice: () => {} });
  return {
    async call(fn, arg) {
      const { text, params } = orukStatement(fn, arg);
      // deno-lint-ignore no-explicit-any
      return await sql.begin(async (tx: any) => {
        for (const statement of ANON_READ_ONLY) await tx.unsafe(statement);
        const [row] = await tx.unsafe(text, params);
        return orukResult(row?.body);
      });
    },
  };
}
