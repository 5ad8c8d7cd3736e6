// Step 4's state: what the import will write (lenient or strict), writing it as one batch, and
// taking a batch back.
import { batch, createEffect, createMemo, createSignal, on } from 'solid-js';
import type { ImportBatch } from '../../backend/api';
import { ApiError } from '../../backend/transport';
import type { CheckState } from './createCheckState';
import type { ImportLists } from './createImportLists';
import type { SourceState } from './createSourceState';
import { messageOf, type WizardCore } from './createWizardCore';
import { forgetCommit, rememberCommit } from './interruptedCommit';
import { buildCommit, valuesLost } from './plan';
import { t } from './i18n';

export function createCommitState(core: WizardCore, file: SourceState, rows: CheckState, lists: ImportLists) {
  /** Strict: rows that would go without one of the partner's values are held back to fix. */
  const [strict, setStrict] = createSignal(false);
  /** The partner's listings missing from the file: kept on the map (the default) or archived. */
  const [archiveMissing, setArchiveMissing] = createSignal(false);
  const [committed, setCommitted] = createSignal<ImportBatch | null>(null);

  // Built only on step 4: building every row again on each duplicate decided at the check would
  // be wasted on a large file.
  const built = createMemo(() => {
    const p = rows.plan();
    if (!p || (core.step() !== 'import' && core.step() !== 'done')) return null;
    const c = rows.checked();
    const {
      rows: out,
      report,
      undecided,
      heldBack,
    } = buildCommit(p, rows.decisions(), c ? { headers: c.headers, mapping: c.mapping } : undefined, {
      strict: strict(),
      archive: archiveMissing() ? rows.missing() : [],
    });
    const count = (a: string) => out.filter((r) => r.action === a).length;
    return {
      rows: out,
      report,
      undecided,
      heldBack: heldBack.length,
      /** Rows that would go without a value of the partner's, whichever way the moderator chooses. */
      losingValues: p.planned.filter((r) => valuesLost(r).length).length,
      inserts: count('insert'),
      updates: count('update'),
      skips: count('skip') - undecided.length,
      rejected: p.rejected.length,
      missing: rows.missing().length,
      archives: count('archive'),
    };
  });

  // The rows the commit would leave as they are (already as the file says), asked of the
  // database once the rows are final, by the rule the commit applies (api.preview_import).
  // Null while asking; 'failed' when the database could not say (the outcome will).
  const [unchangedRows, setUnchangedRows] = createSignal<ReadonlySet<number> | null | 'failed'>(null);
  let asked = 0;
  let asking: Promise<unknown> | null = null;
  createEffect(
    on(
      // Asked on step 4 only: once committed, the same rows would all be unchanged.
      () => (core.step() === 'import' ? built()?.rows : undefined),
      (out) => {
        if (!out) return;
        const ask = ++asked;
        setUnchangedRows(null);
        if (!out.some((r) => r.action === 'insert' || r.action === 'update')) {
          setUnchangedRows(new Set<number>());
          return;
        }
        asking = core.deps.api.previewImport(file.partner(), null, out).then(
          (p) => ask === asked && setUnchangedRows(new Set(p.unchanged)),
          () => ask === asked && setUnchangedRows('failed'),
        );
      },
    ),
  );

  /** What step 4 says will happen: the built rows, with those the commit would leave unchanged counted apart. */
  const commitPreview = createMemo(() => {
    const b = built();
    if (!b) return null;
    const known = unchangedRows();
    const same = known instanceof Set ? known : new Set<number>();
    const left = (a: string) => b.rows.filter((r) => r.action === a && r.row !== undefined && same.has(r.row)).length;
    return {
      ...b,
      /** Whether the database has said which rows are unchanged: 'asking', 'known' or 'failed'. */
      unchangedState: known === null ? ('asking' as const) : known === 'failed' ? ('failed' as const) : ('known' as const),
      unchangedRows: same,
      unchanged: left('insert') + left('update'),
      inserts: b.inserts - left('insert'),
      updates: b.updates - left('update'),
    };
  });

  /** One transaction. On failure nothing was written and the message says why. */
  async function commit(): Promise<boolean> {
    if (commitPreview()?.unchangedState === 'asking') await asking;
    const c = commitPreview();
    const s = file.source();
    if (!c || !s || c.unchangedState === 'asking') return false;
    if (c.undecided.length) {
      rows.askToDecide(c.undecided.length);
      return false;
    }
    core.setError(null);
    core.setBusy({ label: t('busyImporting'), fraction: null, detail: t('assetsInOneGo', { count: c.inserts + c.updates }), cancellable: false });
    // Should the tab close before the answer comes, the page opened again says what happened.
    rememberCommit({ partner: file.partner(), file_name: s.name, rows: c.inserts + c.updates, started_at: new Date().toISOString() });
    try {
      const b = await core.deps.api.commitImport(file.partner(), s.name, null, c.rows, c.report);
      forgetCommit();
      batch(() => {
        setCommitted(b);
        core.setStep('done');
      });
      core.deps.onWritten('imports');
      await lists.refreshLists();
      return true;
    } catch (e) {
      forgetCommit();
      // Supabase stops a signed-in request after a few seconds: trying the same file again fails again.
      const tooLong = e instanceof ApiError && e.code === '57014';
      core.setError(tooLong ? t('importTooSlow', { count: c.inserts + c.updates }) : t('nothingImported', { reason: messageOf(e) }));
      return false;
    } finally {
      core.setBusy(null);
    }
  }

  async function undo(batchId: string): Promise<string | null> {
    try {
      await core.deps.api.undoImport(batchId);
      core.deps.onWritten('imports');
      await lists.refreshLists();
      return null;
    } catch (e) {
      return t('undoFailed', { reason: messageOf(e) });
    }
  }

  return {
    strict,
    setStrict,
    archiveMissing,
    setArchiveMissing,
    committed,
    commitPreview,
    commit,
    undo,
    reset() {
      setStrict(false);
      setArchiveMissing(false);
      setCommitted(null);
      asked++;
      setUnchangedRows(null);
    },
  };
}

export type CommitState = ReturnType<typeof createCommitState>;
