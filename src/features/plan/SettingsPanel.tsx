// The analysis settings: which assets count, how far is "within reach", the grid, the areas to
// summarise by and how much deprivation weighs. Every change goes to the URL (planSettings.ts),
// which the analysis follows, so the settings are shareable and the back button undoes them.
import { For, Show, createSignal, type Accessor } from 'solid-js';
import { ASSET_KINDS, type AssetKind, type Category } from '../../domain/types';
import { CELL_SIZES, DISTANCE_PRESETS, MAX_DISTANCE, MIN_DISTANCE, type AreaLevel, type Emphasis, type PlanSettings } from './planSettings';

const KIND_LABELS: Record<AssetKind, string> = { place: 'Places', group: 'Groups', service: 'Services' };
const DISTANCE_HINTS: Record<number, string> = { 400: 'about 5 minutes on foot', 800: 'about a 10-minute walk', 1200: 'about 15 minutes on foot', 1600: 'about 20 minutes on foot' };
const LEVELS: { value: AreaLevel; label: string }[] = [
  { value: 'ward', label: 'Wards' },
  { value: 'lsoa', label: 'LSOAs (neighbourhoods of about 1,500 people)' },
  { value: 'custom', label: 'Custom areas (loaded by a planner)' },
];
const EMPHASIS: { value: Emphasis; label: string; hint: string }[] = [
  { value: 'none', label: 'None', hint: 'everyone counts the same' },
  { value: 'standard', label: 'Standard', hint: 'the most deprived tenth count ten times the least deprived' },
  { value: 'strong', label: 'Strong', hint: 'the most deprived tenth count a hundred times the least deprived' },
];

export interface SettingsPanelProps {
  settings: Accessor<PlanSettings>;
  update: (patch: Partial<PlanSettings>) => void;
  categories: Accessor<readonly Category[]>;
  customAvailable: Accessor<boolean>;
  assetCount: Accessor<number>;
}

