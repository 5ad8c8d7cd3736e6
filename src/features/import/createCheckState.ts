// Step 3's state: every row read with the category map, placed and compared with the map's
// assets, and the moderator's decision for each possible duplicate.
import { batch, createMemo, createSignal } from 'solid-js';
import { messageOf, type WizardCore } from './createWizardCore';
import type { MappingState } from './createMappingState';
import type { SourceState } from './createSourceState';
import { localCandidates } from './candidateIndex';
import { missingFromFile, type MissingListing } from './missing';
import { planImport, resolveDecisions, type Decision, type ImportPlan } from './plan';
import type { ParseResult } from './runImport';
import { t } from './i18n';

export function createCheckState(core: WizardCore, file: SourceState, fields: MappingState) {
  const [plan, setPlan] = createSignal<ImportPlan | null>(null);
  /** The read the plan was made from (with the category map applied). */
  const [checked, setChecked] = createSignal<ParseResult | null>(null);
  const [decisions, setDecisions] = createSignal<ReadonlyMap<number, Decision>>(new Map());
  /** The partner's listings on the map that this file no longer has. */
  const [missing, setMissing] = createSignal<readonly MissingListing[]>([]);

  /** The possible duplicates nobody has decided about yet, in row order. */
  const undecided = createMemo((): number[] => {
    const p = plan();
    if (!p) return [];
    const out: number[] = [];
    for (const [row, o] of resolveDecisions(p, decisions())) if (o === null) out.push(row);
    return out;
  });

  /** The "decide first" message, so it can go once nothing is left to decide. */
  let undecidedError: string | null = null;
  function askToDecide(n: number) {
    undecidedError = t('decideFirst', { count: n });
    core.setError(undecidedError);
  }
  function clearUndecidedError() {
    if (undecidedError !== null && core.error() === undecidedError && undecided().length === 0) core.setError(null);
  }

  /** Read with the category map, place rows, ask the database about matches. */
  async function check(): Promise<boolean> {
    core.setError(null);
    const s = file.source();
    if (!s || fields.mappingProblems().length || fields.categoryProblems().length) return false;
    const result = await core.read(s, t('busyCheckingRows'), fields.readOptions(true));
    if (!result) return false;
    setChecked(result);
    core.setBusy({ label: t('busyPlacing'), fraction: null, detail: '', cancellable: false });
    try {
      const geocoder = await core.deps.geocoder();
      // Listings on the map are read once: matched here (candidateIndex.ts), and the partner's
      // own compared with the file's ids.
      const listings = core.deps.api.importListings(file.partner());
      const p = await planImport(result.rows, {
        geocoder,
        candidates: localCandidates(() => listings),
        onProgress: (pr) =>
          core.setBusy({
            label: pr.phase === 'geocoding' ? t('busyPlacing') : t('busyMatching'),
            fraction: pr.total ? pr.done / pr.total : null,
            detail: t('rowsDone', { done: pr.done, total: pr.total }),
            cancellable: false,
          }),
      });
      const gone = missingFromFile(
        await listings,
        result.rows.map((r) => r.asset.external_id),
      );
      batch(() => {
        setPlan(p);
        setMissing(gone);
        setDecisions(new Map());
        core.setStep('check');
      });
      return true;
    } catch (e) {
      core.setError(t('checkFailed', { reason: messageOf(e) }));
      return false;
    } finally {
      core.setBusy(null);
    }
  }

  function decide(row: number, d: Decision) {
    const next = new Map(decisions());
    next.set(row, d);
    setDecisions(next);
    clearUndecidedError();
  }

  /** One answer for every possible duplicate still undecided ("import them all as new"). */
  function decideUndecided(action: 'insert' | 'skip') {
    const next = new Map(decisions());
    for (const row of undecided()) next.set(row, { action });
    setDecisions(next);
    clearUndecidedError();
  }

  /** From the check to the go-ahead, once every possible duplicate has a decision. */
  function toImport(): boolean {
    const n = undecided().length;
    if (n) {
      askToDecide(n);
      return false;
    }
    core.setError(null);
    core.setStep('import');
    return true;
  }

  return {
    plan,
    checked,
    missing,
    decisions,
    undecided,
    check,
    decide,
    decideUndecided,
    toImport,
    askToDecide,
    reset() {
      setPlan(null);
      setChecked(null);
      setMissing([]);
      setDecisions(new Map());
    },
  };
}

export type CheckState = ReturnType<typeof createCheckState>;
