// The analysis settings: which assets count (categories, kinds, and which layer: partner
// dataset, import batch, how recently checked, with or without the sample listings), how far is
// "within reach", the map's grid, the areas to summarise by and how much deprivation weighs.
// Every change goes to the URL (planSettings.ts), which the analysis follows, so the settings are
// shareable and the back button undoes them.
import { For, Show, createSignal, type Accessor } from 'solid-js';
import { ASSET_KINDS, type AssetKind, type Category } from '../../domain/types';
import { makeTaxonomy } from '../../domain/taxonomy';
import { CategoryChecklist } from '../../ui/CategoryChecklist';
import { sourceLabel, type LayerOptions } from './chooseAssets';
import { CELL_SIZES, CHECKED_PRESETS, DISTANCE_PRESETS, MAX_DISTANCE, MIN_DISTANCE, type AreaLevel, type Emphasis, type PlanSettings } from './planSettings';

const KIND_LABELS: Record<AssetKind, string> = { place: 'Places', group: 'Groups', service: 'Services' };
const DISTANCE_HINTS: Record<number, string> = {
  400: 'about 5 minutes on foot',
  800: 'about a 10-minute walk',
  1200: 'about 15 minutes on foot',
  1600: 'about 20 minutes on foot',
};
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
  layers: Accessor<LayerOptions>;
}

const ANY = 'any';
const n = (v: number) => v.toLocaleString('en-GB');
const listings = (v: number) => `${n(v)} ${v === 1 ? 'listing' : 'listings'}`;

export function SettingsPanel(props: SettingsPanelProps) {
  const s = () => props.settings();
  const taxonomy = () => makeTaxonomy(props.categories());
  const allChosen = () => s().categories === null;
  // null (every category) shows as each top-level category ticked; ticking them all again is null.
  const chosenCategories = () => s().categories ?? taxonomy().top.map((c) => c.slug);
  const chooseCategories = (next: string[]) => {
    const tops = taxonomy().top;
    const all = next.length === tops.length && tops.every((c) => next.includes(c.slug));
    props.update({ categories: all ? null : next });
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

  // A value from a shared link that no published listing has any more still shows as chosen.
  const sources = () => {
    const list = props.layers().sources;
    const chosen = s().source;
    return chosen !== null && !list.some((o) => o.value === chosen) ? [...list, { value: chosen, count: 0 }] : list;
  };
  const batches = () => {
    const list = props.layers().batches;
    const chosen = s().batch;
    return chosen !== null && !list.some((b) => b.id === chosen) ? [...list, { id: chosen, source: s().source, count: 0 }] : list;
  };
  const checkedChoices = () => {
    const m = s().checkedMonths;
    return m !== null && !(CHECKED_PRESETS as readonly number[]).includes(m) ? [...CHECKED_PRESETS, m].sort((a, b) => a - b) : [...CHECKED_PRESETS];
  };

  return (
    <form class="plan-settings" aria-labelledby="plan-settings-title" onSubmit={(e) => e.preventDefault()}>
      <h2 id="plan-settings-title">Analysis settings</h2>
      <fieldset>
        <legend>Which listings</legend>
        <p class="hint">Analyse one partner’s dataset or one import, only recently checked listings, or leave the sample listings out.</p>
        <div class="field">
          <label for="layer-source">Partner dataset</label>
          <select
            id="layer-source"
            value={s().source === null ? ANY : `src:${s().source}`}
            onChange={(e) => {
              const v = e.currentTarget.value;
              props.update({ source: v === ANY ? null : v.slice(4), batch: null });
            }}
          >
            <option value={ANY}>Every dataset</option>
            <For each={sources()}>{(o) => <option value={`src:${o.value}`}>{`${sourceLabel(o.value)} (${listings(o.count)})`}</option>}</For>
          </select>
        </div>
        <Show when={batches().length > 0}>
          <div class="field">
            <label for="layer-batch">Import batch</label>
            <select id="layer-batch" value={s().batch ?? ANY} onChange={(e) => props.update({ batch: e.currentTarget.value === ANY ? null : e.currentTarget.value })}>
              <option value={ANY}>Every import</option>
              <For each={batches()}>{(b) => <option value={b.id}>{`${sourceLabel(b.source ?? '')}: import ${b.id.slice(0, 8)} (${listings(b.count)})`}</option>}</For>
            </select>
          </div>
        </Show>
        <div class="field">
          <label for="layer-checked">Last checked</label>
          <select
            id="layer-checked"
            value={s().checkedMonths === null ? ANY : String(s().checkedMonths)}
            onChange={(e) => props.update({ checkedMonths: e.currentTarget.value === ANY ? null : Number(e.currentTarget.value) })}
          >
            <option value={ANY}>At any time, or never</option>
            <For each={checkedChoices()}>{(m) => <option value={String(m)}>{`Within the last ${m} months`}</option>}</For>
          </select>
        </div>
        <Show when={props.layers().sample > 0 || !s().includeSample}>
          <div class="checkbox">
            <input id="layer-no-sample" type="checkbox" checked={!s().includeSample} onChange={(e) => props.update({ includeSample: !e.currentTarget.checked })} />
            <label for="layer-no-sample">Leave out the sample listings ({listings(props.layers().sample)} made up for the demonstration)</label>
          </div>
        </Show>
      </fieldset>
      <fieldset>
        <legend>Categories</legend>
        <p class="hint" id="plan-asset-count">
          {props.assetCount().toLocaleString('en-GB')} published assets match.
        </p>
        <div class="checkbox">
          <input id="cat-all" type="checkbox" checked={allChosen()} onChange={(e) => props.update({ categories: e.currentTarget.checked ? null : [] })} />
          <label for="cat-all">All categories</label>
        </div>
        <p class="hint">A category counts all its types; open “Types” to analyse one, such as libraries or GP practices.</p>
        <div class="plan-categories">
          <CategoryChecklist taxonomy={taxonomy()} selected={chosenCategories()} onChange={chooseCategories} />
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
        <legend>Hexagon size on the map</legend>
        <p class="hint">Side of each cell. Smaller cells show more detail; the figures stay the same.</p>
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
              <input
                id={`level-${l.value}`}
                type="radio"
                name="level"
                value={l.value}
                checked={s().level === l.value}
                onChange={() => props.update({ level: l.value })}
              />
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
              <input
                id={`emph-${e.value}`}
                type="radio"
                name="emphasis"
                value={e.value}
                checked={s().emphasis === e.value}
                onChange={() => props.update({ emphasis: e.value })}
              />
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
