// Owns the asset source and its layers on one map: data in, selection in, clicks out.
// Clusters split on click (zoom to their expansion zoom); a point click selects the asset.
// Listings that meet at a private address are never points: they go to the area source
// (areaLayers.ts) and a click inside their area selects them.
// MapLibre wants flat properties and numeric feature ids (for feature-state selection); our
// features carry category arrays and uuid ids, so they are adapted here once per data change.
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { AssetFeature, Category } from '../domain/types';
import { makeTaxonomy, topOf } from '../domain/taxonomy';
import { ASSET_SOURCE, CLUSTER_LAYER, POINT_LAYER, assetLayers } from './assetLayers';
import { LIGHT_THEME } from './theme';
import { MARKER_LAYER, addCategoryMarkerImages, markerLayers } from './categoryMarkers';
import { AREA_FILL_LAYER, AREA_SOURCE, areaLayers, toAreaFeatures } from './areaLayers';
import { isGeneralArea } from '../domain/generalArea';

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

/** Listings drawn at a point, and listings drawn as a general area. */
export function splitByArea(features: readonly AssetFeature[]): { points: AssetFeature[]; areas: AssetFeature[] } {
  const points: AssetFeature[] = [];
  const areas: AssetFeature[] = [];
  for (const f of features) (isGeneralArea(f.properties) ? areas : points).push(f);
  return { points, areas };
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
  let areaIds = new Set<string>();
  const split = (features: readonly AssetFeature[]) => {
    const { points, areas } = splitByArea(features);
    areaIds = new Set(areas.map((f) => f.properties.id));
    return { points: toMapFeatures(points, numericId, primaryOf), areas: toAreaFeatures(areas, numericId, primaryOf) };
  };
  const install = () => {
    const { map } = o;
    const data = split(o.features());
    // Areas first, so the pins are drawn over them.
    map.addSource(AREA_SOURCE, { type: 'geojson', data: data.areas });
    for (const layer of areaLayers([...taxonomy().top])) map.addLayer(layer);
    map.addSource(ASSET_SOURCE, {
      type: 'geojson',
      data: data.points,
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
        const data = split(features);
        (o.map.getSource(AREA_SOURCE) as GeoJSONSource).setData(data.areas);
        (o.map.getSource(ASSET_SOURCE) as GeoJSONSource).setData(data.points);
      },
      { defer: true },
    ),
  );

  let previous: { source: string; id: number } | null = null;
  createEffect(() => {
    const uuid = o.selected?.() ?? null;
    if (!installed()) return;
    o.features(); // an area's source is known once the features are split
    if (previous !== null) o.map.setFeatureState(previous, { selected: false });
    previous = uuid ? { source: areaIds.has(uuid) ? AREA_SOURCE : ASSET_SOURCE, id: numericId(uuid) } : null;
    if (previous !== null) o.map.setFeatureState(previous, { selected: true });
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
  // The marker sits over the point circle and is the bigger target; one click selects once.
  const pointLayers = o.markers ? [MARKER_LAYER] : [POINT_LAYER];
  // A pin inside an area is the smaller target: a click on it selects the pin alone.
  const onAreaClick = (e: MapLayerMouseEvent) => {
    const onPin = e.point && o.map.queryRenderedFeatures?.(e.point, { layers: [CLUSTER_LAYER, ...pointLayers] }).length;
    if (!onPin) onPointClick(e);
  };
  const pointer = () => (o.map.getCanvas().style.cursor = 'pointer');
  const unpointer = () => (o.map.getCanvas().style.cursor = '');
  o.map.on('click', CLUSTER_LAYER, onClusterClick);
  for (const l of pointLayers) o.map.on('click', l, onPointClick);
  o.map.on('click', AREA_FILL_LAYER, onAreaClick);
  for (const l of [CLUSTER_LAYER, AREA_FILL_LAYER, ...pointLayers]) {
    o.map.on('mouseenter', l, pointer);
    o.map.on('mouseleave', l, unpointer);
  }
  onCleanup(() => {
    o.map.off('click', CLUSTER_LAYER, onClusterClick);
    for (const l of pointLayers) o.map.off('click', l, onPointClick);
    o.map.off('click', AREA_FILL_LAYER, onAreaClick);
    for (const l of [CLUSTER_LAYER, AREA_FILL_LAYER, ...pointLayers]) {
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
