// The worst gaps, ranked by people out of reach weighted by deprivation, each with "Zoom to".
import { For, Show, type Accessor } from 'solid-js';
import type { RankedGap } from './cellFeatures';

const people = (n: number) => Math.round(n).toLocaleString('en-GB');
const metres = (d: number) => (Number.isFinite(d) ? `${(Math.round(d / 10) * 10).toLocaleString('en-GB')} m` : 'no asset at all');

export function GapList(props: { gaps: Accessor<RankedGap[]>; selected: Accessor<number | null>; onZoom: (gap: RankedGap) => void }) {
  return (
    <section class="plan-gaps" aria-labelledby="plan-gaps-title">
      <h2 id="plan-gaps-title">Worst gaps</h2>
      <Show when={props.gaps().length > 0} fallback={<p>No one lives beyond reach of the chosen assets.</p>}>
        <ol class="gap-list">
          <For each={props.gaps()}>
            {(g) => (
              <li classList={{ selected: props.selected() === g.rank }}>
                <h3 id={`gap-${g.rank}`}>
                  Gap {g.rank}
                  <Show when={g.wardName}>: {g.wardName}</Show>
                </h3>
                <p>
                  <strong>{people(g.population)}</strong> people out of reach
                  <Show when={g.populationMostDeprived >= 0.5}>, {people(g.populationMostDeprived)} in the most deprived 20%</Show>.
                  {' '}Most deprived decile: {g.worstDecile ?? 'unknown'}. Up to {metres(g.maxDistance)} from the nearest asset.
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
