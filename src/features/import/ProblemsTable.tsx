// Every problem found, one cell per line: row, column, the value as it was in the file (shown
// as text, never as HTML), what is wrong and what happens to the row. Paginated and filterable
// so a large file's thousands of problems stay readable.
import { For, Show, createSignal } from 'solid-js';
import { pageOf } from './pageOf';
import { Pagination } from './Pagination';
import type { ProblemOutcome, ProblemRow } from './problemRows';

type Filter = 'all' | ProblemOutcome;

const OUTCOME: Record<ProblemOutcome, string> = { not_imported: 'Row not imported', changed: 'Imported with a change' };

export function ProblemsTable(props: { problems: readonly ProblemRow[] }) {
  const [filter, setFilter] = createSignal<Filter>('not_imported');
  const [page, setPage] = createSignal(1);
  const shown = () => (filter() === 'all' ? props.problems : props.problems.filter((p) => p.outcome === filter()));
  const current = () => pageOf(shown(), page());
  const count = (f: Filter) => (f === 'all' ? props.problems.length : props.problems.filter((p) => p.outcome === f).length).toLocaleString('en-GB');
  const choose = (f: Filter) => {
    setFilter(f);
    setPage(1);
  };
  return (
    <section aria-labelledby="problems-heading">
      <h3 id="problems-heading">Problems ({props.problems.length.toLocaleString('en-GB')})</h3>
      <Show when={props.problems.length > 0} fallback={<p>No problems were found in the rows.</p>}>
        <fieldset class="radios inline">
          <legend>Show</legend>
          <div class="radio">
            <input type="radio" id="problems-not-imported" name="problems-filter" checked={filter() === 'not_imported'} onChange={() => choose('not_imported')} />
            <label for="problems-not-imported">Why rows are not imported ({count('not_imported')})</label>
          </div>
          <div class="radio">
            <input type="radio" id="problems-changed" name="problems-filter" checked={filter() === 'changed'} onChange={() => choose('changed')} />
            <label for="problems-changed">Values changed or left out ({count('changed')})</label>
          </div>
          <div class="radio">
            <input type="radio" id="problems-all" name="problems-filter" checked={filter() === 'all'} onChange={() => choose('all')} />
            <label for="problems-all">All ({count('all')})</label>
          </div>
        </fieldset>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="problems-caption">
          <table class="problems-table">
            <caption id="problems-caption">Problems by row and column</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Value in the file</th>
                <th scope="col">What is wrong</th>
                <th scope="col">What happens</th>
              </tr>
            </thead>
            <tbody>
              <For each={current().items}>
                {(p) => (
                  <tr>
                    <td>{p.row}</td>
                    <td>{p.column}</td>
                    <td class="value">
                      <Show when={p.value !== ''} fallback={<span class="hint">(empty)</span>}>
                        <code>{p.value}</code>
                      </Show>
                    </td>
                    <td>{p.message}</td>
                    <td>
                      <span class={`tag${p.outcome === 'not_imported' ? ' error' : ' warn'}`}>{OUTCOME[p.outcome]}</span>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
        <Pagination page={current()} label="Pages of problems" noun="problems" onPage={setPage} />
      </Show>
    </section>
  );
}
