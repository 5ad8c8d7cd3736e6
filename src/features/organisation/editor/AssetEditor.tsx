// The listing editor: every field of an asset, checked as the database checks it, saved as a
// draft or submitted for review. A save carries the version it started from; when someone else
// saved first, the ConflictPanel explains it and nothing typed is lost. What is typed is kept in
// this browser until it is saved (src/ui/formDraft.ts), so a reload or a closed tab loses nothing.
import { useNavigate } from '@solidjs/router';
import { For, Match, Show, Switch, createMemo, createSignal, untrack } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { ACCESSIBILITY, AGE_GROUPS, type AccessibilityFeature, type AgeGroup, type Asset, type AssetKind } from '../../../domain/types';
import { nameProblem, validateAssetInput } from '../../../domain/validation';
import { categoryTrail, listingHas, makeTaxonomy, toggleListingCategory } from '../../../domain/taxonomy';
import { written } from '../../../app/data/liveData';
import { useBackend } from '../../../app/BackendProvider';
import { usePublished } from '../../../app/PublishedProvider';
import { ErrorSummary, type SummaryError } from '../../../ui/ErrorSummary';
import { createFormDraft, likeTemplate } from '../../../ui/formDraft';
import { RestoredDraftNotice } from '../../../ui/RestoredDraftNotice';
import { Choice, Field, FieldSet } from '../../../ui/Field';
import { FlashBanner } from '../../../ui/FlashBanner';
import { placeServerError } from '../../../app/serverError';
import { stickyBottomBar } from '../../../ui/stickyBottomBar';
import type { OrgContext } from '../OrganisationFrame';
import { orgPaths } from '../../../app/paths';
import { StatusTag } from '../StatusTag';
import {
  ASSET_FORM_FIELDS,
  emptyAssetForm,
  formFromAsset,
  inputFromForm,
  rebaseForm,
  type AssetForm,
  type AssetFormField,
} from './assetForm';
import { ChangedSinceDraft, ConflictPanel, KeptText } from './ConflictPanel';
import { LocationPicker } from './LocationPicker';
import { OpeningHoursEditor, type HoursRowError } from './OpeningHoursEditor';

const KINDS: { value: AssetKind; label: string; hint: string }[] = [
  { value: 'place', label: 'Place', hint: 'A building or outdoor space people can visit, like a community centre or park' },
  { value: 'group', label: 'Group', hint: 'People who meet regularly, like a walking group or a parents’ coffee morning' },
  { value: 'service', label: 'Service', hint: 'Help or support people can ask for, like debt advice or a befriending service' },
];

export const assetFieldId = (f: AssetFormField) => `asset-${f}`;

type Errors = Partial<Record<AssetFormField, string>>;

