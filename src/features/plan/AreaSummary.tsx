// The per-area summary: a bar chart of % within reach (worst first) and a sortable table with a
// totals row. Sort buttons sit inside the headers and aria-sort says which column is sorted.
import { A } from '@solidjs/router';
import { For, Show, createMemo, createSignal, type Accessor } from 'solid-js';
import { wardPath } from '../../app/paths';
import type { CoverageTotals } from '../../geo/coverage';
import type { WardRow } from '../../geo/summariseWards';
import { formatNumber } from '../../i18n';
import { t } from './i18n';
import { firstDirection, sortWardRows, type SortDirection, type WardSortKey } from './sortWardRows';

/** "A, B and C", or "A, B, C and 7 more" past five names. */
function listNames(names: string[], total: number): string {
  const shown = names.slice(0, 5);
  const more = total - shown.length;
  if (more > 0) return t('listMore', { names: shown.join(', '), more });
  return shown.length > 1 ? t('listLast', { names: shown.slice(0, -1).join(', '), last: shown[shown.length - 1] }) : shown[0];
}

const num = (n: number | null, dp = 0) => (n === null ? '–' : formatNumber(n, { minimumFractionDigits: dp, maximumFractionDigits: dp }));

export interface AreaSummaryProps {
  rows: Accessor<WardRow[]>;
  totals: Accessor<CoverageTotals>;
  /** "Ward", "LSOA" or "Area", for headings. */
  areaWord: string;
  /** Names of the counted assets that lie outside every area. */
  outsideNames: Accessor<string[]>;
}

export function AreaSummary(props: AreaSummaryProps) {
  const [sort, setSort] = createSignal<{ key: WardSortKey; direction: SortDirection }>({ key: 'name', direction: 'ascending' });
  const sorted = createMemo(() => sortWardRows(props.rows(), sort().key, sort().direction));
  const chart = createMemo(() => sortWardRows(props.rows(), 'pctWithin', 'ascending'));
  const columns: { key: WardSortKey; label: () => string; numeric: boolean }[] = [
    { key: 'name', label: () => t('colName'), numeric: false },
    { key: 'population', label: () => t('colPopulation'), numeric: true },
    { key: 'pctWithin', label: () => t('colPctWithin'), numeric: true },
    { key: 'assets', label: () => t('colAssets'), numeric: true },
    { key: 'assetsPer1000', label: () => t('colAssetsPer1000'), numeric: true },
    { key: 'gapPopulation', label: () => t('colGapPopulation'), numeric: true },
    { key: 'gapPopulationMostDeprived', label: () => t('colGapMostDeprived'), numeric: true },
  ];
  const choose = (key: WardSortKey) =>
    setSort((s) => (s.key === key ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: firstDirection(key) }));
  const totals = () => props.totals();
  const totalPer1000 = () => (totals().population > 0 ? Math.round((100_000 * totals().assets) / totals().population) / 100 : null);

  return (
    <section class="plan-summary" aria-labelledby="plan-summary-title">
      <h2 id="plan-summary-title">{t('byArea', { area: props.areaWord.toLowerCase() })}</h2>
      <figure class="bar-chart">
        <figcaption id="plan-chart-title">{t('chartCaption', { area: props.areaWord.toLowerCase() })}</figcaption>
        <ol aria-labelledby="plan-chart-title" tabindex="0">
          <For each={chart()}>
            {(r) => (
              <li>
                <span class="bar-label">{r.name}</span>
                <span class="bar-track" aria-hidden="true">
                  <span class="bar" style={{ width: `${r.pctWithin ?? 0}%` }} />
                </span>
                <span class="bar-value">{r.pctWithin === null ? t('nobodyLivesHere') : `${num(r.pctWithin, 1)}%`}</span>
              </li>
            )}
          </For>
        </ol>
      </figure>
      <div class="table-scroll" role="region" aria-labelledby="plan-table-caption" tabindex="0">
        <table class="ward-table">
          <caption id="plan-table-caption">{t('tableCaption', { area: props.areaWord.toLowerCase() })}</caption>
          <thead>
            <tr>
              <For each={columns}>
                {(c) => (
                  <th scope="col" class={c.numeric ? 'num' : undefined} aria-sort={sort().key === c.key ? sort().direction : undefined}>
                    <button type="button" class="sort" onClick={() => choose(c.key)}>
                      {c.key === 'name' ? props.areaWord : c.label()}
                      <span class="sort-icon" aria-hidden="true">
                        {sort().key === c.key ? (sort().direction === 'ascending' ? '▲' : '▼') : '⇅'}
                      </span>
                    </button>
                  </th>
                )}
              </For>
            </tr>
          </thead>
          <tbody>
            <For each={sorted()}>
              {(r) => (
                <tr>
                  <th scope="row">{props.areaWord === 'Ward' ? <A href={wardPath(r.code)}>{r.name}</A> : r.name}</th>
                  <td class="num">{num(r.population)}</td>
                  <td class="num">{num(r.pctWithin, 1)}</td>
                  <td class="num">{num(r.assets)}</td>
                  <td class="num">{num(r.assetsPer1000, 2)}</td>
                  <td class="num">{num(r.gapPopulation)}</td>
                  <td class="num">{num(r.gapPopulationMostDeprived)}</td>
                </tr>
              )}
            </For>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('allAreas', { areas: props.areaWord === 'LSOA' ? 'LSOAs' : `${props.areaWord.toLowerCase()}s` })}</th>
              <td class="num">{num(totals().population)}</td>
              <td class="num" data-testid="total-pct">
                {num(totals().pctWithin, 1)}
              </td>
              <td class="num">{num(totals().assets)}</td>
              <td class="num">{num(totalPer1000(), 2)}</td>
              <td class="num">{num(totals().gapPopulation)}</td>
              <td class="num">{num(totals().gapPopulationMostDeprived)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <Show when={totals().assets > totals().assetsInWards}>
        <p class="notice" data-testid="assets-outside">
          {t('assetsOutside', {
            outside: num(totals().assets - totals().assetsInWards),
            total: num(totals().assets),
            area: props.areaWord.toLowerCase(),
            names: props.outsideNames().length > 0 ? `: ${listNames(props.outsideNames(), totals().assets - totals().assetsInWards)}` : '',
          })}
        </p>
      </Show>
    </section>
  );
}
