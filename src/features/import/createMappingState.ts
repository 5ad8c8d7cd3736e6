// Step 2's state: which of our fields each column fills (and where that came from), what each
// unknown partner category means, and saving both for the partner's next file.
import { batch, createMemo, createSignal } from 'solid-js';
import type { SavedMapping } from '../../backend/api';
import { messageOf, type WizardCore } from './createWizardCore';
import type { ImportLists } from './createImportLists';
import type { SourceState } from './createSourceState';
import type { ImportField, Mapping } from './fields';
import { checkMapping, type MappingProblem } from './mapping';
import type { UnknownCategory } from './rows';
import type { ParseResult, RunOptions } from './runImport';
import { mappingFromSaved, mappingToSave } from './savedMapping';
import type { CategoryProblem, FieldOrigin } from './wizardTypes';
import { t } from './i18n';

export function createMappingState(core: WizardCore, file: SourceState, lists: ImportLists) {
  const [mapping, setMapping] = createSignal<Mapping>({});
  const [origins, setOrigins] = createSignal<Record<string, FieldOrigin>>({});
  const [categoryMap, setCategoryMap] = createSignal<Record<string, string>>({});
  const [savedUsed, setSavedUsed] = createSignal<SavedMapping | null>(null);
  const [savedMessage, setSavedMessage] = createSignal<string | null>(null);

  /** The columns mapped to Categories or Sub-category, to know when the file must be read again. */
  const categoryColumns = createMemo(() =>
    Object.entries(mapping())
      .filter(([, f]) => f === 'categories' || f === 'subcategory')
      .map(([c]) => c)
      .join('\u0000'),
  );
  /** The categoryColumns the file was last read with. */
  let categoryColumnsRead = '';

  const readOptions = (withCategoryMap: boolean): RunOptions => ({
    categories: core.deps.categories(),
    mapping: mapping(),
    ...(withCategoryMap ? { categoryMap: categoryMap() } : {}),
  });

  const mappingProblems = createMemo((): MappingProblem[] => (file.discovery() ? checkMapping(mapping()) : []));
  const unknownCategories = createMemo((): UnknownCategory[] => file.discovery()?.unknownCategories ?? []);
  /** Each partner category with no decision: one of ours, ignore it, or leave its rows out. */
  const categoryProblems = createMemo((): CategoryProblem[] =>
    unknownCategories()
      // An unknown category would turn its rows away at the check; an unknown type only loses the
      // type (the row keeps its category), so only categories must be decided here.
      .filter((u) => u.field === 'categories' && categoryMap()[u.value] === undefined)
      .map((u) => ({
        ...u,
        message: t('chooseCategory', { value: u.value, count: u.count }),
      })),
  );

  /** Change one column's field, reading the file again only when the categories column changed. */
  async function setField(column: string, field: ImportField | null) {
    batch(() => {
      setMapping({ ...mapping(), [column]: field });
      setOrigins({ ...origins(), [column]: 'you' });
      setSavedMessage(null);
    });
    if (categoryColumns() !== categoryColumnsRead) {
      const reading = categoryColumns();
      await file.discover(t('busyFindingCategories'), readOptions(false), () => (categoryColumnsRead = reading));
    }
  }

  function setCategory(partnerValue: string, slug: string | undefined) {
    const next = { ...categoryMap() };
    if (slug === undefined) delete next[partnerValue];
    else next[partnerValue] = slug;
    setCategoryMap(next);
    setSavedMessage(null);
  }

  async function saveMapping(): Promise<boolean> {
    try {
      const s = await core.deps.api.saveMapping(file.partner(), mappingToSave(mapping()), categoryMap());
      setSavedMessage(t('mappingSavedFor', { partner: s.partner }));
      core.deps.onWritten('mappings');
      await lists.refreshLists();
      return true;
    } catch (e) {
      core.setError(t('mappingNotSaved', { reason: messageOf(e) }));
      return false;
    }
  }

  return {
    mapping,
    origins,
    categoryMap,
    savedUsed,
    savedMessage,
    mappingProblems,
    unknownCategories,
    categoryProblems,
    readOptions,
    setField,
    setCategory,
    saveMapping,
    /** A new file: start from the partner's saved mapping, if there is one. */
    reset(saved: SavedMapping | undefined) {
      setSavedMessage(null);
      setSavedUsed(saved ?? null);
      setMapping(mappingFromSaved(saved) ?? {});
      setCategoryMap({ ...(saved?.category_map ?? {}) });
    },
    /** The file's first read: take its suggested mapping, saying where each field came from. */
    adopt(result: ParseResult, saved: SavedMapping | undefined) {
      const fromSaved = mappingFromSaved(saved) ?? {};
      const o: Record<string, FieldOrigin> = {};
      for (const c of result.suggestion.columns) o[c.column] = c.column in fromSaved ? 'saved' : c.confidence;
      setMapping(result.mapping);
      setOrigins(o);
      categoryColumnsRead = categoryColumns();
    },
    clearSavedMessage: () => setSavedMessage(null),
  };
}

export type MappingState = ReturnType<typeof createMappingState>;
