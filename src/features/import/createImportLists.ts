// The import page's lists beside the steps: earlier batches, saved mappings, the partners they
// name, and what became of a commit the page did not see finish.
import { batch, createMemo, createSignal } from 'solid-js';
import type { ImportBatch, SavedMapping } from '../../backend/api';
import { messageOf } from './createWizardCore';
import { commitOutcome, forgetCommit, pendingCommit, type CommitOutcome } from './interruptedCommit';
import type { WizardDeps } from './wizardTypes';
import { t } from './i18n';

export function createImportLists(api: WizardDeps['api']) {
  const [batches, setBatches] = createSignal<ImportBatch[]>([]);
  const [saved, setSaved] = createSignal<SavedMapping[]>([]);
  const [listError, setListError] = createSignal<string | null>(null);
  /** A commit started before the page was last closed or reloaded, and what became of it. */
  const [interrupted, setInterrupted] = createSignal<CommitOutcome | null>(null);

  /** Partners with a saved mapping or an earlier batch, for the partner choice. */
  const knownPartners = createMemo(() => {
    const names = new Map<string, string>();
    for (const s of saved()) names.set(s.partner.toLowerCase(), s.partner);
    for (const b of batches()) if (!names.has(b.partner.toLowerCase())) names.set(b.partner.toLowerCase(), b.partner);
    return [...names.values()].sort((a, b) => a.localeCompare(b));
  });

  async function refreshLists() {
    try {
      const [m, b] = await Promise.all([api.savedMappings(), api.importBatches()]);
      const pending = pendingCommit();
      batch(() => {
        setSaved(m);
        setBatches(b);
        setListError(null);
        if (pending) setInterrupted(commitOutcome(pending, b));
      });
      if (pending) forgetCommit();
    } catch (e) {
      setListError(t('listsFailed', { reason: messageOf(e) }));
    }
  }

  return {
    batches,
    saved,
    listError,
    interrupted,
    dismissInterrupted: () => setInterrupted(null),
    knownPartners,
    refreshLists,
  };
}

export type ImportLists = ReturnType<typeof createImportLists>;
