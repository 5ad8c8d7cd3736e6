// The worst gaps, ranked by people out of reach weighted by deprivation, each named by its ward
// and the nearest town or neighbourhood, with "Zoom to". A gap never spans two wards, so beside
// each one stands how many people its ward has out of reach in all.
import { For, Show, type Accessor } from 'solid-js';
import { gapName, type RankedGap } from './cellFeatures';

const people = (n: number) => Math.round(n).toLocaleString('en-GB');
const metres = (d: number) => (Number.isFinite(d) ? `${(Math.round(d / 10) * 10).toLocaleString('en-GB')} m` : 'no asset at all');

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
      <h2 id="plan-gaps-title">Worst gaps</h2>
      <Show when={props.gaps().length > 0} fallback={<p>No one lives beyond reach of the chosen assets.</p>}>
        <ol class="gap-list">
          <For each={props.gaps()}>
            {(g) => (
              <li classList={{ selected: props.selected() === g.rank }}>
                <h3 id={`gap-${g.rank}`}>
                  Gap {g.rank}: {gapName(g)}
                </h3>
                <p>
                  <strong>{people(g.population)}</strong> people out of reach
                  <Show when={g.populationMostDeprived >= 0.5}>, {people(g.populationMostDeprived)} in the most deprived 20%</Show>. Most deprived decile:{' '}
                  {g.worstDecile ?? 'unknown'}. Up to {metres(g.maxDistance)} from the nearest asset.
                  <Show when={g.wardName && props.areaGap(g) !== null}>
                    {' '}
                    <span class="hint">
                      {g.wardName} has {people(props.areaGap(g)!)} people out of reach in all.
                    </span>
                  </Show>
                </p>
                <button type="button" class="secondary" aria-describedby={`gap-${g.rank}`} onClick={() => props.onZoom(g)}>
                  Zoom to gap {g.rank}
                </button>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
