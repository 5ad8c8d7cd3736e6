// The coverage map: hexagon cells (gaps shaded by need), the catchment union when asked for, the
// counted assets, and a legend. The map is built once; each concern below is one effect that
// calls setData / setFeatureState / setLayoutProperty (STYLE.md).
import { bbox } from '@turf/bbox';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { For, Show, createEffect, createSignal, onMount, type Accessor } from 'solid-js';
import type { CoverageResult } from '../../geo/coverage';
import type { OutlineFeature } from '../../geo/hexLattice';
import { createMap, overlayBeforeId } from '../../map/createMap';
import { CATCHMENT_FILL_LAYER, CATCHMENT_LINE_LAYER, CATCHMENT_SOURCE, CATCHMENT_THEME, catchmentLayers } from '../../map/catchmentLayers';
import { COVERAGE_SOURCE, COVERAGE_THEME, PLAN_ASSET_SOURCE, coverageLayers, coverageLegend, planAssetLayers } from '../../map/coverageLayers';
import { cellFeatures, type RankedGap } from './cellFeatures';
import type { Emphasis } from './planSettings';
import { t } from './i18n';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export interface CoverageMapProps {
  outline: Accessor<OutlineFeature | null>;
  result: Accessor<CoverageResult | null>;
  emphasis: Accessor<Emphasis>;
  assets: Accessor<readonly { lng: number; lat: number }[]>;
  showCatchments: Accessor<boolean>;
  catchment: Accessor<GeoJSON.Feature | null>;
  selectedGap: Accessor<RankedGap | null>;
  onMap: (map: MapLibreMap) => void;
}

export function CoverageMap(props: CoverageMapProps) {
  let container!: HTMLDivElement;
  const [installed, setInstalled] = createSignal(false);
  const legend = coverageLegend(COVERAGE_THEME, undefined, '');
  const unit = () => (props.emphasis() === 'none' ? t('unitPlain') : t('unitWeighted'));

  onMount(() => {
    const { map, loaded } = createMap({ container, label: t('mapLabel') });
    (window as unknown as { __cgMap?: unknown }).__cgMap = map;
    props.onMap(map);

    createEffect(() => {
      if (!loaded() || installed()) return;
      // Cells and dots go under the basemap's names and the ward lines, so both stay readable.
      const before = overlayBeforeId(map);
      map.addSource(COVERAGE_SOURCE, { type: 'geojson', data: EMPTY });
      map.addSource(CATCHMENT_SOURCE, { type: 'geojson', data: EMPTY });
      map.addSource(PLAN_ASSET_SOURCE, { type: 'geojson', data: EMPTY });
      for (const layer of coverageLayers()) map.addLayer(layer, before);
      for (const layer of catchmentLayers()) map.addLayer(layer, before);
      for (const layer of planAssetLayers()) map.addLayer(layer, before);
      setInstalled(true);
    });

    // Frame the borough once, clear of the legend where the legend floats over the map.
    let framed = false;
    createEffect(() => {
      const outline = props.outline();
      if (!loaded() || !outline || framed) return;
      framed = true;
      const [w, s, e, n] = bbox(outline as GeoJSON.Feature);
      const legendBeside = container.clientWidth >= 700;
      map.fitBounds(
        [
          [w, s],
          [e, n],
        ],
        { padding: { top: 20, bottom: 20, right: 50, left: legendBeside ? 270 : 20 }, animate: false },
      );
    });

    createEffect(() => {
      const r = props.result();
      const emphasis = props.emphasis();
      if (!installed()) return;
      map.removeFeatureState({ source: COVERAGE_SOURCE });
      (map.getSource(COVERAGE_SOURCE) as GeoJSONSource).setData(r ? cellFeatures(r, emphasis) : EMPTY);
    });

    createEffect(() => {
      const assets = props.assets();
      if (!installed()) return;
      (map.getSource(PLAN_ASSET_SOURCE) as GeoJSONSource).setData({
        type: 'FeatureCollection',
        features: assets.map((a) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [a.lng, a.lat] } })),
      });
    });

    createEffect(() => {
      const show = props.showCatchments();
      const union = props.catchment();
      if (!installed()) return;
      for (const id of [CATCHMENT_FILL_LAYER, CATCHMENT_LINE_LAYER]) map.setLayoutProperty(id, 'visibility', show ? 'visible' : 'none');
      (map.getSource(CATCHMENT_SOURCE) as GeoJSONSource).setData(show && union ? union : EMPTY);
    });

    let previous: number[] = [];
    createEffect(() => {
      const gap = props.selectedGap();
      props.result(); // a new result redraws the cells and clears their state
      if (!installed()) return;
      for (const i of previous) map.setFeatureState({ source: COVERAGE_SOURCE, id: i }, { selected: false });
      previous = gap?.cells ?? [];
      for (const i of previous) map.setFeatureState({ source: COVERAGE_SOURCE, id: i }, { selected: true });
    });
  });

  return (
    <div class="plan-map">
      <div class="plan-map-canvas" ref={container} />
      <div class="plan-legend" role="group" aria-label={t('mapLegend')}>
        <p class="plan-legend-title">{t('coverage')}</p>
        <ul>
          <For each={legend}>
            {(item) => (
              <li>
                <span class="swatch" style={{ background: item.colour, opacity: Math.max(item.opacity, 0.6) }} aria-hidden="true" />
                {item.label}
              </li>
            )}
          </For>
          <li>
            <span class="swatch dot" aria-hidden="true" />
            {t('assetCounted')}
          </li>
          <Show when={props.showCatchments()}>
            <li>
              <span class="swatch catchment" style={{ background: CATCHMENT_THEME.fill, outline: `2px solid ${CATCHMENT_THEME.line}` }} aria-hidden="true" />
              {t('catchment')}
            </li>
          </Show>
        </ul>
        <p class="plan-legend-unit">{t('gapShading', { unit: unit() })}</p>
      </div>
    </div>
  );
}
