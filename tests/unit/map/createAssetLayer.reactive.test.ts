// The listings on the map follow the results: drawn once the style and the categories are here,
// redrawn as the results change, the selected listing marked, clicks selecting a listing or
// opening a cluster, and every listener gone with the map. The map is a stand-in.
import { createRoot, createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssetFeature, Category } from '../../../src/domain/types';
import { ASSET_SOURCE, CLUSTER_LAYER, POINT_LAYER } from '../../../src/map/assetLayers';
import { createAssetLayer } from '../../../src/map/createAssetLayer';
import { AREA_FILL_LAYER, AREA_OUTLINE_LAYER, AREA_SOURCE } from '../../../src/map/areaLayers';
import { generalAreaCentre, GENERAL_AREA_RADIUS_M } from '../../../src/domain/generalArea';
import { haversine } from '../../../src/domain/distance';
import { categories, listings } from '../find/reactiveFixtures';
import { fakeMap } from './fakeMap';

let dispose = () => {};
afterEach(() => dispose());

function layerOn(o: { loaded?: boolean; cats?: readonly Category[] } = {}) {
  const m = fakeMap();
  const [features, setFeatures] = createSignal<readonly AssetFeature[]>(listings);
  const [loaded, setLoaded] = createSignal(o.loaded ?? true);
  const [cats, setCats] = createSignal<readonly Category[]>(o.cats ?? categories);
  const [selected, setSelected] = createSignal<string | null>(null);
  const picked: string[] = [];
  const layer = createRoot((d) => {
    dispose = d;
    return createAssetLayer({ map: m.map, loaded, features, categories: cats, selected, onSelect: (id) => picked.push(id) });
  });
  /** The listings the map draws, by id, with the top-level category that colours each. */
  const drawn = () => m.dataOf(ASSET_SOURCE)?.features.map((f) => [f.properties!.uuid, f.properties!.primary]);
  const selectedOnMap = () => [...m.featureState].filter(([, s]) => s.selected).map(([id]) => id);
  return { ...m, layer, setFeatures, setLoaded, setCats, setSelected, picked, drawn, selectedOnMap };
}

describe('createAssetLayer', () => {
  it('draws the listings once the style has loaded and the categories are known', () => {
    const l = layerOn({ loaded: false, cats: [] });
    l.setLoaded(true);
    expect(l.layer.installed()).toBe(false);
    l.setCats(categories);
    expect(l.layer.installed()).toBe(true);
    expect(l.calls.filter((c) => c.startsWith('addSource'))).toEqual([`addSource ${AREA_SOURCE}`, `addSource ${ASSET_SOURCE}`]);
    expect(l.layers.map((x) => x.id)).toEqual(expect.arrayContaining([CLUSTER_LAYER, POINT_LAYER]));
    expect(l.drawn()).toEqual([
      ['food', 'food-support'],
      ['youth', 'youth'],
      ['lunch', 'older-people'],
      ['centre', 'community-venues'],
    ]);
  });

  it('redraws as the results change, and installs only once', () => {
    const l = layerOn();
    l.setFeatures(listings.slice(1, 3));
    expect(l.drawn()?.map(([id]) => id)).toEqual(['youth', 'lunch']);
    l.setFeatures([]);
    expect(l.drawn()).toEqual([]);
    expect(l.calls.filter((c) => c.startsWith('addSource'))).toHaveLength(2);
  });

  it('marks the selected listing, and only it, across re-filtering', () => {
    const l = layerOn();
    l.setSelected('youth');
    expect(l.selectedOnMap()).toEqual([l.layer.numericId('youth')]);
    l.setSelected('food');
    expect(l.selectedOnMap()).toEqual([l.layer.numericId('food')]);
    l.setFeatures(listings.slice(0, 1));
    expect(l.drawn()?.[0]).toEqual(['food', 'food-support']);
    expect(l.layer.numericId('food')).toBe(l.selectedOnMap()[0]);
    l.setSelected(null);
    expect(l.selectedOnMap()).toEqual([]);
  });

  it('selects a listing clicked on, zooms into a clicked cluster, and shows a pointer over both', async () => {
    const l = layerOn();
    await l.fire('click', POINT_LAYER, { features: [{ properties: { uuid: 'lunch' } }] });
    expect(l.picked).toEqual(['lunch']);
    await l.fire('click', CLUSTER_LAYER, { features: [{ properties: { cluster_id: 7 }, geometry: { type: 'Point', coordinates: [-2.6, 53.5] } }] });
    expect(l.eased).toEqual([{ center: [-2.6, 53.5], zoom: 14 }]);
    await l.fire('mouseenter', CLUSTER_LAYER, {});
    expect(l.canvas.style.cursor).toBe('pointer');
    await l.fire('mouseleave', CLUSTER_LAYER, {});
    expect(l.canvas.style.cursor).toBe('');
  });

  it('stops listening to the map when it goes', () => {
    const l = layerOn();
    expect(l.listenerCount()).toBeGreaterThan(0);
    dispose();
    expect(l.listenerCount()).toBe(0);
  });

  it('draws a listing that meets at a private address as an area, never a pin, and a click inside it selects it', async () => {
    const centre = generalAreaCentre({ lat: 53.5412, lng: -2.5918 });
    const home: AssetFeature = {
      ...listings[2],
      geometry: { type: 'Point', coordinates: [centre.lng, centre.lat] },
      properties: { ...listings[2].properties, id: 'home', private_address: true },
    };
    const l = layerOn();
    l.setFeatures([...listings, home]);
    expect(l.drawn()?.map(([id]) => id)).not.toContain('home');
    const areas = l.dataOf(AREA_SOURCE)!.features;
    expect(areas.map((f) => [f.properties!.uuid, f.geometry.type])).toEqual([['home', 'Polygon']]);
    const ring = (areas[0].geometry as GeoJSON.Polygon).coordinates[0];
    for (const [lng, lat] of ring) expect(Math.abs(haversine(centre, { lat, lng }) - GENERAL_AREA_RADIUS_M)).toBeLessThan(2);
    expect(l.layers.filter((x) => x.source === AREA_SOURCE).map((x) => [x.id, x.type])).toEqual([
      [AREA_FILL_LAYER, 'fill'],
      [AREA_OUTLINE_LAYER, 'line'],
    ]);
    // under the pins
    expect(l.layers.findIndex((x) => x.id === AREA_FILL_LAYER)).toBeLessThan(l.layers.findIndex((x) => x.id === CLUSTER_LAYER));
    await l.fire('click', AREA_FILL_LAYER, { features: [{ properties: { uuid: 'home' } }] });
    expect(l.picked).toEqual(['home']);
    l.setSelected('home');
    expect(l.selectedOnMap()).toEqual([l.layer.numericId('home')]);
  });
});