export function SettingsPanel(props: SettingsPanelProps) {
  const s = () => props.settings();
  const chosen = (slug: string) => s().categories === null || s().categories!.includes(slug);
  const allChosen = () => s().categories === null;
  const toggleCategory = (slug: string, on: boolean) => {
    const all = props.categories().map((c) => c.slug);
    const current = s().categories ?? all;
    const next = on ? all.filter((c) => c === slug || current.includes(c)) : current.filter((c) => c !== slug);
    props.update({ categories: next.length === all.length ? null : next });
  };
  const kindChosen = (k: AssetKind) => s().kinds === null || s().kinds!.includes(k);
  const toggleKind = (k: AssetKind, on: boolean) => {
    const current = s().kinds ?? [...ASSET_KINDS];
    const next = ASSET_KINDS.filter((x) => (x === k ? on : current.includes(x)));
    props.update({ kinds: next.length === ASSET_KINDS.length ? null : next });
  };
  const [otherError, setOtherError] = createSignal<string | null>(null);
  const applyOther = (value: string) => {
    const d = Number(value);
    if (!Number.isInteger(d) || d < MIN_DISTANCE || d > MAX_DISTANCE) {
      setOtherError(`Enter a whole number of metres from ${MIN_DISTANCE} to ${MAX_DISTANCE.toLocaleString('en-GB')}.`);
      return;
    }
    setOtherError(null);
    props.update({ distance: d });
  };

  return (
    <form class="plan-settings" aria-labelledby="plan-settings-title" onSubmit={(e) => e.preventDefault()}>
      <h2 id="plan-settings-title">Analysis settings</h2>
      <fieldset>
        <legend>Categories</legend>
        <p class="hint">{props.assetCount().toLocaleString('en-GB')} published assets match.</p>
        <div class="checkbox">
          <input
            id="cat-all"
            type="checkbox"
            checked={allChosen()}
            onChange={(e) => props.update({ categories: e.currentTarget.checked ? null : [] })}
          />
          <label for="cat-all">All categories</label>
        </div>
        <div class="plan-categories">
          <For each={props.categories()}>
            {(c) => (
              <div class="checkbox">
                <input id={`cat-${c.slug}`} type="checkbox" checked={chosen(c.slug)} onChange={(e) => toggleCategory(c.slug, e.currentTarget.checked)} />
                <label for={`cat-${c.slug}`}>{c.label}</label>
              </div>
            )}
          </For>
        </div>
      </fieldset>
      <fieldset>
        <legend>Kinds of asset</legend>
        <For each={ASSET_KINDS}>
          {(k) => (
            <div class="checkbox">
              <input id={`kind-${k}`} type="checkbox" checked={kindChosen(k)} onChange={(e) => toggleKind(k, e.currentTarget.checked)} />
              <label for={`kind-${k}`}>{KIND_LABELS[k]}</label>
            </div>
          )}
        </For>
      </fieldset>
      <fieldset>
        <legend>Catchment distance</legend>
        <p class="hint">Straight-line distance from an asset that counts as within reach.</p>
        <For each={DISTANCE_PRESETS}>
          {(d) => (
            <div class="radio">
              <input id={`distance-${d}`} type="radio" name="distance" value={d} checked={s().distance === d} onChange={() => props.update({ distance: d })} />
              <label for={`distance-${d}`}>
                {d.toLocaleString('en-GB')} m <span class="hint">({DISTANCE_HINTS[d]})</span>
              </label>
            </div>
          )}
        </For>
        <div class="field other-distance" classList={{ 'has-error': !!otherError() }}>
          <label for="distance-other">Other distance in metres</label>
          <Show when={otherError()}>
            <p class="error-message" id="distance-other-error">
              {otherError()}
            </p>
          </Show>
          <input
            id="distance-other"
            type="number"
            inputmode="numeric"
            min={MIN_DISTANCE}
            max={MAX_DISTANCE}
            step="50"
            value={s().distance}
            aria-describedby={otherError() ? 'distance-other-error' : undefined}
            onChange={(e) => applyOther(e.currentTarget.value)}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>Hexagon size</legend>
        <p class="hint">Side of each cell. Smaller cells show more detail and take longer.</p>
        <For each={CELL_SIZES}>
          {(c) => (
            <div class="radio">
              <input id={`cell-${c}`} type="radio" name="cell" value={c} checked={s().cell === c} onChange={() => props.update({ cell: c })} />
              <label for={`cell-${c}`}>{c} m</label>
            </div>
          )}
        </For>
      </fieldset>
      <fieldset>
        <legend>Summarise by</legend>
        <For each={LEVELS.filter((l) => l.value !== 'custom' || props.customAvailable() || s().level === 'custom')}>
          {(l) => (
            <div class="radio">
              <input id={`level-${l.value}`} type="radio" name="level" value={l.value} checked={s().level === l.value} onChange={() => props.update({ level: l.value })} />
              <label for={`level-${l.value}`}>{l.label}</label>
            </div>
          )}
        </For>
      </fieldset>
      <fieldset>
        <legend>Deprivation emphasis</legend>
        <p class="hint">How much the deprivation of an area (IMD decile) weighs in gap shading and ranking.</p>
        <For each={EMPHASIS}>
          {(e) => (
            <div class="radio">
              <input id={`emph-${e.value}`} type="radio" name="emphasis" value={e.value} checked={s().emphasis === e.value} onChange={() => props.update({ emphasis: e.value })} />
              <label for={`emph-${e.value}`}>
                {e.label} <span class="hint">({e.hint})</span>
              </label>
            </div>
          )}
        </For>
      </fieldset>
      <div class="checkbox">
        <input id="show-catchments" type="checkbox" checked={s().catchments} onChange={(e) => props.update({ catchments: e.currentTarget.checked })} />
        <label for="show-catchments">Show catchments on the map (a circle around each asset, merged)</label>
      </div>
    </form>
  );
}
