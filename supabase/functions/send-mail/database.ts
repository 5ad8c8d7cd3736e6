// The outbox over a direct Postgres connection (SUPABASE_DB_URL) with postgres.js. prepare:
// false, because on a hosted project that URL may go through the transaction pooler.

import postgres from 'postgres';
import type { Outgoing } from './message.ts';

export interface MailDb {
  /** Takes due messages for a lease (private.claim_outbox). */
  claim(batch: number): Promise<Outgoing[]>;
  delivered(id: string, providerId: string | null): Promise<void>;
  /** Back to the queue for a later try, or dead; returns which. */
  failed(id: string, error: string, permanent: boolean): Promise<'queued' | 'dead' | null>;
  close(): Promise<void>;
}

export function connect(url: string): MailDb {
  const sql = postgres(url, { prepare: false, max: 1, idle_timeout: 20, connect_timeout: 10, onnotice: () => {} });
  return {
    async claim(batch) {
      const rows = await sql`select id::text, to_email, subject, text_body, html_body, unsubscribe_url from private.claim_outbox(${batch})`;
      return rows.map((r) => ({ id: r.id, to: r.to_email, subject: r.subject, text: r.text_body, html: r.html_body, unsubscribeUrl: r.unsubscribe_url }));
    },
    async delivered(id, providerId) {
      await sql`select private.outbox_delivered(${id}::uuid, ${providerId})`;
    },
    async failed(id, error, permanent) {
      const [row] = await sql`select private.outbox_failed(${id}::uuid, ${error}, ${permanent}) as status`;
      return row.status;
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}
