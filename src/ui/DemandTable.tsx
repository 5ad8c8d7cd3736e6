// Searches that found little, as a table: what was searched for, in which ward, by how many
// different visits. The planner page and the ward page show it with their own words.
import { For, Show } from 'solid-js';
import type { SearchDemandRow } from '../domain/searchDemand';

export function DemandTable(props: {
  rows: readonly SearchDemandRow[];
  caption: string;
  /** Column names; `ward` omitted for a table about one ward. */
  columns: { ward?: string; term: string; visits: string };
  formatVisits: (n: number) => string;
}) {
  return (
    <div class="table-scroll" role="region" aria-label={props.caption} tabindex="0">
      <table class="demand-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <Show when={props.columns.ward}>
              <th scope="col">{props.columns.ward}</th>
            </Show>
            <th scope="col">{props.columns.term}</th>
            <th scope="col" class="numeric">
              {props.columns.visits}
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(r) => (
              <tr>
                <Show when={props.columns.ward}>
                  <td>{r.ward_name}</td>
                </Show>
                <td>{r.label}</td>
                <td class="numeric">{props.formatVisits(r.visits)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
