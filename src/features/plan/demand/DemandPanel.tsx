// Beside the coverage gaps: a toggle for the layer of searches that found little, and the same
// figures as a table by ward (what the map shades, anyone can read without it).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { Match, Show, Switch, createEffect, createResource, createSignal, type Accessor } from 'solid-js';
import type { Api } from '../../../backend/api';
import type { AreaCollection } from '../../../domain/types';
import { formatNumber } from '../../../i18n';
import { DemandTable } from '../../../ui/DemandTable';
import { demandFeatures, showDemand } from './demandLayer';
import { t } from './i18n';

export function DemandPanel(props: { api: Api; wards: Accessor<AreaCollection | null>; map: Accessor<MapLibreMap | undefined> }) {
  const [on, setOn] = createSignal(false);
  // eslint-disable-next-line solid/reactivity -- the fetcher runs when the toggle turns on
  const [rows, { refetch }] = createResource(on, () => props.api.searchDemand(28));
  createEffect(() => {
    const map = props.map();
    const wards = props.wards();
    const r = on() && !rows.error ? rows() : undefined;
    if (!map) return;
    showDemand(map, r && wards ? demandFeatures(wards, r) : null);
  });
  const count = (n: number) => t('visitCount', { count: n, formatted: formatNumber(n) });
  return (
    <section class="plan-demand" aria-labelledby="plan-demand-title">
      <h2 id="plan-demand-title">{t('title')}</h2>
      <div class="checkbox">
        <input
          id="plan-demand-toggle"
          type="checkbox"
          checked={on()}
          aria-describedby="plan-demand-hint"
          onChange={(e) => {
            setOn(e.currentTarget.checked);
            if (e.currentTarget.checked && rows.error) void refetch();
          }}
        />
        <label for="plan-demand-toggle">{t('toggle')}</label>
      </div>
      <p class="hint" id="plan-demand-hint">
        {t('toggleHint')}
      </p>
      <Show when={on()}>
        <Switch>
          <Match when={rows.error}>
            <p class="error-message" role="alert">
              {t('loadFailed')}
            </p>
          </Match>
          <Match when={rows.loading}>
            <p class="loading">{t('loading')}</p>
          </Match>
          <Match when={rows()?.length === 0}>
            <p>{t('none')}</p>
          </Match>
          <Match when={rows()}>
            {(r) => (
              <>
                <p class="plan-demand-key">
                  <span class="swatch demand" aria-hidden="true" /> {t('legend')}
                </p>
                <DemandTable rows={r()} caption={t('caption')} columns={{ ward: t('ward'), term: t('term'), visits: t('visits') }} formatVisits={count} />
              </>
            )}
          </Match>
        </Switch>
      </Show>
    </section>
  );
}
