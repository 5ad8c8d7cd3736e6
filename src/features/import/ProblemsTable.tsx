// Every problem found, one cell per line: row, column, the value as it was in the file (shown
// as text, never as HTML), what is wrong and what happens to the row. Paginated and filterable
// so a large file's thousands of problems stay readable.
import { For, Show, createSignal } from 'solid-js';
import { pageOf } from './pageOf';
import { Pagination } from './Pagination';
import type { ProblemOutcome, ProblemRow } from './problemRows';
import { t } from './i18n';

type Filter = 'all' | ProblemOutcome;

const OUTCOME: Record<ProblemOutcome, () => string> = { not_imported: () => t('rowNotImported'), changed: () => t('importedWithChange') };

export function ProblemsTable(props: { problems: readonly ProblemRow[] }) {
  const [filter, setFilter] = createSignal<Filter>('not_imported');
  const [page, setPage] = createSignal(1);
  const shown = () => (filter() === 'all' ? props.problems : props.problems.filter((p) => p.outcome === filter()));
  const current = () => pageOf(shown(), page());
  const count = (f: Filter) => (f === 'all' ? props.problems.length : props.problems.filter((p) => p.outcome === f).length);
  const choose = (f: Filter) => {
    setFilter(f);
    setPage(1);
  };
  return (
    <section aria-labelledby="problems-heading">
      <h3 id="problems-heading">{t('problemsHeading', { count: props.problems.length })}</h3>
      <Show when={props.problems.length > 0} fallback={<p>{t('noProblems')}</p>}>
        <fieldset class="radios inline">
          <legend>{t('show')}</legend>
          <div class="radio">
            <input type="radio" id="problems-not-imported" name="problems-filter" checked={filter() === 'not_imported'} onChange={() => choose('not_imported')} />
            <label for="problems-not-imported">{t('whyNotImported', { count: count('not_imported') })}</label>
          </div>
          <div class="radio">
            <input type="radio" id="problems-changed" name="problems-filter" checked={filter() === 'changed'} onChange={() => choose('changed')} />
            <label for="problems-changed">{t('valuesChanged', { count: count('changed') })}</label>
          </div>
          <div class="radio">
            <input type="radio" id="problems-all" name="problems-filter" checked={filter() === 'all'} onChange={() => choose('all')} />
            <label for="problems-all">{t('all', { count: count('all') })}</label>
          </div>
        </fieldset>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="problems-caption">
          <table class="problems-table">
            <caption id="problems-caption">{t('problemsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colRow')}</th>
                <th scope="col">{t('colColumn')}</th>
                <th scope="col">{t('colValueInFile')}</th>
                <th scope="col">{t('colWhatIsWrong')}</th>
                <th scope="col">{t('colWhatHappens')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={current().items}>
                {(p) => (
                  <tr>
                    <td>{p.row}</td>
                    <td>{p.column}</td>
                    <td class="value">
                      <Show when={p.value !== ''} fallback={<span class="hint">{t('empty')}</span>}>
                        <code>{p.value}</code>
                      </Show>
                    </td>
                    <td>{p.message}</td>
                    <td>
                      <span class={`tag${p.outcome === 'not_imported' ? ' error' : ' warn'}`}>{OUTCOME[p.outcome]()}</span>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
        <Pagination page={current()} label={t('pagesOfProblems')} noun={t('problemsNoun')} onPage={setPage} />
      </Show>
    </section>
  );
}
