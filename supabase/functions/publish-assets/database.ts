// The database side of a publish, over a direct Postgres connection (SUPABASE_DB_URL) with
// postgres.js. prepare: false, because on a hosted project that URL may go through the
// transaction pooler, which cannot keep prepared statements.

import postgres from 'postgres';
import type { Claim, ClaimOutcome } from './decide.ts';
import type { MapPointRow } from '../_shared/tiles/publishTiles.ts';

/** What a publish does inside its one transaction; the lock taken by claim() lasts until it ends. */
export interface PublishTx {
  claim(force: boolean): Promise<Claim>;
  /** api.published_assets() as a resident (anon) gets it, so the file never holds more than the API shows them. */
  readPublished(): Promise<string>;
  /** How many listings readPublished() would hold, to choose between the file and tiles. */
  countPublished(): Promise<number>;
  /** The same listings, only the fields the map draws (private.published_map_points), for tiles. */
  readMapPoints(): Promise<MapPointRow[]>;
  /** api.categories(): the taxonomy the tiles pointer carries. */
  readCategories(): Promise<unknown>;
  /** Marks the changes the claim saw as published; true when no other change landed meanwhile. */
  record(changeStamp: string, sha256: string): Promise<boolean>;
}

export interface PublishDb {
  inTransaction<T>(fn: (tx: PublishTx) => Promise<T>): Promise<T>;
  recordFailure(message: string): Promise<void>;
  close(): Promise<void>;
}

export function connect(url: string): PublishDb {
  const sql = postgres(url, { prepare: false, max: 1, idle_timeout: 20, connect_timeout: 10, onnotice: () => {} });
  return {
    async inTransaction<T>(fn: (tx: PublishTx) => Promise<T>): Promise<T> {
      // deno-lint-ignore no-explicit-any
      return (await sql.begin(async (tx: any) => {
        const api: PublishTx = {
          async claim(force) {
            const [row] = await tx`select outcome, change_stamp::text, published_sha256 from private.claim_publish(${force})`;
            return { outcome: row.outcome as ClaimOutcome, changeStamp: row.change_stamp, publishedSha256: row.published_sha256 };
          },
          async readPublished() {
            await tx`set local role anon`;
            await tx`select set_config('request.jwt.claims', '{"role":"anon"}', true)`;
            const [row] = await tx`select api.published_assets()::text as body`;
            await tx`set local role none`;
            await tx`select set_config('request.jwt.claims', '', true)`;
            return row.body as string;
          },
          async countPublished() {
            const [row] = await tx`select private.published_count()::int as n`;
            return row.n as number;
          },
          async readMapPoints() {
            return (await tx`select id::text, lng, lat, name, primary_category, kind, area from private.published_map_points()`) as MapPointRow[];
          },
          async readCategories() {
            const [row] = await tx`select api.categories()::text as body`;
            return JSON.parse(row.body as string);
          },
          async record(changeStamp, sha256) {
            const [row] = await tx`select private.record_publish(${changeStamp}::bigint[], ${sha256}) as current`;
            return row.current as boolean;
          },
        };
        return await fn(api);
      })) as T;
    },
    async recordFailure(message) {
      await sql`select private.record_publish_failure(${message})`;
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}
