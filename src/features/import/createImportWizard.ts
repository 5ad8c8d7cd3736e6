// The import wizard's state and steps, apart from how they look: read a file in the worker,
// match its columns and categories, check it against the database, commit it as one batch.
// Every async step reports progress and turns failure into a message a moderator can act on;
// nothing is written until commit(). Derived values are plain functions over signals (not
// memos) so the same code runs in Node tests, where Solid is not reactive.
import { batch as solidBatch, createSignal } from 'solid-js';
import type { Api, ImportBatch, SavedMapping } from '../../backend/api';
import { ApiError } from '../../backend/transport';
import type { Geocoder } from '../../domain/geocoder';
import type { ImportField, Mapping } from './fields';
import type { ImportClient } from './importClient';
import { ImportCancelled } from './importClient';
import { checkMapping, type MappingProblem } from './mapping';
import { buildCommit, planImport, resolveDecisions, valuesLost, type Decision, type ImportPlan } from './plan';
import type { CategoryOption, UnknownCategory } from './rows';
import type { FileIssue, ParseResult } from './runImport';
import { commitOutcome, forgetCommit, pendingCommit, rememberCommit, type CommitOutcome } from './interruptedCommit';
import { findSaved, mappingFromSaved, mappingToSave } from './savedMapping';

/** 'import' asks for the go-ahead; 'done' shows the result. Both are step 4 to the moderator. */
export type WizardStep = 'source' | 'mapping' | 'check' | 'import' | 'done';

export type ImportSource = { kind: 'file'; file: Blob; name: string } | { kind: 'text'; text: string; name: string };

/** Where a column's field came from, shown beside it so the moderator knows what to check. */
export type FieldOrigin = 'saved' | 'exact' | 'word' | 'none' | 'you';

export interface Busy {
  label: string;
  /** 0..1, or null when the step cannot say how far it is. */
  fraction: number | null;
  detail: string;
  cancellable: boolean;
}

export interface WizardDeps {
  api: Pick<Api, 'importCandidates' | 'commitImport' | 'undoImport' | 'importBatches' | 'savedMappings' | 'saveMapping'>;
  client: ImportClient;
  categories: () => readonly CategoryOption[];
  geocoder: () => Promise<Geocoder>;
  /** Called after every write with what it changed, so the views that show it read again. */
  onWritten: (change: 'imports' | 'mappings') => void;
}

// A quote left open is not fatal: it costs the rows it swallowed, and the report names them.
const FATAL: ReadonlySet<FileIssue['code']> = new Set(['empty', 'header_only']);

