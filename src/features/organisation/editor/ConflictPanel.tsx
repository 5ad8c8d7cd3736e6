// A lost race, explained: someone saved this listing after you opened it. Nothing you typed is
// lost: you see what they changed (and what you changed), then choose to load their version
// (your text stays on the page to copy) or to save yours over theirs.
import { For, Show, onMount } from 'solid-js';
import { ChangesTable } from '../../../ui/ChangesTable';
import { fieldLabel, formatValue } from '../../../ui/formatChange';
import { SummaryRow } from '../../../ui/SummaryRow';
import { changedFormFields, type AssetForm } from './assetForm';
import { t } from './i18n';

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
      <h2>{t('conflictTitle')}</h2>
      <p>
        <strong>{t('conflictNotSaved')}</strong>
        {t('conflictStillInForm')}
      </p>
      <Show when={theirs().length > 0} fallback={<p>{t('conflictNoDetails')}</p>}>
        <ChangesTable
          caption={t('whatTheyChanged', { who: props.latestBy ?? 'they' })}
          captionClass=""
          rows={theirs()}
          fromLabel={t('whenOpened')}
          toLabel={t('now')}
          categoryLabel={props.categoryLabel}
        />
      </Show>
      <Show when={yours().length > 0}>
        <ChangesTable caption={t('whatYouChanged')} captionClass="" rows={yours()} fromLabel={t('whenOpened')} toLabel={t('yours')} categoryLabel={props.categoryLabel} />
      </Show>
      <Show when={both().length > 0}>
        <p>
          {t('bothChanged')}
          <strong>{both().map(fieldLabel).join(', ')}</strong>.
        </p>
      </Show>
      <div class="button-group">
        <button type="button" class="secondary" disabled={props.busy} onClick={() => props.onLoadTheirs()}>
          {t('loadTheirs')}
        </button>
        <button type="button" class="button-warning" disabled={props.busy} onClick={() => props.onOverwrite()}>
          {t('saveMine')}
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
    <Show when={theirs().length > 0} fallback={<p>{t('savedAgainNoChange')}</p>}>
      <p>
        <strong>{t('changedSinceThen')}</strong>
        {t('theirsKept')}
      </p>
      <ChangesTable caption={t('savedMeanwhile')} captionClass="" rows={theirs()} fromLabel={t('then')} toLabel={t('now')} categoryLabel={props.categoryLabel} />
      <Show when={both().length > 0}>
        <p>
          {t('bothChanged')}
          <strong>{both().map(fieldLabel).join(', ')}</strong>
          {t('formShowsYours')}
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
      <h2 id="kept-title">{t('keptTitle')}</h2>
      <p>{t('keptIntro')}</p>
      <Show when={fields().length > 0} fallback={<p>{t('keptMatches')}</p>}>
        <dl class="summary-list">
          <For each={fields()}>{(f) => <SummaryRow term={fieldLabel(f)}>{formatValue(f, props.kept[f], props.categoryLabel)}</SummaryRow>}</For>
        </dl>
      </Show>
      <button type="button" class="secondary" onClick={() => props.onDismiss()}>
        {t('copiedWhatINeed')}
      </button>
    </section>
  );
}
