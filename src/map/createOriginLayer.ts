// The point results are measured from (a postcode or "your location"), drawn as a black and
// white target so it is not mistaken for an asset.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { createEffect, type Accessor } from 'solid-js';

export const ORIGIN_SOURCE = 'origin';
export const ORIGIN_LAYER = 'origin-point';

function data(p: { lat: number; lng: number } | null): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: p ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [p.lng, p.lat] } }] : [],
  };
}

export function createOriginLayer(o: { map: MapLibreMap; loaded: Accessor<boolean>; origin: Accessor<{ lat: number; lng: number } | null> }) {
  let installed = false;
  createEffect(() => {
    const p = o.origin();
    if (!o.loaded()) return;
    if (!installed) {
      o.map.addSource(ORIGIN_SOURCE, { type: 'geojson', data: data(p) });
      o.map.addLayer({
        id: ORIGIN_LAYER,
        type: 'circle',
        source: ORIGIN_SOURCE,
        paint: { 'circle-radius': 7, 'circle-color': '#0b0c0c', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 4 },
      });
      installed = true;
      return;
    }
    (o.map.getSource(ORIGIN_SOURCE) as GeoJSONSource).setData(data(p));
  });
}
