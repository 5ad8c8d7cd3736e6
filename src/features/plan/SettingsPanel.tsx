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
import { formatNumber } from '../../i18n';
import { t } from './i18n';

const KIND_LABELS: Record<AssetKind, () => string> = { place: () => t('kindPlaces'), group: () => t('kindGroups'), service: () => t('kindServices') };
const DISTANCE_HINTS: Record<number, () => string> = {
  400: () => t('distance400'),
  800: () => t('distance800'),
  1200: () => t('distance1200'),
  1600: () => t('distance1600'),
};
const LEVELS: { value: AreaLevel; label: () => string }[] = [
  { value: 'ward', label: () => t('levelWards') },
  { value: 'lsoa', label: () => t('levelLsoas') },
  { value: 'custom', label: () => t('levelCustom') },
];
const EMPHASIS: { value: Emphasis; label: () => string; hint: () => string }[] = [
  { value: 'none', label: () => t('emphasisNone'), hint: () => t('emphasisNoneHint') },
  { value: 'standard', label: () => t('emphasisStandard'), hint: () => t('emphasisStandardHint') },
  { value: 'strong', label: () => t('emphasisStrong'), hint: () => t('emphasisStrongHint') },
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
const listings = (v: number) => t('listings', { count: v });

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
      setOtherError(t('distanceError', { min: MIN_DISTANCE, max: MAX_DISTANCE }));
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
      <h2 id="plan-settings-title">{t('settingsTitle')}</h2>
      <fieldset>
        <legend>{t('whichListings')}</legend>
        <p class="hint">{t('whichListingsHint')}</p>
        <div class="field">
          <label for="layer-source">{t('partnerDataset')}</label>
          <select
            id="layer-source"
            value={s().source === null ? ANY : `src:${s().source}`}
            onChange={(e) => {
              const v = e.currentTarget.value;
              props.update({ source: v === ANY ? null : v.slice(4), batch: null });
            }}
          >
            <option value={ANY}>{t('everyDataset')}</option>
            <For each={sources()}>{(o) => <option value={`src:${o.value}`}>{`${sourceLabel(o.value)} (${listings(o.count)})`}</option>}</For>
          </select>
        </div>
        <Show when={batches().length > 0}>
          <div class="field">
            <label for="layer-batch">{t('importBatch')}</label>
            <select id="layer-batch" value={s().batch ?? ANY} onChange={(e) => props.update({ batch: e.currentTarget.value === ANY ? null : e.currentTarget.value })}>
              <option value={ANY}>{t('everyImport')}</option>
              <For each={batches()}>
                {(b) => <option value={b.id}>{t('batchOption', { source: sourceLabel(b.source ?? ''), id: b.id.slice(0, 8), listings: listings(b.count) })}</option>}
              </For>
            </select>
          </div>
        </Show>
        <div class="field">
          <label for="layer-checked">{t('lastChecked')}</label>
          <select
            id="layer-checked"
            value={s().checkedMonths === null ? ANY : String(s().checkedMonths)}
            onChange={(e) => props.update({ checkedMonths: e.currentTarget.value === ANY ? null : Number(e.currentTarget.value) })}
          >
            <option value={ANY}>{t('anyTime')}</option>
            <For each={checkedChoices()}>{(m) => <option value={String(m)}>{t('withinMonths', { months: m })}</option>}</For>
          </select>
        </div>
        <Show when={props.layers().sample > 0 || !s().includeSample}>
          <div class="checkbox">
            <input id="layer-no-sample" type="checkbox" checked={!s().includeSample} onChange={(e) => props.update({ includeSample: !e.currentTarget.checked })} />
            <label for="layer-no-sample">{t('leaveOutSample', { listings: listings(props.layers().sample) })}</label>
          </div>
        </Show>
      </fieldset>
      <fieldset>
        <legend>{t('categories')}</legend>
        <p class="hint" id="plan-asset-count">
          {t('assetsMatch', { count: props.assetCount() })}
        </p>
        <div class="checkbox">
          <input id="cat-all" type="checkbox" checked={allChosen()} onChange={(e) => props.update({ categories: e.currentTarget.checked ? null : [] })} />
          <label for="cat-all">{t('allCategories')}</label>
        </div>
        <p class="hint">{t('categoriesHint')}</p>
        <div class="plan-categories">
          <CategoryChecklist taxonomy={taxonomy()} selected={chosenCategories()} onChange={chooseCategories} />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('kindsOfAsset')}</legend>
        <For each={ASSET_KINDS}>
          {(k) => (
            <div class="checkbox">
              <input id={`kind-${k}`} type="checkbox" checked={kindChosen(k)} onChange={(e) => toggleKind(k, e.currentTarget.checked)} />
              <label for={`kind-${k}`}>{KIND_LABELS[k]()}</label>
            </div>
          )}
        </For>
      </fieldset>
      <fieldset>
        <legend>{t('catchmentDistance')}</legend>
        <p class="hint">{t('catchmentDistanceHint')}</p>
        <For each={DISTANCE_PRESETS}>
          {(d) => (
            <div class="radio">
              <input id={`distance-${d}`} type="radio" name="distance" value={d} checked={s().distance === d} onChange={() => props.update({ distance: d })} />
              <label for={`distance-${d}`}>
                {t('metresSpace', { metres: formatNumber(d) })}
                <span class="hint">({DISTANCE_HINTS[d]()})</span>
              </label>
            </div>
          )}
        </For>
        <div class="field other-distance" classList={{ 'has-error': !!otherError() }}>
          <label for="distance-other">{t('otherDistance')}</label>
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
        <legend>{t('hexagonSize')}</legend>
        <p class="hint">{t('hexagonSizeHint')}</p>
        <For each={CELL_SIZES}>
          {(c) => (
            <div class="radio">
              <input id={`cell-${c}`} type="radio" name="cell" value={c} checked={s().cell === c} onChange={() => props.update({ cell: c })} />
              <label for={`cell-${c}`}>{t('metres', { metres: String(c) })}</label>
            </div>
          )}
        </For>
      </fieldset>
      <fieldset>
        <legend>{t('summariseBy')}</legend>
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
              <label for={`level-${l.value}`}>{l.label()}</label>
            </div>
          )}
        </For>
      </fieldset>
      <fieldset>
        <legend>{t('deprivationEmphasis')}</legend>
        <p class="hint">{t('deprivationEmphasisHint')}</p>
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
                {e.label()} <span class="hint">({e.hint()})</span>
              </label>
            </div>
          )}
        </For>
      </fieldset>
      <div class="checkbox">
        <input id="show-catchments" type="checkbox" checked={s().catchments} onChange={(e) => props.update({ catchments: e.currentTarget.checked })} />
        <label for="show-catchments">{t('showCatchments')}</label>
      </div>
    </form>
  );
}
