// The MapLibre map as a Solid primitive. The map is built once; later changes go through
// setData / setFeatureState / easeTo in the primitives that own them (never a rebuild).
import { Map as MapLibreMap, NavigationControl, AttributionControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './map.css';
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { basemapSetting } from './basemapSetting';
import { makeBasemap } from './makeBasemap';
import type { OfflineUrls } from './offlineStyle';
import { overlayBeforeLayer } from './onlineStyle';
import { LIGHT_THEME } from './theme';
import { makeClusterCountImages } from './clusterCountImages';

setWorkerUrl(workerUrl);

export const WIGAN_BOUNDS: [[number, number], [number, number]] = [
  [-2.74, 53.45],
  [-2.41, 53.62],
];

export interface CreateMapOptions {
  container: HTMLElement;
  /** Accessible name of the map region. */
  label: string;
  bounds?: [[number, number], [number, number]];
}

/** The offline basemap's files, on our own origin (absolute: MapLibre's worker fetches some). */
function offlineUrls(): OfflineUrls {
  const generated = new URL(`${import.meta.env.BASE_URL}generated/`, location.href).href;
  return { boundaries: `${generated}boundaries.json`, glyphs: `${generated}glyphs/{fontstack}/{range}.pbf` };
}

/** The layer a page's own fills go under (see overlayBeforeLayer). */
export function overlayBeforeId(map: MapLibreMap): string | undefined {
  return overlayBeforeLayer(map.getLayersOrder().map((id) => ({ id, type: map.getLayer(id)!.type })));
}

export function createMap(opts: CreateMapOptions): { map: MapLibreMap; loaded: Accessor<boolean> } {
  // Until the basemap is chosen the map has no style; the container shows the sea colour meanwhile.
  opts.container.style.backgroundColor = LIGHT_THEME.background;
  const map = new MapLibreMap({
    container: opts.container,
    bounds: opts.bounds ?? WIGAN_BOUNDS,
    fitBoundsOptions: { padding: 20 },
    attributionControl: false,
    cooperativeGestures: false,
    maxZoom: 18,
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(
    new AttributionControl({
      compact: true,
      customAttribution: 'Boundaries: Contains OS and ONS data © Crown copyright and database right',
    }),
  );
  const canvas = map.getCanvas();
  canvas.setAttribute('aria-label', opts.label);
  canvas.setAttribute('role', 'region');
  const [loaded, setLoaded] = createSignal(false);
  map.once('load', () => setLoaded(true));
  const stopBasemap = makeBasemap(map, {
    setting: basemapSetting(import.meta.env.VITE_BASEMAP_STYLE_URL),
    theme: LIGHT_THEME,
    urls: offlineUrls(),
  });
  const stopImages = makeClusterCountImages(map);
  onCleanup(() => {
    stopBasemap();
    stopImages();
    map.remove();
  });
  return { map, loaded };
}
