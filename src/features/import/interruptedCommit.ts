// A commit the page did not see finish. Closing or reloading the tab mid-commit leaves the batch
// fully written or not at all (one transaction); the page remembers the commit it started so that,
// opened again, it can say which. The note lives in localStorage until the page has told the
// moderator, and holds no row of the file.
import type { ImportBatch } from '../../backend/api';
import { t } from './i18n';

const KEY = 'cg.import.pending-commit';

export interface PendingCommit {
  partner: string;
  file_name: string;
  rows: number;
  /** When the commit was sent (ISO). */
  started_at: string;
}

export type CommitOutcome = { kind: 'written'; pending: PendingCommit; batch: ImportBatch } | { kind: 'absent'; pending: PendingCommit };

// The database's clock and the browser's may differ a little; a batch this much older than the
// commit started is not it.
const CLOCK_SKEW_MS = 5 * 60_000;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage blocked: the page just cannot say afterwards
  }
}

export function rememberCommit(p: PendingCommit): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(p));
  } catch {
    // storage full or blocked: the commit goes ahead without the note
  }
}

export function forgetCommit(): void {
  storage()?.removeItem(KEY);
}

export function pendingCommit(): PendingCommit | null {
  const raw = storage()?.getItem(KEY);
  if (!raw) return null;
  try {
    const p = JSON.parse(raw) as Partial<PendingCommit>;
    if (typeof p.partner !== 'string' || typeof p.file_name !== 'string' || typeof p.rows !== 'number' || typeof p.started_at !== 'string') return null;
    if (Number.isNaN(Date.parse(p.started_at))) return null;
    return p as PendingCommit;
  } catch {
    return null;
  }
}

/** Whether the interrupted commit is among the batches: same partner and file, made since it started. */
export function commitOutcome(p: PendingCommit, batches: readonly ImportBatch[]): CommitOutcome {
  const since = Date.parse(p.started_at) - CLOCK_SKEW_MS;
  const batch = batches.find((b) => b.partner === p.partner && b.file_name === p.file_name && Date.parse(b.created_at) >= since);
  return batch ? { kind: 'written', pending: p, batch } : { kind: 'absent', pending: p };
}

/** What the import page says of it. */
export function interruptedCommitText(o: CommitOutcome): string {
  const where = { file: o.pending.file_name, partner: o.pending.partner };
  return o.kind === 'written'
    ? t('interruptedWritten', { ...where, inserted: o.batch.inserted, updated: o.batch.updated })
    : t('interruptedAbsent', { ...where, rows: o.pending.rows });
}
