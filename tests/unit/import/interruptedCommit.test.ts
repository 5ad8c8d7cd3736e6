// The note a commit leaves in case the tab closes before it answers, and what the page makes of
// it when opened again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportBatch } from '../../../src/backend/api';
import { commitOutcome, forgetCommit, interruptedCommitText, pendingCommit, rememberCommit, type PendingCommit } from '../../../src/features/import/interruptedCommit';

// Node has no localStorage: a Map stands in for the browser's.
class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}
beforeEach(() => {
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

const pending: PendingCommit = { partner: 'Wigan Libraries', file_name: 'libraries.csv', rows: 99_799, started_at: '2026-12-02T14:00:00.000Z' };
function batch(over: Partial<ImportBatch> = {}): ImportBatch {
  return {
    id: 'b1',
    partner: 'Wigan Libraries',
    file_name: 'libraries.csv',
    created_at: '2026-12-02T14:00:01.000Z',
    created_by: null,
    org_id: null,
    inserted: 99_000,
    archived: 0,
    updated: 799,
    unchanged: 0,
    skipped: 0,
    rejected: 3,
    undone_at: null,
    report: [],
    ...over,
  };
}

describe('an interrupted commit', () => {
  it('is remembered until forgotten', () => {
    expect(pendingCommit()).toBeNull();
    rememberCommit(pending);
    expect(pendingCommit()).toEqual(pending);
    forgetCommit();
    expect(pendingCommit()).toBeNull();
  });

  it('ignores a note it cannot read', () => {
    localStorage.setItem('cg.import.pending-commit', '{"partner": "x"');
    expect(pendingCommit()).toBeNull();
    localStorage.setItem('cg.import.pending-commit', JSON.stringify({ ...pending, started_at: 'yesterday' }));
    expect(pendingCommit()).toBeNull();
  });

  it('goes ahead without a note when storage is blocked', () => {
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(() => rememberCommit(pending)).not.toThrow();
    expect(pendingCommit()).toBeNull();
  });

  it('was written when a batch of the same partner and file was made since it started', () => {
    const o = commitOutcome(pending, [batch({ id: 'old', created_at: '2026-11-01T10:00:00Z' }), batch()]);
    expect(o).toMatchObject({ kind: 'written', batch: { id: 'b1' } });
    expect(interruptedCommitText(o)).toBe(
      'The import of libraries.csv from Wigan Libraries finished before the page closed: 99,000 added and 799 updated. It is listed under Previous imports.',
    );
  });

  it('was not written when no such batch exists: an older one, or another file or partner, is not it', () => {
    const o = commitOutcome(pending, [batch({ created_at: '2026-12-01T09:00:00Z' }), batch({ file_name: 'other.csv' }), batch({ partner: 'Wigan GP Practices' })]);
    expect(o.kind).toBe('absent');
    expect(interruptedCommitText(o)).toBe(
      'The import of libraries.csv from Wigan Libraries did not finish before the page closed, so nothing from it was saved (99,799 assets). Start again with the same file.',
    );
  });
});
