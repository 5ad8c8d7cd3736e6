// The catchment union as pure layer data: a faint fill so the cells beneath still read, and a
// firm edge that marks where "within reach" ends.
import type { LayerSpecification } from 'maplibre-gl';

export const CATCHMENT_SOURCE = 'catchments';
export const CATCHMENT_FILL_LAYER = 'catchment-fill';
export const CATCHMENT_LINE_LAYER = 'catchment-line';

export interface CatchmentTheme {
  fill: string;
  fillOpacity: number;
  line: string;
}

export const CATCHMENT_THEME: CatchmentTheme = { fill: '#2171b5', fillOpacity: 0.08, line: '#08519c' };

export function catchmentLayers(theme: CatchmentTheme = CATCHMENT_THEME): LayerSpecification[] {
  return [
    {
      id: CATCHMENT_FILL_LAYER,
      type: 'fill',
      source: CATCHMENT_SOURCE,
      paint: { 'fill-color': theme.fill, 'fill-opacity': theme.fillOpacity },
    },
    {
      id: CATCHMENT_LINE_LAYER,
      type: 'line',
      source: CATCHMENT_SOURCE,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.line, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1, 15, 2.5] },
    },
  ];
}