/** A partner category nobody has decided about yet: its rows would all be rejected at the check. */
export interface CategoryProblem extends UnknownCategory {
  message: string;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
const nf = new Intl.NumberFormat('en-GB');

export function createImportWizard(deps: WizardDeps) {
  const [step, setStep] = createSignal<WizardStep>('source');
  const [partner, setPartner] = createSignal('');
  const [source, setSource] = createSignal<ImportSource | null>(null);
  const [busy, setBusy] = createSignal<Busy | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  /** The latest read of the file without the category map: headers, preview, every unknown category. */
  const [discovery, setDiscovery] = createSignal<ParseResult | null>(null);
  const [mapping, setMapping] = createSignal<Mapping>({});
  const [origins, setOrigins] = createSignal<Record<string, FieldOrigin>>({});
  const [categoryMap, setCategoryMap] = createSignal<Record<string, string>>({});
  const [savedUsed, setSavedUsed] = createSignal<SavedMapping | null>(null);
  const [savedMessage, setSavedMessage] = createSignal<string | null>(null);
  const [plan, setPlan] = createSignal<ImportPlan | null>(null);
  /** The read the plan was made from (with the category map applied). */
  const [checked, setChecked] = createSignal<ParseResult | null>(null);
  const [decisions, setDecisions] = createSignal<ReadonlyMap<number, Decision>>(new Map());
  /** Strict: rows that would go without one of the partner's values are held back to fix. */
  const [strict, setStrict] = createSignal(false);
  const [committed, setCommitted] = createSignal<ImportBatch | null>(null);
  const [batches, setBatches] = createSignal<ImportBatch[]>([]);
  const [saved, setSaved] = createSignal<SavedMapping[]>([]);
  const [listError, setListError] = createSignal<string | null>(null);
  /** A commit started before the page was last closed or reloaded, and what became of it. */
  const [interrupted, setInterrupted] = createSignal<CommitOutcome | null>(null);

  const readOptions = (withCategoryMap: boolean) => ({
    categories: deps.categories(),
    mapping: mapping(),
    ...(withCategoryMap ? { categoryMap: categoryMap() } : {}),
  });

  async function read(label: string, withCategoryMap: boolean): Promise<ParseResult | null> {
    const s = source();
    if (!s) return null;
    setBusy({ label, fraction: 0, detail: '', cancellable: true });
    try {
      return await deps.client.run(s.kind === 'file' ? s.file : s.text, readOptions(withCategoryMap), (p) =>
        setBusy({
          label,
          fraction: p.totalBytes ? p.bytesRead / p.totalBytes : null,
          detail: `${nf.format(p.rows)} rows read`,
          cancellable: true,
        }),
      );
    } catch (e) {
      if (!(e instanceof ImportCancelled)) setError(messageOf(e));
      return null;
    } finally {
      setBusy(null);
    }
  }

  /** Partners with a saved mapping or an earlier batch, for the partner choice. */
  const knownPartners = () => {
    const names = new Map<string, string>();
    for (const s of saved()) names.set(s.partner.toLowerCase(), s.partner);
    for (const b of batches()) if (!names.has(b.partner.toLowerCase())) names.set(b.partner.toLowerCase(), b.partner);
    return [...names.values()].sort((a, b) => a.localeCompare(b));
  };

  async function refreshLists() {
    try {
      const [m, b] = await Promise.all([deps.api.savedMappings(), deps.api.importBatches()]);
      const pending = pendingCommit();
      solidBatch(() => {
        setSaved(m);
        setBatches(b);
        setListError(null);
        if (pending) setInterrupted(commitOutcome(pending, b));
      });
      if (pending) forgetCommit();
    } catch (e) {
      setListError(`Previous imports and saved mappings could not be loaded: ${messageOf(e)}`);
    }
  }

  /** Step 1: read the file with the partner's saved mapping (if any) and move to the mapping. */
  async function start(p: string, s: ImportSource): Promise<boolean> {
    const saved = findSaved(savedList(), p.trim());
    solidBatch(() => {
      setPartner(p.trim());
      setSource(s);
      setError(null);
      setInterrupted(null);
      setStrict(false);
      setDiscovery(null);
      setPlan(null);
      setChecked(null);
      setCommitted(null);
      setDecisions(new Map());
      setSavedMessage(null);
      setSavedUsed(saved ?? null);
      setMapping(mappingFromSaved(saved) ?? {});
      setCategoryMap({ ...(saved?.category_map ?? {}) });
    });
    const result = await read('Reading the file', false);
    if (!result) return false;
    const fromSaved = mappingFromSaved(saved) ?? {};
    const o: Record<string, FieldOrigin> = {};
    for (const c of result.suggestion.columns) o[c.column] = c.column in fromSaved ? 'saved' : c.confidence;
    solidBatch(() => {
      setDiscovery(result);
      setMapping(result.mapping);
      setOrigins(o);
    });
    categoryColumnsRead = categoryColumns();
    if (fatalIssues().length) return false;
    setStep('mapping');
    return true;
  }
  const savedList = () => saved();
  const fileIssues = () => discovery()?.fileIssues ?? [];
  const fatalIssues = () => fileIssues().filter((i) => FATAL.has(i.code));
  const otherIssues = () => fileIssues().filter((i) => !FATAL.has(i.code));
  const mappingProblems = (): MappingProblem[] => (discovery() ? checkMapping(mapping()) : []);
  /** The columns mapped to Categories or Sub-category when the file was last read, to know when to read again. */
  let categoryColumnsRead = '';
  const categoryColumns = () =>
    Object.entries(mapping())
      .filter(([, f]) => f === 'categories' || f === 'subcategory')
      .map(([c]) => c)
      .join('\u0000');

  /** Step 2: change one column's field. Reading again only when the categories column changed. */
  async function setField(column: string, field: ImportField | null) {
    solidBatch(() => {
      setMapping({ ...mapping(), [column]: field });
      setOrigins({ ...origins(), [column]: 'you' });
      setSavedMessage(null);
    });
    if (categoryColumns() !== categoryColumnsRead) {
      const result = await read('Finding the categories in the new column', false);
      if (result) {
        categoryColumnsRead = categoryColumns();
        setDiscovery(result);
      }
    }
  }

  function setCategory(partnerValue: string, slug: string | undefined) {
    const next = { ...categoryMap() };
    if (slug === undefined) delete next[partnerValue];
    else next[partnerValue] = slug;
    setCategoryMap(next);
    setSavedMessage(null);
  }

  const unknownCategories = (): UnknownCategory[] => discovery()?.unknownCategories ?? [];
  /** Each partner category with no decision: one of ours, ignore it, or leave its rows out. */
  const categoryProblems = (): CategoryProblem[] =>
    unknownCategories()
      // An unknown category would turn its rows away at the check; an unknown type only loses the
      // type (the row keeps its category), so only categories must be decided here.
      .filter((u) => u.field === 'categories' && categoryMap()[u.value] === undefined)
      .map((u) => ({
        ...u,
        message: `Choose what the category “${u.value}” (${nf.format(u.count)} row${u.count === 1 ? '' : 's'}) means: one of ours, ignore it, or leave those rows out.`,
      }));

  async function saveMapping(): Promise<boolean> {
    try {
      const s = await deps.api.saveMapping(partner(), mappingToSave(mapping()), categoryMap());
      setSavedMessage(`The mapping was saved for ${s.partner}. It will be used the next time you import a file from ${s.partner}.`);
      deps.onWritten('mappings');
      await refreshLists();
      return true;
    } catch (e) {
      setError(`The mapping could not be saved: ${messageOf(e)}`);
      return false;
    }
  }

  /** Step 3: read with the category map, place rows, ask the database about matches. */
  async function check(): Promise<boolean> {
    setError(null);
    if (mappingProblems().length || categoryProblems().length) return false;
    const result = await read('Checking every row', true);
    if (!result) return false;
    setChecked(result);
    setBusy({ label: 'Placing rows by postcode', fraction: null, detail: '', cancellable: false });
    try {
      const geocoder = await deps.geocoder();
      const p = await planImport(result.rows, {
        geocoder,
        candidates: (rows) => deps.api.importCandidates(partner(), rows),
        onProgress: (pr) =>
          setBusy({
            label: pr.phase === 'geocoding' ? 'Placing rows by postcode' : 'Looking for assets already on the map',
            fraction: pr.total ? pr.done / pr.total : null,
            detail: `${nf.format(pr.done)} of ${nf.format(pr.total)} rows`,
            cancellable: false,
          }),
      });
      solidBatch(() => {
        setPlan(p);
        setDecisions(new Map());
        setStep('check');
      });
      return true;
    } catch (e) {
      setError(`The rows could not be checked against the map: ${messageOf(e)}`);
      return false;
    } finally {
      setBusy(null);
    }
  }

  function decide(row: number, d: Decision) {
    const next = new Map(decisions());
    next.set(row, d);
    setDecisions(next);
    clearUndecidedError();
  }

  /** The possible duplicates nobody has decided about yet, in row order. */
  const undecided = (): number[] => {
    const p = plan();
    if (!p) return [];
    const out: number[] = [];
    for (const [row, o] of resolveDecisions(p, decisions())) if (o === null) out.push(row);
    return out;
  };

  /** One answer for every possible duplicate still undecided ("import them all as new"). */
  function decideUndecided(action: 'insert' | 'skip') {
    const next = new Map(decisions());
    for (const row of undecided()) next.set(row, { action });
    setDecisions(next);
    clearUndecidedError();
  }

  /** The "decide first" message goes once nothing is left to decide. */
  let undecidedError: string | null = null;
  function clearUndecidedError() {
    if (undecidedError !== null && error() === undecidedError && undecided().length === 0) setError(null);
  }

  const undecidedMessage = (n: number) =>
    (undecidedError = `Decide what to do with ${n === 1 ? 'the possible duplicate' : `the ${nf.format(n)} possible duplicates`} still undecided: nothing is skipped unless you choose to skip it.`);

  /** From the check to the go-ahead, once every possible duplicate has a decision. */
  function toImport(): boolean {
    const n = undecided().length;
    if (n) {
      setError(undecidedMessage(n));
      return false;
    }
    setError(null);
    setStep('import');
    return true;
  }

  const commitPreview = () => {
    const p = plan();
    if (!p) return null;
    const c = checked();
    const { rows, report, undecided, heldBack } = buildCommit(p, decisions(), c ? { headers: c.headers, mapping: c.mapping } : undefined, { strict: strict() });
    const count = (a: string) => rows.filter((r) => r.action === a).length;
    return {
      rows, report, undecided, heldBack: heldBack.length,
      /** Rows that would go without a value of the partner's, whichever way the moderator chooses. */
      losingValues: p.planned.filter((r) => valuesLost(r).length).length,
      inserts: count('insert'), updates: count('update'), skips: count('skip') - undecided.length, rejected: p.rejected.length,
    };
  };

  /** Step 4: one transaction. On failure nothing was written and the message says why. */
  async function commit(): Promise<boolean> {
    const c = commitPreview();
    const s = source();
    if (!c || !s) return false;
    if (c.undecided.length) {
      setError(undecidedMessage(c.undecided.length));
      return false;
    }
    setError(null);
    setBusy({ label: 'Importing', fraction: null, detail: `${nf.format(c.inserts + c.updates)} assets in one go`, cancellable: false });
    // Should the tab close before the answer comes, the page opened again says what happened.
    rememberCommit({ partner: partner(), file_name: s.name, rows: c.inserts + c.updates, started_at: new Date().toISOString() });
    try {
      const b = await deps.api.commitImport(partner(), s.name, null, c.rows, c.report);
      forgetCommit();
      solidBatch(() => {
        setCommitted(b);
        setStep('done');
      });
      deps.onWritten('imports');
      await refreshLists();
      return true;
    } catch (e) {
      forgetCommit();
      // Supabase stops a signed-in request after a few seconds: trying the same file again fails again.
      const tooLong = e instanceof ApiError && e.code === '57014';
      setError(
        tooLong
          ? `Nothing was imported: the database stops any one request that runs for more than a few seconds, and writing these ${nf.format(c.inserts + c.updates)} assets took longer. Import the file in parts of at most 10,000 rows.`
          : `Nothing was imported. ${messageOf(e)}`,
      );
      return false;
    } finally {
      setBusy(null);
    }
  }

  async function undo(batchId: string): Promise<string | null> {
    try {
      await deps.api.undoImport(batchId);
      deps.onWritten('imports');
      await refreshLists();
      return null;
    } catch (e) {
      return `The import could not be undone: ${messageOf(e)}`;
    }
  }

  function cancelRead() {
    deps.client.cancel();
  }

  function restart() {
    solidBatch(() => {
      setStep('source');
      setSource(null);
      setDiscovery(null);
      setPlan(null);
      setChecked(null);
      setCommitted(null);
      setError(null);
      setSavedMessage(null);
    });
  }

  return {
    step,
    goTo: (s: WizardStep) => {
      setError(null);
      setStep(s);
    },
    partner,
    source,
    busy,
    error,
    discovery,
    mapping,
    origins,
    categoryMap,
    savedUsed,
    savedMessage,
    plan,
    checked,
    decisions,
    strict,
    setStrict,
    committed,
    batches,
    saved,
    listError,
    interrupted,
    dismissInterrupted: () => setInterrupted(null),
    knownPartners,
    fileIssues,
    fatalIssues,
    otherIssues,
    mappingProblems,
    unknownCategories,
    categoryProblems,
    commitPreview,
    undecided,
    decideUndecided,
    toImport,
    refreshLists,
    start,
    setField,
    setCategory,
    saveMapping,
    check,
    decide,
    commit,
    undo,
    cancelRead,
    restart,
  };
}

export type ImportWizard = ReturnType<typeof createImportWizard>;
