// The preview's numbers at a glance: what is new, what updates, what needs a decision, what
// will not be imported and why.
import { For } from 'solid-js';
import type { ImportPlan } from './plan';

export function ImportCounts(props: { counts: ImportPlan['counts'] }) {
  const items = () => [
    { key: 'new', n: props.counts.new, label: 'new', hint: 'not on the map yet' },
    { key: 'updated', n: props.counts.updated, label: 'updated', hint: 'same partner ID as an asset on the map' },
    {
      key: 'duplicates',
      n: props.counts.duplicates,
      label: 'possible duplicates',
      hint: props.counts.repeats
        ? `similar name close by, or a repeat of an earlier row (${props.counts.repeats.toLocaleString('en-GB')}): you decide`
        : 'similar name close by: you decide',
    },
    { key: 'invalid', n: props.counts.invalid, label: 'invalid', hint: 'not imported: see the problems' },
    { key: 'unplaceable', n: props.counts.unplaceable, label: 'cannot be placed', hint: 'postcode not found' },
  ];
  return (
    <ul class="import-counts" aria-label="What the check found">
      <For each={items()}>
        {(i) => (
          <li class={`count-${i.key}`} data-count={i.key}>
            <span class="count-number">{i.n.toLocaleString('en-GB')}</span> <span class="count-label">{i.label}</span>
            <span class="hint">{i.hint}</span>
          </li>
        )}
      </For>
    </ul>
  );
}
