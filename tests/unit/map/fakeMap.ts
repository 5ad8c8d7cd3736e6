// A stand-in for a MapLibre map in Node (no WebGL): it records what a layer primitive asks of it
// (sources, layers, data, filters, feature states, listeners) so tests can say what the map shows.
import type { Map as MapLibreMap } from 'maplibre-gl';

type Handler = (e: unknown) => unknown;

export function fakeMap() {
  const sources = new Map<
    string,
    { spec: Record<string, unknown>; data: unknown; setData: (d: unknown) => void; getClusterExpansionZoom: (id: number) => Promise<number> }
  >();
  const layers: { id: string; [k: string]: unknown }[] = [];
  const calls: string[] = [];
  const handlers = new Map<string, Set<Handler>>();
  const featureState = new Map<string | number, Record<string, unknown>>();
  const filters = new Map<string, unknown>();
  const eased: unknown[] = [];
  const canvas = { style: { cursor: '' } };
  const on = (type: string, layer: string) => `${type}@${layer}`;

  const map = {
    addSource(id: string, spec: Record<string, unknown>) {
      if (sources.has(id)) throw new Error(`There is already a source with ID "${id}".`);
      calls.push(`addSource ${id}`);
      const source = {
        spec,
        data: spec.data,
        setData(d: unknown) {
          calls.push(`setData ${id}`);
          source.data = d;
        },
        getClusterExpansionZoom: async () => 14,
      };
      sources.set(id, source);
    },
    getSource: (id: string) => sources.get(id),
    addLayer(layer: { id: string }) {
      if (layers.some((l) => l.id === layer.id)) throw new Error(`Layer "${layer.id}" already exists.`);
      calls.push(`addLayer ${layer.id}`);
      layers.push(layer);
    },
    getLayer: (id: string) => layers.find((l) => l.id === id),
    setFilter(layer: string, filter: unknown) {
      calls.push(`setFilter ${layer}`);
      filters.set(layer, filter);
    },
    setFeatureState(f: { source: string; id: string | number }, state: Record<string, unknown>) {
      featureState.set(f.id, { ...featureState.get(f.id), ...state });
    },
    on(type: string, layer: string, h: Handler) {
      if (!handlers.has(on(type, layer))) handlers.set(on(type, layer), new Set());
      handlers.get(on(type, layer))!.add(h);
    },
    off(type: string, layer: string, h: Handler) {
      handlers.get(on(type, layer))?.delete(h);
    },
    getCanvas: () => canvas,
    easeTo: (o: unknown) => void eased.push(o),
  };

  return {
    map: map as unknown as MapLibreMap,
    calls,
    layers,
    filters,
    featureState,
    eased,
    canvas,
    /** The data the map now draws from a source. */
    dataOf: (id: string) => sources.get(id)?.data as GeoJSON.FeatureCollection | undefined,
    /** Fires a map event on a layer, as a click or hover on it would. */
    fire: (type: string, layer: string, e: unknown) => Promise.all([...(handlers.get(on(type, layer)) ?? [])].map((h) => h(e))),
    listenerCount: () => [...handlers.values()].reduce((n, s) => n + s.size, 0),
  };
}
