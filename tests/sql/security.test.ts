// The security matrix (tests/security/) on PGlite: the same SQL the browser's local database runs.
import { afterAll, beforeAll } from 'vitest';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { securitySuite } from '../security/suite';
import type { Claims, SecurityEngine } from '../security/matrix';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});
afterAll(async () => db.close());

class Rollback extends Error {}

/** PGlite takes JSON parameters as text; postgres.js serialises objects itself. */
const asParams = (params: unknown[]) => params.map((p) => (p !== null && typeof p === 'object' && !Array.isArray(p) ? JSON.stringify(p) : p));

securitySuite((): SecurityEngine => ({
  owner: async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, asParams(params))).rows,
  as: async <T>(claims: Claims, sql: string, params: unknown[] = []) => {
    let rows: T[] = [];
    await db
      .transaction(async (tx: Transaction) => {
        await tx.exec(`set local role ${claims.role}`);
        await tx.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)]);
        rows = (await tx.query<T>(sql, asParams(params))).rows;
        throw new Rollback();
      })
      .catch((e: unknown) => {
        if (!(e instanceof Rollback)) throw e;
      });
    return rows;
  },
}));
