// A lost race, explained: someone saved this listing after you opened it. Nothing you typed is
// lost: you see what they changed (and what you changed), then choose to load their version
// (your text stays on the page to copy) or to save yours over theirs.
import { For, Show, onMount } from 'solid-js';
import { ChangesTable } from '../../../ui/ChangesTable';
import { fieldLabel, formatValue } from '../../../ui/formatChange';
import { SummaryRow } from '../../../ui/SummaryRow';
import { changedFormFields, type AssetForm } from './assetForm';

export function ConflictPanel(props: {
  base: AssetForm;
  latest: AssetForm;
  mine: AssetForm;
  latestBy?: string | null;
  categoryLabel: (slug: string) => string;
  onLoadTheirs: () => void;
  onOverwrite: () => void;
  busy?: boolean;
}) {
  let box: HTMLDivElement | undefined;
  const theirs = () => changedFormFields(props.base, props.latest).map((f) => ({ field: f, from: props.base[f], to: props.latest[f] }));
  const yours = () => changedFormFields(props.base, props.mine).map((f) => ({ field: f, from: props.base[f], to: props.mine[f] }));
  const both = () => {
    const mine = new Set(yours().map((r) => r.field));
    return theirs()
      .filter((r) => mine.has(r.field))
      .map((r) => r.field);
  };
  // Keyboard and screen reader users land on the explanation, not somewhere below it.
  onMount(() => box?.focus());
  return (
    <div class="banner warning conflict" role="alert" tabindex="-1" ref={box}>
      <h2>Someone else changed this listing since you opened it</h2>
      <p>
        <strong>Your changes have not been saved.</strong> Everything you typed is still in the form below.
      </p>
      <Show when={theirs().length > 0} fallback={<p>They did not change any of the listing’s details (they may have marked it as checked).</p>}>
        <ChangesTable
          caption={`What ${props.latestBy ?? 'they'} changed`}
          captionClass=""
          rows={theirs()}
          fromLabel="When you opened it"
          toLabel="Now"
          categoryLabel={props.categoryLabel}
        />
      </Show>
      <Show when={yours().length > 0}>
        <ChangesTable caption="What you changed" captionClass="" rows={yours()} fromLabel="When you opened it" toLabel="Yours" categoryLabel={props.categoryLabel} />
      </Show>
      <Show when={both().length > 0}>
        <p>
          You both changed: <strong>{both().map(fieldLabel).join(', ')}</strong>.
        </p>
      </Show>
      <div class="button-group">
        <button type="button" class="secondary" disabled={props.busy} onClick={() => props.onLoadTheirs()}>
          Load their version (keep my text to copy)
        </button>
        <button type="button" class="button-warning" disabled={props.busy} onClick={() => props.onOverwrite()}>
          Save my version over theirs
        </button>
      </div>
    </div>
  );
}

/**
 * A restored draft (src/ui/formDraft.ts) whose listing someone saved again meanwhile: what they
 * changed, and which fields you both changed (the form shows yours, put on top of theirs).
 */
export function ChangedSinceDraft(props: { base: AssetForm; latest: AssetForm; mine: AssetForm; categoryLabel: (slug: string) => string }) {
  const theirs = () => changedFormFields(props.base, props.latest).map((f) => ({ field: f, from: props.base[f], to: props.latest[f] }));
  const both = () => {
    const mine = new Set(changedFormFields(props.base, props.mine));
    return theirs()
      .filter((r) => mine.has(r.field))
      .map((r) => r.field);
  };
  return (
    <Show when={theirs().length > 0} fallback={<p>The listing has been saved again since then, with none of its details changed: your changes apply as they were.</p>}>
      <p>
        <strong>This listing has changed since then.</strong> Their changes are kept, with yours on top.
      </p>
      <ChangesTable caption="What was saved meanwhile" captionClass="" rows={theirs()} fromLabel="Then" toLabel="Now" categoryLabel={props.categoryLabel} />
      <Show when={both().length > 0}>
        <p>
          You both changed: <strong>{both().map(fieldLabel).join(', ')}</strong>. The form shows yours: check it before you save, or discard your changes to see theirs.
        </p>
      </Show>
    </Show>
  );
}

/** After loading their version: what you had typed, field by field, to copy back in. */
export function KeptText(props: { kept: AssetForm; current: AssetForm; categoryLabel: (slug: string) => string; onDismiss: () => void }) {
  const fields = () => changedFormFields(props.current, props.kept);
  return (
    <section class="banner kept-text" aria-labelledby="kept-title">
      <h2 id="kept-title">Your version, to copy from</h2>
      <p>The form now shows the latest version. These are the values you had typed where they differ from it.</p>
      <Show when={fields().length > 0} fallback={<p>Your version matches the latest one.</p>}>
        <dl class="summary-list">
          <For each={fields()}>{(f) => <SummaryRow term={fieldLabel(f)}>{formatValue(f, props.kept[f], props.categoryLabel)}</SummaryRow>}</For>
        </dl>
      </Show>
      <button type="button" class="secondary" onClick={() => props.onDismiss()}>
        I have copied what I need
      </button>
    </section>
  );
}
