// Category markers for single assets: a disc in the category's colour with its short code, so
// points read in greyscale too, plus a ring under the selected one. Layers are pure data; the
// images are drawn once per category set.
import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Category } from '../domain/types';
import { ASSET_SOURCE } from './assetLayers';
import { categoryCodes } from './legend/categoryCodes';
import { drawMarker } from './legend/drawMarker';

export const MARKER_LAYER = 'asset-markers';
export const SELECTED_RING_LAYER = 'asset-selected-ring';
export const MARKER_IMAGE_PREFIX = 'category-marker:';
export const FALLBACK_MARKER = `${MARKER_IMAGE_PREFIX}_other`;

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

export function markerLayers(): LayerSpecification[] {
  return [
    {
      id: SELECTED_RING_LAYER,
      type: 'circle',
      source: ASSET_SOURCE,
      filter: ['!', ['has', 'point_count']],
      paint: {
        // Yellow and black, the GOV.UK focus colours: visible on every category colour.
        'circle-radius': ['case', selected, 17, 0],
        'circle-color': '#ffdd00',
        'circle-stroke-color': '#0b0c0c',
        'circle-stroke-width': ['case', selected, 3, 0],
      },
    },
    {
      id: MARKER_LAYER,
      type: 'symbol',
      source: ASSET_SOURCE,
      filter: ['!', ['has', 'point_count']],
      layout: {
        'icon-image': ['coalesce', ['image', ['concat', MARKER_IMAGE_PREFIX, ['get', 'primary']]], ['image', FALLBACK_MARKER]],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 10, 0.75, 15, 1],
      },
    },
  ];
}

/** Adds one marker image per category (and a grey fallback); returns a remover. */
export function addCategoryMarkerImages(map: MapLibreMap, categories: readonly Category[]): () => void {
  const codes = categoryCodes(categories);
  const ids: string[] = [];
  const add = (id: string, colour: string, code: string) => {
    if (map.hasImage(id)) map.removeImage(id);
    const canvas = drawMarker(colour, code);
    map.addImage(id, canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height), { pixelRatio: 2 });
    ids.push(id);
  };
  for (const c of categories) add(MARKER_IMAGE_PREFIX + c.slug, c.colour, codes.get(c.slug) ?? '?');
  add(FALLBACK_MARKER, '#505a5f', '?');
  return () => {
    for (const id of ids) if (map.hasImage(id)) map.removeImage(id);
  };
}
