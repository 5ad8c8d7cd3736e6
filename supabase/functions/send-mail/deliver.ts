// One run: take the due messages, hand each to the mail service, record each outcome at once (so
// a run that stops part-way has recorded what it sent).

import type { MailDb } from './database.ts';
import { MailError } from './mailError.ts';
import type { Outgoing } from './message.ts';

export interface Mailer {
  /** The service's id for the message, when it gives one. */
  send(m: Outgoing): Promise<string | null>;
  close(): Promise<void>;
}

export interface RunResult {
  claimed: number;
  sent: number;
  retrying: number;
  dead: number;
  errors: string[];
}

export async function deliver(db: MailDb, openMailer: () => Promise<Mailer>, batch: number): Promise<RunResult> {
  const result: RunResult = { claimed: 0, sent: 0, retrying: 0, dead: 0, errors: [] };
  const messages = await db.claim(batch);
  result.claimed = messages.length;
  if (messages.length === 0) return result;

  const record = async (m: Outgoing, e: unknown) => {
    const err = e instanceof MailError ? e : new MailError(String((e as Error)?.message ?? e), null, false);
    const status = await db.failed(m.id, err.message, err.permanent);
    if (status === 'dead') result.dead++;
    else if (status === 'queued') result.retrying++;
    if (!result.errors.includes(err.message)) result.errors.push(err.message);
  };

  let mailer: Mailer;
  try {
    mailer = await openMailer();
  } catch (e) {
    for (const m of messages) await record(m, e);
    return result;
  }
  try {
    for (const m of messages) {
      try {
        const providerId = await mailer.send(m);
        await db.delivered(m.id, providerId);
        result.sent++;
      } catch (e) {
        await record(m, e);
      }
    }
  } finally {
    await mailer.close().catch(() => {});
  }
  return result;
}
