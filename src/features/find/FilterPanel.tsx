// The filters as one form of native controls (checkboxes, radios, a select, a time), each group a
// fieldset with a legend, so it works with a keyboard, a screen reader and voice control alike.
// Every change applies at once and goes into the URL.
import { For, Show, createMemo, untrack } from 'solid-js';
import type { FilterState } from '../../domain/filters';
import { ACCESSIBILITY, AGE_GROUPS, ASSET_KINDS, type AccessibilityFeature, type AgeGroup, type AssetKind, type Category } from '../../domain/types';
import { makeTaxonomy } from '../../domain/taxonomy';
import { CategoryChecklist } from '../../ui/CategoryChecklist';
import { reachPreset } from '../../domain/reach';
import { OpenOnDateField } from './reach/OpenOnDateField';
import { accessLabel, ageLabel, kindPlural, weekdayName } from '../../domain/i18n';
import { t } from './i18n';

/** Monday first, as the week is read in Britain and Poland (0 is Sunday). */
const DAYS = [1, 2, 3, 4, 5, 6, 0] as const;

/** How many filters are set (the search words and location are not filters). */
export function activeFilterCount(f: FilterState): number {
  return (
    f.categories.length +
    f.kinds.length +
    (f.openNow ? 1 : 0) +
    (f.openOn ? 1 : 0) +
    (f.free ? 1 : 0) +
    f.ages.length +
    f.access.length +
    (f.near && reachPreset(f.reach) ? 1 : 0)
  );
}

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

export function FilterPanel(props: {
  filters: FilterState;
  categories: readonly Category[];
  counts: Record<string, number>;
  onChange: (patch: Partial<FilterState>) => void;
  onClear: () => void;
}) {
  const active = createMemo(() => activeFilterCount(props.filters));
  const when = () => (props.filters.openOn ? 'day' : props.filters.openNow ? 'now' : 'any');

  // Opened at first when a shared link carries filters; after that the resident decides.
  return (
    <details class="filters" open={untrack(active) > 0}>
      <summary>
        <span class="filters-title">{t('filters')}</span>
        <Show when={active() > 0}>
          <span class="filters-active">{t('filtersApplied', { count: active() })}</span>
        </Show>
      </summary>
      <form class="filters-form" aria-label={t('filters')} onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('category')}</legend>
          <p class="hint">{t('categoryHint')}</p>
          <CategoryChecklist
            taxonomy={makeTaxonomy(props.categories)}
            selected={props.filters.categories}
            counts={props.counts}
            onChange={(categories) => props.onChange({ categories })}
          />
        </fieldset>

        <fieldset>
          <legend>{t('kind')}</legend>
          <For each={ASSET_KINDS as readonly AssetKind[]}>
            {(k) => (
              <div class="checkbox">
                <input
                  type="checkbox"
                  id={`kind-${k}`}
                  checked={props.filters.kinds.includes(k)}
                  onChange={(e) => props.onChange({ kinds: toggle(props.filters.kinds, k, e.currentTarget.checked) })}
                />
                <label for={`kind-${k}`}>{kindPlural(k)}</label>
              </div>
            )}
          </For>
        </fieldset>

        <fieldset>
          <legend>{t('openingTimes')}</legend>
          <div class="radio">
            <input type="radio" name="when" id="when-any" checked={when() === 'any'} onChange={() => props.onChange({ openNow: false, openOn: null })} />
            <label for="when-any">{t('anyTime')}</label>
          </div>
          <div class="radio">
            <input type="radio" name="when" id="when-now" checked={when() === 'now'} onChange={() => props.onChange({ openNow: true, openOn: null })} />
            <label for="when-now">{t('openNow')}</label>
          </div>
          <div class="radio">
            <input
              type="radio"
              name="when"
              id="when-day"
              checked={when() === 'day'}
              onChange={() => props.onChange({ openNow: false, openOn: { weekday: new Date().getDay(), time: null } })}
            />
            <label for="when-day">{t('openOnDay')}</label>
          </div>
          <Show when={props.filters.openOn}>
            {(on) => (
              <div class="conditional">
                <div class="field">
                  <label for="open-day">{t('day')}</label>
                  <select
                    id="open-day"
                    value={String(on().weekday)}
                    onChange={(e) => props.onChange({ openOn: { ...on(), weekday: Number(e.currentTarget.value), date: null } })}
                  >
                    <For each={DAYS}>{(n) => <option value={String(n)}>{weekdayName(n)}</option>}</For>
                  </select>
                </div>
                <div class="field">
                  <label for="open-time">
                    {t('time')} <span class="hint">{t('optional')}</span>
                  </label>
                  <input
                    id="open-time"
                    type="time"
                    value={on().time ?? ''}
                    onChange={(e) => props.onChange({ openOn: { ...on(), time: e.currentTarget.value || null } })}
                  />
                </div>
                <OpenOnDateField on={on()} onChange={(openOn) => props.onChange({ openOn })} />
              </div>
            )}
          </Show>
        </fieldset>

        <fieldset>
          <legend>{t('cost')}</legend>
          <div class="checkbox">
            <input type="checkbox" id="free-only" checked={props.filters.free} onChange={(e) => props.onChange({ free: e.currentTarget.checked })} />
            <label for="free-only">{t('freeOnly')}</label>
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('ageGroup')}</legend>
          <For each={Object.entries(AGE_GROUPS) as [AgeGroup, { label: string }][]}>
            {([key]) => (
              <div class="checkbox">
                <input
                  type="checkbox"
                  id={`age-${key}`}
                  checked={props.filters.ages.includes(key)}
                  onChange={(e) => props.onChange({ ages: toggle(props.filters.ages, key, e.currentTarget.checked) })}
                />
                <label for={`age-${key}`}>{ageLabel(key)}</label>
              </div>
            )}
          </For>
        </fieldset>

        <fieldset>
          <legend>{t('accessibility')}</legend>
          <p class="hint">{t('accessibilityHint')}</p>
          <For each={Object.entries(ACCESSIBILITY) as [AccessibilityFeature, string][]}>
            {([key]) => (
              <div class="checkbox">
                <input
                  type="checkbox"
                  id={`acc-${key}`}
                  checked={props.filters.access.includes(key)}
                  onChange={(e) => props.onChange({ access: toggle(props.filters.access, key, e.currentTarget.checked) })}
                />
                <label for={`acc-${key}`}>{accessLabel(key)}</label>
              </div>
            )}
          </For>
        </fieldset>
        <button type="button" class="secondary" onClick={() => props.onClear()}>
          {t('clearFilters')}
        </button>
      </form>
    </details>
  );
}
