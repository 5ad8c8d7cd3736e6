// The import wizard's state and steps, apart from how they look: read a file in the worker
// (createSourceState), match its columns and categories (createMappingState), check it against
// the database (createCheckState), commit it as one batch (createCommitState). Every async step
// reports progress and turns failure into a message a moderator can act on; nothing is written
// until commit(). This module only wires the steps together and starts and restarts a file.
import { batch } from 'solid-js';
import { createCheckState } from './createCheckState';
import { createCommitState } from './createCommitState';
import { createImportLists } from './createImportLists';
import { createMappingState } from './createMappingState';
import { createSourceState } from './createSourceState';
import { createWizardCore } from './createWizardCore';
import { createFeedReader } from './oruk/createFeedReader';
import { findSaved } from './savedMapping';
import type { ImportSource, WizardDeps } from './wizardTypes';
import { t } from './i18n';

export function createImportWizard(deps: WizardDeps) {
  const core = createWizardCore(deps);
  const lists = createImportLists(deps.api);
  const file = createSourceState(core);
  const fields = createMappingState(core, file, lists);
  const rows = createCheckState(core, file, fields);
  const outcome = createCommitState(core, file, rows, lists);
  const feed = createFeedReader(core, deps.fetch ? { fetch: deps.fetch } : {});

  /** Step 1: read the file with the partner's saved mapping (if any) and move to the mapping. */
  async function start(p: string, s: ImportSource): Promise<boolean> {
    const saved = findSaved(lists.saved(), p.trim());
    batch(() => {
      file.open(p.trim(), s);
      core.setError(null);
      lists.dismissInterrupted();
      fields.reset(saved);
      rows.reset();
      outcome.reset();
    });
    const result = await file.discover(t('busyReadingFile'), fields.readOptions(false), (r) => fields.adopt(r, saved));
    if (!result || file.fatalIssues().length) return false;
    core.setStep('mapping');
    return true;
  }

  /**
   * Step 1 from an ORUK feed: read every page, then the services as a file. The message says why
   * the feed could not be read (nothing of it is kept); null when it was read or cancelled.
   */
  async function startFeed(p: string, url: string): Promise<{ ok: boolean; message: string | null }> {
    core.setError(null);
    const read = await feed.read(url);
    if (read === null) return { ok: false, message: null };
    if ('message' in read) return { ok: false, message: read.message };
    return { ok: await start(p, { kind: 'oruk', services: read.services, name: url.trim() }), message: null };
  }

  /** Back to step 1 for another file, keeping the partner and the lists. */
  function restart() {
    batch(() => {
      core.setStep('source');
      file.clear();
      rows.reset();
      outcome.reset();
      core.setError(null);
      fields.clearSavedMessage();
    });
  }

  return {
    step: core.step,
    goTo: core.goTo,
    busy: core.busy,
    error: core.error,
    cancelRead: () => feed.cancel() || core.cancelRead(),
    partner: file.partner,
    source: file.source,
    discovery: file.discovery,
    fileIssues: file.fileIssues,
    fatalIssues: file.fatalIssues,
    otherIssues: file.otherIssues,
    mapping: fields.mapping,
    origins: fields.origins,
    categoryMap: fields.categoryMap,
    savedUsed: fields.savedUsed,
    savedMessage: fields.savedMessage,
    mappingProblems: fields.mappingProblems,
    unknownCategories: fields.unknownCategories,
    categoryProblems: fields.categoryProblems,
    setField: fields.setField,
    setCategory: fields.setCategory,
    saveMapping: fields.saveMapping,
    plan: rows.plan,
    checked: rows.checked,
    decisions: rows.decisions,
    missing: rows.missing,
    undecided: rows.undecided,
    check: rows.check,
    decide: rows.decide,
    decideUndecided: rows.decideUndecided,
    toImport: rows.toImport,
    strict: outcome.strict,
    setStrict: outcome.setStrict,
    archiveMissing: outcome.archiveMissing,
    setArchiveMissing: outcome.setArchiveMissing,
    committed: outcome.committed,
    commitPreview: outcome.commitPreview,
    commit: outcome.commit,
    undo: outcome.undo,
    batches: lists.batches,
    saved: lists.saved,
    listError: lists.listError,
    interrupted: lists.interrupted,
    dismissInterrupted: lists.dismissInterrupted,
    knownPartners: lists.knownPartners,
    refreshLists: lists.refreshLists,
    start,
    startFeed,
    restart,
  };
}

export type ImportWizard = ReturnType<typeof createImportWizard>;
