// The basemap that needs no network: a background, the borough and its wards. Used in tests and
// whenever no VITE_BASEMAP_STYLE_URL is set, so the map always works from a fresh clone.
import type { StyleSpecification } from 'maplibre-gl';
import type { MapTheme } from './theme';

export const BOUNDARY_SOURCE = 'boundaries';

export function offlineStyle(theme: MapTheme, boundariesUrl: string): StyleSpecification {
  return {
    version: 8,
    name: 'Common Ground offline',
    sources: {
      [BOUNDARY_SOURCE]: { type: 'geojson', data: boundariesUrl },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': theme.background } },
      {
        id: 'borough-land',
        type: 'fill',
        source: BOUNDARY_SOURCE,
        filter: ['==', ['get', 'kind'], 'borough'],
        paint: { 'fill-color': theme.land },
      },
      {
        id: 'ward-lines',
        type: 'line',
        source: BOUNDARY_SOURCE,
        filter: ['==', ['get', 'kind'], 'ward'],
        paint: { 'line-color': theme.wardLine, 'line-width': 1, 'line-dasharray': [2, 2] },
      },
      {
        id: 'borough-line',
        type: 'line',
        source: BOUNDARY_SOURCE,
        filter: ['==', ['get', 'kind'], 'borough'],
        paint: { 'line-color': theme.boroughLine, 'line-width': 2 },
      },
    ],
  };
}
