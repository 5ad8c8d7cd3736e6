// The security matrix (tests/security/) on Postgres 15 in the shape of a hosted Supabase
// project: postgres not a superuser, the older ALL-privileges default on public, requests made
// as PostgREST makes them (authenticator switching role per transaction).
import { owner, asRole } from './pg';
import { securitySuite } from '../security/suite';
import type { SecurityEngine } from '../security/matrix';

type Row = Record<string, unknown>;

securitySuite((): SecurityEngine => ({
  owner: async <T = Row>(sql: string, params: unknown[] = []) => (await owner().unsafe(sql, params as never[])) as unknown as T[],
  as: async <T = Row>(claims: Parameters<SecurityEngine['as']>[0], sql: string, params: unknown[] = []) =>
    (await asRole(claims, (tx) => tx.unsafe(sql, params as never[]))) as unknown as T[],
}));