export function AssetEditor(props: { ctx: OrgContext; asset: Asset | null }) {
  const { backend, session } = useBackend();
  const published = usePublished();
  const navigate = useNavigate();
  const loaded = untrack(() => props.asset);
  const [base, setBase] = createSignal<Asset | null>(loaded);
  const loadedForm = loaded ? formFromAsset(loaded) : emptyAssetForm();
  // Archived and taken-down listings cannot be edited, so there is nothing to keep for them.
  const editable = !loaded || (loaded.status !== 'archived' && loaded.status !== 'taken_down');
  const draft = createFormDraft({
    form: 'listing',
    subject: loaded?.id ?? `new:${untrack(() => props.ctx.orgId)}`,
    person: () => (editable ? session()?.user_id : null),
    clean: loadedForm,
    version: loaded?.version ?? null,
    shape: (raw) => likeTemplate(emptyAssetForm(), raw),
  });
  const found = draft.found;
  // Saved again since the draft was taken: the draft's edits go on top of the newer version.
  const moved = found && loaded && found.version !== loaded.version ? found : null;
  const [form, setForm] = createStore<AssetForm>(found ? (moved ? rebaseForm(moved.base, moved.values, loadedForm) : found.values) : loadedForm);
  draft.watch(() => form);
  const sinceDraft = moved ? { base: moved.base, latest: loadedForm, mine: moved.values } : null;
  const [errors, setErrors] = createSignal<Errors>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  const [hoursRowErrors, setHoursRowErrors] = createSignal<HoursRowError[]>([]);
  const [tried, setTried] = createSignal(false);
  const [attempt, setAttempt] = createSignal(0);
  const [busy, setBusy] = createSignal(false);
  const [saved, setSaved] = createSignal<string | null>(null);
  const [conflict, setConflict] = createSignal<{ latest: Asset; mine: AssetForm } | null>(null);
  const [kept, setKept] = createSignal<AssetForm | null>(null);
  // Fields reached with Tab scroll above the sticky action bar, never behind it.
  const stickToBottom = stickyBottomBar();
  // Bumped when the form is replaced wholesale, so the hours editor re-reads its value.
  const [formGeneration, setFormGeneration] = createSignal(0);

  const status = () => base()?.status ?? null;
  const archived = () => status() === 'archived';
  const takenDown = () => status() === 'taken_down';
  // Archived and taken-down listings cannot be edited: the database refuses, so the form says so.
  const locked = () => archived() || takenDown();
  const trusted = () => props.ctx.org().status === 'verified' && props.ctx.org().auto_publish;
  const baseForm = createMemo(() => {
    const b = base();
    return b ? formFromAsset(b) : emptyAssetForm();
  });
  const categoryLabel = (slug: string) => props.ctx.categoryLabel(slug);

  const summary = (): SummaryError[] => [
    ...ASSET_FORM_FIELDS.filter((f) => errors()[f]).map((f) => ({ href: assetFieldId(f), message: errors()[f]! })),
    ...(tried() ? hoursRowErrors() : []),
    ...(formError() ? [{ message: formError()! }] : []),
  ];

  function clientErrors(): Errors {
    const input = inputFromForm(form, props.ctx.orgId);
    const found = validateAssetInput(input) as Errors;
    const errs: Errors = {};
    for (const f of ASSET_FORM_FIELDS) if (found[f]) errs[f] = found[f];
    if (!form.lat.trim() && !form.lng.trim()) {
      delete errs.lng;
      errs.lat = 'Place the listing on the map: look up its postcode, click the map, or type its latitude and longitude';
    }
    if (nameProblem(form.name) === 'empty') errs.name = 'Enter the name of the group, place or service';
    if (form.categories.length === 0) errs.categories = 'Choose at least one category';
    return errs;
  }

  async function save(submit: boolean, overwriteFrom?: Asset) {
    setTried(true);
    setSaved(null);
    setFormError(null);
    const errs = clientErrors();
    setErrors(errs);
    if (Object.keys(errs).length || hoursRowErrors().length) return setAttempt((n) => n + 1);
    const from = overwriteFrom ?? base();
    setBusy(true);
    try {
      let result = await backend.api.saveAsset(inputFromForm(form, props.ctx.orgId, from?.id, from?.version));
      if (submit && (result.status === 'draft' || result.status === 'rejected')) result = await backend.api.submitAsset(result);
      setBase(result);
      draft.saved(form, result.version);
      setConflict(null);
      setErrors({});
      void written('listing');
      const message = savedMessage(result, submit);
      if (!from) navigate(orgPaths.asset(props.ctx.orgId, result.id), { state: { flash: message } });
      else setSaved(message);
    } catch (e) {
      const placed = placeServerError(e, ASSET_FORM_FIELDS);
      if (placed.code === '40001' && from) {
        try {
          const latest = await backend.api.asset(from.id);
          if (latest) setConflict({ latest, mine: JSON.parse(JSON.stringify(form)) as AssetForm });
          else setFormError('This listing no longer exists, or you can no longer edit it.');
        } catch (e2) {
          setFormError(`${placed.message}. The latest version could not be loaded: ${(e2 as Error).message}`);
        }
      } else if (placed.field) {
        setErrors({ [placed.field]: placed.message });
      } else {
        setFormError(placed.message);
      }
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  function savedMessage(a: Asset, submit: boolean): string {
    if (a.status === 'published' && a.pending_changes) return 'Changes sent for review. Residents see the published version until a moderator approves them.';
    if (a.status === 'published') return submit || trusted() ? 'Published. Residents can see it now.' : 'Saved.';
    if (a.status === 'pending') return submit ? 'Submitted for review. A council moderator will check it.' : 'Saved. It is still waiting for review.';
    return 'Saved as a draft. Only your organisation can see it.';
  }

  function loadTheirs() {
    const c = conflict();
    if (!c) return;
    setKept(c.mine);
    setBase(c.latest);
    setForm(reconcile(formFromAsset(c.latest)));
    draft.saved(form, c.latest.version);
    setFormGeneration((n) => n + 1);
    setConflict(null);
    setErrors({});
  }

  async function restore() {
    const b = base();
    if (!b) return;
    setBusy(true);
    try {
      const r = await backend.api.restoreAsset(b);
      setBase(r);
      draft.saved(form, r.version);
      setSaved(
        r.status === 'published'
          ? 'Restored. Residents can see it again.'
          : r.status === 'pending'
            ? 'Restored and sent for review. Residents see it again once a moderator approves it.'
            : 'Restored as a draft. Submit it for review to publish it again.',
      );
      void written('listing');
    } catch (e) {
      setFormError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  function discardDraft() {
    draft.discard();
    setForm(reconcile(baseForm()));
    setFormGeneration((n) => n + 1);
    setErrors({});
  }

  const taxonomy = createMemo(() => makeTaxonomy(published.categories()));
  // A type implies its category; the rules are domain/taxonomy.ts's.
  const setCategory = (slug: string, on: boolean) => setForm('categories', toggleListingCategory(taxonomy(), form.categories, slug, on));
  const toggle = <K extends 'age_groups' | 'accessibility'>(field: K, value: AssetForm[K][number], on: boolean) => {
    const list = form[field] as string[];
    setForm(field, (on ? (list.includes(value) ? list : [...list, value]) : list.filter((v) => v !== value)) as AssetForm[K]);
  };

  const submitLabel = () => {
    if (status() === 'published') return trusted() ? 'Publish changes' : 'Submit changes for review';
    if (status() === 'pending') return 'Save changes';
    return trusted() ? 'Publish' : 'Submit for review';
  };

  return (
    <>
      <h1>{base() ? base()!.name : 'Add a listing'}</h1>
      <Show when={base()}>
        {(b) => (
          <p>
            <StatusTag status={b().status} />
          </p>
        )}
      </Show>
      <FlashBanner message={saved()} />
      <StatusNote asset={base()} />
      <ErrorSummary errors={summary()} focusKey={attempt()} />
      <RestoredDraftNotice savedAt={draft.notice()?.savedAt ?? null} onDiscard={discardDraft}>
        <Show when={sinceDraft}>
          {(s) => <ChangedSinceDraft {...s()} categoryLabel={categoryLabel} />}
        </Show>
      </RestoredDraftNotice>
      <Show when={conflict()}>
        {(c) => (
          <ConflictPanel
            base={baseForm()}
            latest={formFromAsset(c().latest)}
            mine={c().mine}
            categoryLabel={categoryLabel}
            busy={busy()}
            onLoadTheirs={loadTheirs}
            onOverwrite={() => void save(false, c().latest)}
          />
        )}
      </Show>
      <Show when={kept()}>
        {(k) => <KeptText kept={k()} current={form} categoryLabel={categoryLabel} onDismiss={() => setKept(null)} />}
      </Show>
      <Show when={takenDown()}>
        <div class="banner warning" role="status">
          <p>A council moderator took this listing down: residents cannot see it, and it cannot be edited until a moderator reinstates it.</p>
          <Show when={base()?.review_note}>
            <p>
              <span>Their reason: </span>
              {base()?.review_note}
            </p>
          </Show>
        </div>
      </Show>
      <Show when={archived()}>
        <div class="banner warning">
          <p>This listing is archived: residents cannot see it. Restore it to edit it again.</p>
          <button type="button" disabled={busy()} onClick={() => void restore()}>
            Restore listing
          </button>
        </div>
      </Show>
      <form
        novalidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(true);
        }}
      >
        <fieldset disabled={locked()} class="plain">
          <legend class="visually-hidden">Listing details</legend>
          <FieldSet id={assetFieldId('kind')} legend="What kind of listing is it?" error={errors().kind}>
            <div class="choices">
              <For each={KINDS}>
                {(k) => (
                  <Choice
                    type="radio"
                    id={`asset-kind-${k.value}`}
                    name="kind"
                    value={k.value}
                    checked={form.kind === k.value}
                    onChange={() => setForm('kind', k.value)}
                    label={k.label}
                    hint={k.hint}
                  />
                )}
              </For>
            </div>
          </FieldSet>
          <Field id={assetFieldId('name')} label="Name" hint="As residents would know it" error={errors().name}>
            {(c) => (
              <input
                id={c.id}
                name="name"
                type="text"
                aria-describedby={c.describedBy}
                aria-invalid={c.invalid || undefined}
                value={form.name}
                onInput={(e) => setForm('name', e.currentTarget.value)}
              />
            )}
          </Field>
          <Field id={assetFieldId('description')} label="Description" hint="What happens, who it is for and what to expect on a first visit" error={errors().description}>
            {(c) => (
              <textarea
                id={c.id}
                name="description"
                rows={5}
                aria-describedby={c.describedBy}
                aria-invalid={c.invalid || undefined}
                value={form.description}
                onInput={(e) => setForm('description', e.currentTarget.value)}
              />
            )}
          </Field>
          <FieldSet
            id={assetFieldId('categories')}
            legend="Categories"
            hint="Tick all that apply. The first one you tick is the main category: it sets the colour on the map."
            error={errors().categories}
          >
            <Show when={form.categories.length > 0}>
              <p class="muted">Main category: {categoryTrail(taxonomy(), form.categories[0])}</p>
            </Show>
            <div class="choices">
              <For each={taxonomy().top} fallback={<p>Loading categories…</p>}>
                {(c) => (
                  <>
                    <Choice
                      type="checkbox"
                      id={`asset-categories-${c.slug}`}
                      name="categories"
                      value={c.slug}
                      checked={listingHas(taxonomy(), form.categories, c.slug)}
                      onChange={(on) => setCategory(c.slug, on)}
                      label={c.label}
                      hint={c.description}
                    />
                    {/* Types are revealed under a ticked category (the GOV.UK conditional pattern). */}
                    <Show when={taxonomy().childrenOf(c.slug).length > 0 && listingHas(taxonomy(), form.categories, c.slug)}>
                      <fieldset class="conditional subcategory-choices">
                        <legend class="hint">Type of {c.label} (optional)</legend>
                        <div class="choices inline">
                          <For each={taxonomy().childrenOf(c.slug)}>
                            {(k) => (
                              <Choice
                                type="checkbox"
                                id={`asset-categories-${k.slug}`}
                                name="categories"
                                value={k.slug}
                                checked={form.categories.includes(k.slug)}
                                onChange={(on) => setCategory(k.slug, on)}
                                label={k.label}
                              />
                            )}
                          </For>
                        </div>
                      </fieldset>
                    </Show>
                  </>
                )}
              </For>
            </div>
          </FieldSet>

          <h2 class="editor-section">Where</h2>
          <LocationPicker
            values={{ postcode: form.postcode, address: form.address, lat: form.lat, lng: form.lng }}
            set={(f, v) => setForm(f, v)}
            errors={{ postcode: errors().postcode, address: errors().address, lat: errors().lat, lng: errors().lng }}
            idFor={assetFieldId}
            disabled={locked()}
          />

          <h2 class="editor-section">When</h2>
          <Show when={formGeneration() + 1} keyed>
            <OpeningHoursEditor
              id={assetFieldId('opening_hours')}
              value={form.opening_hours}
              onChange={(v) => setForm('opening_hours', v)}
              error={errors().opening_hours}
              showRowErrors={tried()}
              onRowErrors={setHoursRowErrors}
            />
          </Show>

          <h2 class="editor-section">Who it is for</h2>
          <FieldSet id={assetFieldId('free')} legend="Cost" error={errors().free}>
            <Choice type="checkbox" id="asset-free-yes" name="free" value="yes" checked={form.free} onChange={(on) => setForm('free', on)} label="Free to use" />
          </FieldSet>
          <Field id={assetFieldId('cost')} label="Cost details (optional)" hint="For example “£2 a session, free for carers”" error={errors().cost}>
            {(c) => (
              <input
                id={c.id}
                name="cost"
                type="text"
                aria-describedby={c.describedBy}
                aria-invalid={c.invalid || undefined}
                value={form.cost}
                onInput={(e) => setForm('cost', e.currentTarget.value)}
              />
            )}
          </Field>
          <FieldSet id={assetFieldId('age_groups')} legend="Age groups" hint="Leave all unticked if it is for everyone" error={errors().age_groups}>
            <div class="choices">
              <For each={Object.entries(AGE_GROUPS) as [AgeGroup, { label: string }][]}>
                {([value, g]) => (
                  <Choice
                    type="checkbox"
                    id={`asset-age_groups-${value}`}
                    name="age_groups"
                    value={value}
                    checked={form.age_groups.includes(value)}
                    onChange={(on) => toggle('age_groups', value, on)}
                    label={g.label}
                  />
                )}
              </For>
            </div>
          </FieldSet>
          <FieldSet id={assetFieldId('accessibility')} legend="Accessibility" hint="Tick everything that is true" error={errors().accessibility}>
            <div class="choices">
              <For each={Object.entries(ACCESSIBILITY) as [AccessibilityFeature, string][]}>
                {([value, label]) => (
                  <Choice
                    type="checkbox"
                    id={`asset-accessibility-${value}`}
                    name="accessibility"
                    value={value}
                    checked={form.accessibility.includes(value)}
                    onChange={(on) => toggle('accessibility', value, on)}
                    label={label}
                  />
                )}
              </For>
            </div>
          </FieldSet>
          <Field id={assetFieldId('languages')} label="Languages spoken (optional)" hint="Separate them with commas, for example “English, Polish, Urdu”" error={errors().languages}>
            {(c) => (
              <input
                id={c.id}
                name="languages"
                type="text"
                aria-describedby={c.describedBy}
                aria-invalid={c.invalid || undefined}
                value={form.languages}
                onInput={(e) => setForm('languages', e.currentTarget.value)}
              />
            )}
          </Field>

          <h2 class="editor-section">Contact</h2>
          <Field id={assetFieldId('phone')} label="Phone (optional)" error={errors().phone}>
            {(c) => (
              <input
                id={c.id}
                name="phone"
                type="tel"
                autocomplete="off"
                class="short-medium"
                aria-describedby={c.describedBy}
                aria-invalid={c.invalid || undefined}
                value={form.phone}
                onInput={(e) => setForm('phone', e.currentTarget.value)}
              />
            )}
          </Field>
          <Field id={assetFieldId('email')} label="Email (optional)" error={errors().email}>
            {(c) => (
              <input
                id={c.id}
                name="email"
                type="email"
                autocomplete="off"
                spellcheck={false}
                aria-describedby={c.describedBy}
                aria-invalid={c.invalid || undefined}
                value={form.email}
                onInput={(e) => setForm('email', e.currentTarget.value)}
              />
            )}
          </Field>
          <Field id={assetFieldId('website')} label="Website (optional)" hint="Starting https://" error={errors().website}>
            {(c) => (
              <input
                id={c.id}
                name="website"
                type="url"
                autocomplete="off"
                spellcheck={false}
                aria-describedby={c.describedBy}
                aria-invalid={c.invalid || undefined}
                value={form.website}
                onInput={(e) => setForm('website', e.currentTarget.value)}
              />
            )}
          </Field>
        </fieldset>
        <Show when={!locked()}>
          <div class="button-group sticky-actions" ref={stickToBottom}>
            <button type="submit" disabled={busy()}>
              {submitLabel()}
            </button>
            <Show when={status() === null || status() === 'draft' || status() === 'rejected'}>
              <button type="button" class="secondary" disabled={busy()} onClick={() => void save(false)}>
                Save as draft
              </button>
            </Show>
          </div>
        </Show>
      </form>
    </>
  );
}

/** The listing's review state in words: what a moderator said, and what residents see meanwhile. */
function StatusNote(props: { asset: Asset | null }) {
  return (
    <Show when={props.asset}>
      {(a) => (
        <Switch>
          <Match when={a().status === 'rejected'}>
            <div class="banner danger">
              <h2>A moderator rejected this listing</h2>
              <p>
                <strong>Their reason:</strong> {a().review_note ?? 'No reason given.'}
              </p>
              <p>Change it and submit it again.</p>
            </div>
          </Match>
          <Match when={a().status === 'draft' && a().review_note}>
            <div class="banner warning">
              <h2>A moderator asked for changes</h2>
              <p>{a().review_note}</p>
            </div>
          </Match>
          <Match when={a().status === 'pending'}>
            <p class="banner">Waiting for a council moderator to review it. Residents cannot see it yet.</p>
          </Match>
          <Match when={a().status === 'published' && a().pending_changes && a().submitted_at}>
            <p class="banner">Your changes are waiting for review. Residents see the published version until a moderator approves them.</p>
          </Match>
          <Match when={a().status === 'published' && a().pending_changes && a().review_note}>
            <div class="banner warning">
              <h2>A moderator asked for changes to your edit</h2>
              <p>{a().review_note}</p>
            </div>
          </Match>
          <Match when={a().status === 'published' && a().review_note}>
            <div class="banner">
              <h2>Note from the moderator</h2>
              <p>{a().review_note}</p>
            </div>
          </Match>
        </Switch>
      )}
    </Show>
  );
}
