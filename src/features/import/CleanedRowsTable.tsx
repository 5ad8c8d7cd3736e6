// The rows as they will be imported: cleaned values, where each is placed and what happens to
// it (new, update of the partner's earlier record, or a possible duplicate to decide).
import { For, Show, createSignal } from 'solid-js';
import type { Decision, PlannedRow } from './plan';
import { pageOf } from './pageOf';
import { Pagination } from './Pagination';
import { formatDate } from '../../i18n';
import { t } from './i18n';

/** "14 March 2025" from the partner's YYYY-MM-DD. */
function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return formatDate(new Date(y, m - 1, d), { day: 'numeric', month: 'long', year: 'numeric' });
}

function outcome(p: PlannedRow, d: Decision | undefined): string {
  if (d) {
    if (d.action === 'insert') return t('outcomeInsertChosen');
    if (d.action === 'update') return t('outcomeUpdateChosen');
    if (d.action === 'instead') return t('outcomeInsteadChosen', { row: p.repeats?.row });
    return t('outcomeSkipChosen');
  }
  if (p.repeats) return t('outcomeRepeats', { row: p.repeats.row });
  return p.status === 'new' ? t('outcomeNew') : p.status === 'update' ? t('outcomeUpdate') : t('outcomeDuplicate');
}

export function CleanedRowsTable(props: { rows: readonly PlannedRow[]; decisions: ReadonlyMap<number, Decision>; categoryLabel: (slug: string) => string }) {
  const [page, setPage] = createSignal(1);
  const current = () => pageOf(props.rows, page());
  return (
    <section aria-labelledby="cleaned-heading">
      <h3 id="cleaned-heading">{t('rowsToImport', { count: props.rows.length })}</h3>
      <Show when={props.rows.length > 0} fallback={<p>{t('noRowImportable')}</p>}>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="cleaned-caption">
          <table class="cleaned-table">
            <caption id="cleaned-caption">{t('cleanedCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colRow')}</th>
                <th scope="col">{t('colName')}</th>
                <th scope="col">{t('colCategories')}</th>
                <th scope="col">{t('colPlacedBy')}</th>
                <th scope="col">{t('colContact')}</th>
                <th scope="col">{t('colLastChecked')}</th>
                <th scope="col">{t('colWhatHappens')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={current().items}>
                {(p) => (
                  <tr>
                    <td>{p.row}</td>
                    <th scope="row">{p.asset.name}</th>
                    <td>{p.asset.categories.map(props.categoryLabel).join(', ')}</td>
                    <td>{p.placedBy === 'postcode' ? t('placedByPostcode', { postcode: p.asset.postcode }) : `${p.asset.lat.toFixed(5)}, ${p.asset.lng.toFixed(5)}`}</td>
                    <td>{[p.asset.phone, p.asset.email, p.asset.website].filter(Boolean).join(' · ')}</td>
                    <td>{p.asset.last_verified_at ? t('partnersDate', { day: formatDay(p.asset.last_verified_at) }) : t('notYetChecked')}</td>
                    <td>{outcome(p, props.decisions.get(p.row))}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
        <Pagination page={current()} label={t('pagesOfRows')} noun={t('rowsNoun')} onPage={setPage} />
      </Show>
    </section>
  );
}
