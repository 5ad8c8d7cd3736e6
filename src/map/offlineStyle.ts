// The basemap that needs no network: land, the borough and its wards, and town, village and ward
// names, all from files the build writes (boundaries.json, glyphs/). Used whenever the online
// basemap is switched off or cannot be reached, and in tests, so a map always shows where it is.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { MapTheme } from './theme';

export const BOUNDARY_SOURCE = 'boundaries';
/** The one font the build ships (scripts/glyphs/writeGlyphs.ts); OpenFreeMap serves it too. */
export const LABEL_FONT = ['Noto Sans Regular'];
export const WARD_LINE_LAYER = 'ward-lines';
export const TOWN_LABEL_LAYER = 'town-labels';
export const VILLAGE_LABEL_LAYER = 'village-labels';
export const WARD_LABEL_LAYER = 'ward-labels';
export const WARD_AREA_LABEL_LAYER = 'ward-area-labels';

export interface OfflineUrls {
  /** boundaries.json: borough and ward polygons, town and ward label points. */
  boundaries: string;
  /** A MapLibre glyphs template on our own origin, with {fontstack} and {range}. */
  glyphs: string;
}

// Listings cluster around town centres, and their circles (up to 28 px across) are drawn over the
// names: a town's name hangs just below its centre so that it shows beside the cluster, not under it.
const belowThePoint = (): SymbolLayerSpecification['layout'] => ({ 'text-anchor': 'top', 'text-offset': [0, 1.6], 'text-max-width': 8, 'text-padding': 4 });

const kind = (k: string) => ['==', ['get', 'kind'], k] as ['==', ['get', string], string];

/** What an online basemap draws instead: the sea-blue background and the borough's land. */
export function offlineGroundLayers(theme: MapTheme): LayerSpecification[] {
  return [
    { id: 'offline-background', type: 'background', paint: { 'background-color': theme.background } },
    { id: 'borough-land', type: 'fill', source: BOUNDARY_SOURCE, filter: kind('borough'), paint: { 'fill-color': theme.land } },
  ];
}

/** Ward and borough outlines, drawn over either basemap. */
export function boundaryLayers(theme: MapTheme): LayerSpecification[] {
  return [
    {
      id: WARD_LINE_LAYER,
      type: 'line',
      source: BOUNDARY_SOURCE,
      filter: kind('ward'),
      paint: { 'line-color': theme.wardLine, 'line-width': 1, 'line-dasharray': [2, 2] },
    },
    {
      id: 'borough-line',
      type: 'line',
      source: BOUNDARY_SOURCE,
      filter: kind('borough'),
      paint: { 'line-color': theme.boroughLine, 'line-width': 2 },
    },
  ];
}

/**
 * Place names. Wards first and towns last: MapLibre places the top layer's labels first, so a
 * town keeps its name where it would collide with a ward's. Villages wait for a closer zoom, and
 * wards for one closer still, so the borough view reads as a handful of towns.
 */
export function placeLabelLayers(theme: MapTheme): LayerSpecification[] {
  const paint = (color: string) => ({ 'text-color': color, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5 });
  const wardLayout = (size: ExpressionSpecification): SymbolLayerSpecification['layout'] => ({
    'text-field': ['get', 'name'],
    'text-font': LABEL_FONT,
    'text-size': size,
    'text-transform': 'uppercase',
    'text-letter-spacing': 0.08,
    'text-max-width': 9,
    'text-padding': 6,
  });
  return [
    {
      id: WARD_LABEL_LAYER,
      type: 'symbol',
      source: BOUNDARY_SOURCE,
      minzoom: 12,
      maxzoom: 14,
      filter: kind('ward-label'),
      layout: wardLayout(['interpolate', ['linear'], ['zoom'], 12, 10, 14, 11]),
      paint: paint(theme.wardText),
    },
    {
      // Closer in, one point per ward is usually off screen: name the ward in every tile of it
      // (MapLibre puts a polygon's label at the middle of its piece), so a street-level view still
      // says where it is.
      id: WARD_AREA_LABEL_LAYER,
      type: 'symbol',
      source: BOUNDARY_SOURCE,
      minzoom: 14,
      filter: kind('ward'),
      layout: { ...wardLayout(['interpolate', ['linear'], ['zoom'], 14, 11, 18, 14]), 'symbol-avoid-edges': true },
      paint: paint(theme.wardText),
    },
    {
      id: VILLAGE_LABEL_LAYER,
      type: 'symbol',
      source: BOUNDARY_SOURCE,
      minzoom: 11.5,
      filter: ['all', kind('town'), ['==', ['get', 'rank'], 3]],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 11.5, 11, 16, 15],
        ...belowThePoint(),
      },
      paint: paint(theme.villageText),
    },
    {
      id: TOWN_LABEL_LAYER,
      type: 'symbol',
      source: BOUNDARY_SOURCE,
      filter: ['all', kind('town'), ['<=', ['get', 'rank'], 2]],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        // The two big towns a step larger than the rest.
        'text-size': ['interpolate', ['linear'], ['zoom'], 9, ['match', ['get', 'rank'], 1, 14, 11], 14, ['match', ['get', 'rank'], 1, 20, 16]],
        'symbol-sort-key': ['get', 'rank'],
        ...belowThePoint(),
      },
      paint: paint(theme.townText),
    },
  ];
}

export function offlineStyle(theme: MapTheme, urls: OfflineUrls): StyleSpecification {
  return {
    version: 8,
    name: 'Common Ground offline',
    glyphs: urls.glyphs,
    sources: {
      [BOUNDARY_SOURCE]: { type: 'geojson', data: urls.boundaries },
    },
    layers: [...offlineGroundLayers(theme), ...boundaryLayers(theme), ...placeLabelLayers(theme)],
  };
}
