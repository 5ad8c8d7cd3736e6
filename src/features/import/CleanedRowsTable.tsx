// The rows as they will be imported: cleaned values, where each is placed and what happens to
// it (new, update of the partner's earlier record, or a possible duplicate to decide).
import { For, Show, createSignal } from 'solid-js';
import type { Decision, PlannedRow } from './plan';
import { pageOf } from './pageOf';
import { Pagination } from './Pagination';

/** "14 March 2025" from the partner's YYYY-MM-DD. */
function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

function outcome(p: PlannedRow, d: Decision | undefined): string {
  if (d) {
    if (d.action === 'insert') return 'New (you chose)';
    if (d.action === 'update') return 'Updates an existing asset (you chose)';
    if (d.action === 'instead') return `Imported instead of row ${p.repeats?.row} (you chose)`;
    return 'Skipped (you chose)';
  }
  if (p.repeats) return `Repeats row ${p.repeats.row}: skipped unless you choose`;
  return p.status === 'new' ? 'New' : p.status === 'update' ? 'Updates the asset with the same partner ID' : 'Possible duplicate: waiting for your decision';
}

export function CleanedRowsTable(props: { rows: readonly PlannedRow[]; decisions: ReadonlyMap<number, Decision>; categoryLabel: (slug: string) => string }) {
  const [page, setPage] = createSignal(1);
  const current = () => pageOf(props.rows, page());
  return (
    <section aria-labelledby="cleaned-heading">
      <h3 id="cleaned-heading">Rows to import ({props.rows.length.toLocaleString('en-GB')})</h3>
      <Show when={props.rows.length > 0} fallback={<p>No row can be imported. Fix the problems above in the file, or change the mapping.</p>}>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="cleaned-caption">
          <table class="cleaned-table">
            <caption id="cleaned-caption">Cleaned rows, as they will be imported</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Name</th>
                <th scope="col">Categories</th>
                <th scope="col">Placed by</th>
                <th scope="col">Contact</th>
                <th scope="col">Last checked</th>
                <th scope="col">What happens</th>
              </tr>
            </thead>
            <tbody>
              <For each={current().items}>
                {(p) => (
                  <tr>
                    <td>{p.row}</td>
                    <th scope="row">{p.asset.name}</th>
                    <td>{p.asset.categories.map(props.categoryLabel).join(', ')}</td>
                    <td>{p.placedBy === 'postcode' ? `Postcode ${p.asset.postcode}` : `${p.asset.lat.toFixed(5)}, ${p.asset.lng.toFixed(5)}`}</td>
                    <td>{[p.asset.phone, p.asset.email, p.asset.website].filter(Boolean).join(' · ')}</td>
                    <td>{p.asset.last_verified_at ? `${formatDay(p.asset.last_verified_at)} (the partner’s date)` : 'Not yet: shown as imported, not confirmed'}</td>
                    <td>{outcome(p, props.decisions.get(p.row))}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
        <Pagination page={current()} label="Pages of rows to import" noun="rows" onPage={setPage} />
      </Show>
    </section>
  );
}
