// The preview's numbers at a glance: what is new, what updates, what needs a decision, what
// will not be imported and why.
import { For } from 'solid-js';
import type { ImportPlan } from './plan';
import { formatNumber } from '../../i18n';
import { t } from './i18n';

export function ImportCounts(props: { counts: ImportPlan['counts'] }) {
  const items = () => [
    { key: 'new', n: props.counts.new, label: t('countNew'), hint: t('countNewHint') },
    { key: 'updated', n: props.counts.updated, label: t('countUpdated'), hint: t('countUpdatedHint') },
    {
      key: 'duplicates',
      n: props.counts.duplicates,
      label: t('countDuplicates'),
      hint: props.counts.repeats ? t('countDuplicatesRepeatsHint', { repeats: props.counts.repeats }) : t('countDuplicatesHint'),
    },
    { key: 'invalid', n: props.counts.invalid, label: t('countInvalid'), hint: t('countInvalidHint') },
    { key: 'unplaceable', n: props.counts.unplaceable, label: t('countUnplaceable'), hint: t('countUnplaceableHint') },
  ];
  return (
    <ul class="import-counts" aria-label={t('whatCheckFound')}>
      <For each={items()}>
        {(i) => (
          <li class={`count-${i.key}`} data-count={i.key}>
            <span class="count-number">{formatNumber(i.n)}</span> <span class="count-label">{i.label}</span>
            <span class="hint">{i.hint}</span>
          </li>
        )}
      </For>
    </ul>
  );
}
