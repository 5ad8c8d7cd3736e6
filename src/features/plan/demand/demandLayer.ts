// The map layer of searches that found little: each ward with any, shaded by how many different
// visits asked there (all terms together). Re-added if the map's style is replaced.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { AreaCollection } from '../../../domain/types';
import type { SearchDemandRow } from '../../../domain/searchDemand';

export const DEMAND_SOURCE = 'search-demand';
const FILL = 'search-demand-fill';
const LINE = 'search-demand-line';
export const DEMAND_COLOUR = '#6a1b9a';

/** Visits per ward, over every term. */
export function visitsByWard(rows: readonly SearchDemandRow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.ward_code, (out.get(r.ward_code) ?? 0) + r.visits);
  return out;
}

export function demandFeatures(wards: AreaCollection, rows: readonly SearchDemandRow[]): GeoJSON.FeatureCollection {
  const visits = visitsByWard(rows);
  const most = Math.max(1, ...visits.values());
  return {
    type: 'FeatureCollection',
    features: wards.features
      .filter((f) => visits.has(f.properties.code))
      .map((f) => ({
        type: 'Feature',
        geometry: f.geometry as GeoJSON.Geometry,
        properties: { code: f.properties.code, name: f.properties.name, visits: visits.get(f.properties.code)!, share: visits.get(f.properties.code)! / most },
      })),
  };
}

/** Shows (or, with null, hides) the layer. */
export function showDemand(map: MapLibreMap, data: GeoJSON.FeatureCollection | null) {
  const apply = () => {
    if (!map.getSource(DEMAND_SOURCE)) {
      map.addSource(DEMAND_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      map.addLayer({ id: FILL, type: 'fill', source: DEMAND_SOURCE, paint: { 'fill-color': DEMAND_COLOUR, 'fill-opacity': ['+', 0.15, ['*', 0.45, ['get', 'share']]] } });
      map.addLayer({ id: LINE, type: 'line', source: DEMAND_SOURCE, paint: { 'line-color': DEMAND_COLOUR, 'line-width': 2 } });
    }
    (map.getSource(DEMAND_SOURCE) as GeoJSONSource).setData(data ?? { type: 'FeatureCollection', features: [] });
    for (const id of [FILL, LINE]) map.setLayoutProperty(id, 'visibility', data ? 'visible' : 'none');
  };
  if (map.isStyleLoaded()) apply();
  else map.once('idle', apply);
}
