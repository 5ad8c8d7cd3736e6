// The Open Referral UK feed under `npm start`: the Edge Function's handler on an in-process
// PGlite loaded from the build's database snapshot, so a local feed answers exactly what a
// hosted one would for the same data. Every call runs as anon in a read-only transaction.
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_EXTENSIONS } from '../src/backend/local/extensions';
import { ANON_READ_ONLY, orukResult, orukStatement } from '../supabase/functions/oruk/anonCall.ts';
import { createOrukHandler, type OrukDb } from '../supabase/functions/oruk/handler.ts';
import type { WebHandler } from './serveWeb';

/** The ORUK calls on a PGlite database (one connection: PGlite runs the calls one at a time). */
export function pgliteOrukDb(db: PGlite): OrukDb {
  return {
    call: (fn, arg) =>
      db.transaction(async (tx) => {
        for (const statement of ANON_READ_ONLY) await tx.exec(statement);
        const { text, params } = orukStatement(fn, arg);
        const res = await tx.query<{ body: string | null }>(text, params);
        return orukResult(res.rows[0]?.body);
      }),
  };
}

/** The feed on a snapshot as scripts/build-static.ts writes it (dist/generated/db-snapshot.tar.gz). */
export async function openOrukFeed(snapshotFile: string): Promise<{ handler: WebHandler; close(): Promise<void> }> {
  const db = await PGlite.create({ loadDataDir: new Blob([readFileSync(snapshotFile)]), extensions: PGLITE_EXTENSIONS });
  return { handler: createOrukHandler(pgliteOrukDb(db)), close: () => db.close() };
}
