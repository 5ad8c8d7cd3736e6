// The worst gaps, ranked by people out of reach weighted by deprivation, each named by its ward
// and the nearest town or neighbourhood, with "Zoom to". A gap never spans two wards, so beside
// each one stands how many people its ward has out of reach in all.
import { For, Show, type Accessor } from 'solid-js';
import { formatNumber } from '../../i18n';
import { gapName, type RankedGap } from './cellFeatures';
import { t } from './i18n';

const people = (n: number) => formatNumber(Math.round(n));
const metres = (d: number) => (Number.isFinite(d) ? t('metres', { metres: formatNumber(Math.round(d / 10) * 10) }) : t('noAssetAtAll'));

export interface GapListProps {
  gaps: Accessor<RankedGap[]>;
  selected: Accessor<number | null>;
  onZoom: (gap: RankedGap) => void;
  /** People out of reach in the gap's ward (or summary area), or null when it has none. */
  areaGap: (gap: RankedGap) => number | null;
}

export function GapList(props: GapListProps) {
  return (
    <section class="plan-gaps" aria-labelledby="plan-gaps-title">
      <h2 id="plan-gaps-title">{t('worstGaps')}</h2>
      <Show when={props.gaps().length > 0} fallback={<p>{t('noGaps')}</p>}>
        <ol class="gap-list">
          <For each={props.gaps()}>
            {(g) => (
              <li classList={{ selected: props.selected() === g.rank }}>
                <h3 id={`gap-${g.rank}`}>{t('gapTitle', { rank: g.rank, name: gapName(g) })}</h3>
                <p>
                  <strong>{people(g.population)}</strong>
                  {t('peopleOutOfReach')}
                  <Show when={g.populationMostDeprived >= 0.5}>{t('inMostDeprived', { people: people(g.populationMostDeprived) })}</Show>
                  {t('gapDetail', { decile: g.worstDecile === null ? t('unknown') : String(g.worstDecile), distance: metres(g.maxDistance) })}
                  <Show when={g.wardName && props.areaGap(g) !== null}>
                    {' '}
                    <span class="hint">{t('wardOutOfReach', { ward: g.wardName!, people: people(props.areaGap(g)!) })}</span>
                  </Show>
                </p>
                <button type="button" class="secondary" aria-describedby={`gap-${g.rank}`} onClick={() => props.onZoom(g)}>
                  {t('zoomToGap', { rank: g.rank })}
                </button>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
