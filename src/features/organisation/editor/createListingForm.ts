// The listing editor's form state: the version it started from, what is typed (kept in this
// browser until saved, src/ui/formDraft.ts), and the checks that run before a save.
import { createMemo, createSignal, untrack } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { Asset, Uuid } from '../../../domain/types';
import { nameProblem, validateAssetInput } from '../../../domain/validation';
import { createFormDraft, likeTemplate } from '../../../ui/formDraft';
import { ASSET_FORM_FIELDS, emptyAssetForm, formFromAsset, inputFromForm, rebaseForm, type AssetForm, type AssetFormErrors } from './assetForm';

export function createListingForm(loaded: Asset | null, orgId: Uuid, person: () => Uuid | null | undefined) {
  const [base, setBase] = createSignal<Asset | null>(loaded);
  const loadedForm = loaded ? formFromAsset(loaded) : emptyAssetForm();
  // Archived and taken-down listings cannot be edited, so there is nothing to keep for them.
  const editable = !loaded || (loaded.status !== 'archived' && loaded.status !== 'taken_down');
  const draft = createFormDraft({
    form: 'listing',
    subject: loaded?.id ?? `new:${orgId}`,
    person: () => (editable ? person() : null),
    clean: loadedForm,
    version: loaded?.version ?? null,
    shape: (raw) => likeTemplate(emptyAssetForm(), raw),
  });
  const found = draft.found;
  // Saved again since the draft was taken: the draft's edits go on top of the newer version.
  const moved = found && loaded && found.version !== loaded.version ? found : null;
  const [form, setForm] = createStore<AssetForm>(found ? (moved ? rebaseForm(moved.base, moved.values, loadedForm) : found.values) : loadedForm);
  draft.watch(() => form);
  // Bumped when the form is replaced wholesale, so the hours editor re-reads its value.
  const [generation, setGeneration] = createSignal(0);
  const baseForm = createMemo(() => {
    const b = base();
    return b ? formFromAsset(b) : emptyAssetForm();
  });

  function replace(values: AssetForm) {
    setForm(reconcile(values));
    setGeneration((n) => n + 1);
  }

  /** The saved version is now `asset`: the draft is no longer needed. */
  function savedAs(asset: Asset) {
    setBase(asset);
    draft.saved(form, asset.version);
  }

  function clientErrors(): AssetFormErrors {
    const problems = validateAssetInput(inputFromForm(form, orgId)) as AssetFormErrors;
    const errs: AssetFormErrors = {};
    for (const f of ASSET_FORM_FIELDS) if (problems[f]) errs[f] = problems[f];
    if (!form.lat.trim() && !form.lng.trim()) {
      delete errs.lng;
      errs.lat = 'Place the listing on the map: look up its postcode, click the map, or type its latitude and longitude';
    }
    if (nameProblem(form.name) === 'empty') errs.name = 'Enter the name of the group, place or service';
    if (form.categories.length === 0) errs.categories = 'Choose at least one category';
    return errs;
  }

  return {
    form,
    setForm,
    base,
    baseForm,
    savedAs,
    replace,
    generation,
    clientErrors,
    /** Typed since it was last saved, and saved again by someone since: what changed, for the notice. */
    sinceDraft: moved ? { base: moved.base, latest: loadedForm, mine: moved.values } : null,
    draftNotice: draft.notice,
    discardDraft() {
      draft.discard();
      replace(untrack(baseForm));
    },
  };
}

export type ListingForm = ReturnType<typeof createListingForm>;
