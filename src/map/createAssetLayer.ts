// Owns the asset source and its layers on one map: data in, selection in, clicks out.
// Clusters split on click (zoom to their expansion zoom); a point click selects the asset.
// MapLibre wants flat properties and numeric feature ids (for feature-state selection); our
// features carry category arrays and uuid ids, so they are adapted here once per data change.
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { AssetFeature, Category } from '../domain/types';
import { makeTaxonomy, topOf } from '../domain/taxonomy';
import { ASSET_SOURCE, CLUSTER_LAYER, POINT_LAYER, assetLayers } from './assetLayers';
import { LIGHT_THEME } from './theme';
import { MARKER_LAYER, addCategoryMarkerImages, markerLayers } from './categoryMarkers';

export interface MapAssetFeature {
  type: 'Feature';
  id: number;
  geometry: AssetFeature['geometry'];
  properties: { uuid: string; name: string; primary: string; kind: string };
}

/** `primaryOf` turns a listing's first category into the one its marker shows (its top-level category). */
export function toMapFeatures(features: readonly AssetFeature[], numericIdOf: (uuid: string) => number, primaryOf: (slug: string) => string = (s) => s) {
  return {
    type: 'FeatureCollection' as const,
    features: features.map((f): MapAssetFeature => ({
      type: 'Feature',
      id: numericIdOf(f.properties.id),
      geometry: f.geometry,
      properties: {
        uuid: f.properties.id,
        name: f.properties.name,
        primary: primaryOf(f.properties.categories[0] ?? ''),
        kind: f.properties.kind,
      },
    })),
  };
}

/** Stable numeric ids for uuids, so feature-state survives re-filtering. */
export function makeNumericIds(): (uuid: string) => number {
  const ids = new Map<string, number>();
  return (uuid) => {
    let n = ids.get(uuid);
    if (n === undefined) ids.set(uuid, (n = ids.size + 1));
    return n;
  };
}

export interface AssetLayerOptions {
  map: MapLibreMap;
  loaded: Accessor<boolean>;
  features: Accessor<readonly AssetFeature[]>;
  categories: Accessor<readonly Category[]>;
  selected?: Accessor<string | null>;
  onSelect?: (uuid: string) => void;
  /** Draw single assets as category markers with a code (readable in greyscale) and a selection ring. */
  markers?: boolean;
}

export function createAssetLayer(o: AssetLayerOptions) {
  const numericId = makeNumericIds();
  const [installed, setInstalled] = createSignal(false);
  let removeImages = () => {};

  // Markers and colours are by top-level category: a library shows as Learning, which the map
  // key explains; the key would be unreadable with every sub-category in it.
  const taxonomy = () => makeTaxonomy(o.categories());
  const primaryOf = (slug: string) => topOf(taxonomy(), slug);
  const install = () => {
    const { map } = o;
    map.addSource(ASSET_SOURCE, {
      type: 'geojson',
      data: toMapFeatures(o.features(), numericId, primaryOf),
      cluster: true,
      clusterRadius: 50,
      clusterMaxZoom: 15,
    });
    for (const layer of assetLayers(LIGHT_THEME, [...taxonomy().top])) map.addLayer(layer);
    if (o.markers) {
      removeImages = addCategoryMarkerImages(map, taxonomy().top);
      for (const layer of markerLayers()) map.addLayer(layer);
    }
    setInstalled(true);
  };

  // Categories colour the points, so the layers go in once both the style and they are here.
  createEffect(() => {
    if (!installed() && o.loaded() && o.categories().length > 0) install();
  });

  createEffect(
    on(
      o.features,
      (features) => {
        if (!installed()) return;
        (o.map.getSource(ASSET_SOURCE) as GeoJSONSource).setData(toMapFeatures(features, numericId, primaryOf));
      },
      { defer: true },
    ),
  );

  let previous: number | null = null;
  createEffect(() => {
    const uuid = o.selected?.() ?? null;
    if (!installed()) return;
    if (previous !== null) o.map.setFeatureState({ source: ASSET_SOURCE, id: previous }, { selected: false });
    previous = uuid ? numericId(uuid) : null;
    if (previous !== null) o.map.setFeatureState({ source: ASSET_SOURCE, id: previous }, { selected: true });
  });

  const onClusterClick = async (e: MapLayerMouseEvent) => {
    const f = e.features?.[0];
    if (!f) return;
    const source = o.map.getSource(ASSET_SOURCE) as GeoJSONSource;
    const zoom = await source.getClusterExpansionZoom(f.properties.cluster_id as number);
    o.map.easeTo({ center: (f.geometry as GeoJSON.Point).coordinates as [number, number], zoom });
  };
  const onPointClick = (e: MapLayerMouseEvent) => {
    const uuid = e.features?.[0]?.properties?.uuid as string | undefined;
    if (uuid) o.onSelect?.(uuid);
  };
  const pointer = () => (o.map.getCanvas().style.cursor = 'pointer');
  const unpointer = () => (o.map.getCanvas().style.cursor = '');
  // The marker sits over the point circle and is the bigger target; one click selects once.
  const pointLayers = o.markers ? [MARKER_LAYER] : [POINT_LAYER];
  o.map.on('click', CLUSTER_LAYER, onClusterClick);
  for (const l of pointLayers) o.map.on('click', l, onPointClick);
  for (const l of [CLUSTER_LAYER, ...pointLayers]) {
    o.map.on('mouseenter', l, pointer);
    o.map.on('mouseleave', l, unpointer);
  }
  onCleanup(() => {
    o.map.off('click', CLUSTER_LAYER, onClusterClick);
    for (const l of pointLayers) o.map.off('click', l, onPointClick);
    for (const l of [CLUSTER_LAYER, ...pointLayers]) {
      o.map.off('mouseenter', l, pointer);
      o.map.off('mouseleave', l, unpointer);
    }
    try {
      removeImages();
    } catch {
      // the map was removed first: its images went with it
    }
  });

  return { installed, numericId };
}
