// One row of a summary list (<dl class="summary-list">): a term and its details, kept together in
// a <div> so the shared style (forms.css) can lay each row out on its own, side by side or stacked.
import type { JSX } from 'solid-js';

export function SummaryRow(props: { term: JSX.Element; children: JSX.Element }) {
  return (
    <div>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}
