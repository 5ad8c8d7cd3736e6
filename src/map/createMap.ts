// The MapLibre map as a Solid primitive. The map is built once; later changes go through
// setData / setFeatureState / easeTo in the primitives that own them (never a rebuild).
import { Map as MapLibreMap, NavigationControl, AttributionControl, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { offlineStyle } from './offlineStyle';
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

export function basemapStyle(): StyleSpecification | string {
  const url = import.meta.env.VITE_BASEMAP_STYLE_URL;
  return url || offlineStyle(LIGHT_THEME, `${import.meta.env.BASE_URL}generated/boundaries.json`);
}

export function createMap(opts: CreateMapOptions): { map: MapLibreMap; loaded: Accessor<boolean> } {
  const map = new MapLibreMap({
    container: opts.container,
    style: basemapStyle(),
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
  const stopImages = makeClusterCountImages(map);
  onCleanup(() => {
    stopImages();
    map.remove();
  });
  return { map, loaded };
}
