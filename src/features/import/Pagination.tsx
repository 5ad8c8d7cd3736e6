// Previous / next for a long table, with where you are in words ("Rows 26 to 50 of 1,204").
import { Show } from 'solid-js';
import type { Page } from './pageOf';

const nf = new Intl.NumberFormat('en-GB');

export function Pagination(props: { page: Page<unknown>; label: string; noun: string; onPage: (page: number) => void }) {
  return (
    <Show when={props.page.pages > 1}>
      <nav class="pagination" aria-label={props.label}>
        <button type="button" class="secondary" disabled={props.page.page <= 1} onClick={() => props.onPage(props.page.page - 1)}>
          Previous<span class="visually-hidden"> page of {props.noun}</span>
        </button>
        <p aria-live="polite">
          {props.noun[0].toUpperCase() + props.noun.slice(1)} {nf.format(props.page.from)} to {nf.format(props.page.to)} of {nf.format(props.page.total)} (page{' '}
          {props.page.page} of {props.page.pages})
        </p>
        <button type="button" class="secondary" disabled={props.page.page >= props.page.pages} onClick={() => props.onPage(props.page.page + 1)}>
          Next<span class="visually-hidden"> page of {props.noun}</span>
        </button>
      </nav>
    </Show>
  );
}
