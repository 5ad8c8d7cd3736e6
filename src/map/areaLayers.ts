// Listings that meet at a private address are drawn as a translucent area around the centre of
// their general area (src/domain/generalArea.ts), never as a pin: their own source (not
// clustered, so they never count in a cluster's number) and a fill with an outline, under the
// pins. The selected one gets the black outline the selected pin gets.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { AssetFeature, Category } from '../domain/types';
import { generalAreaRing } from '../domain/generalArea';
import { categoryColourExpression } from './assetLayers';

export const AREA_SOURCE = 'asset-areas';
export const AREA_FILL_LAYER = 'asset-area-fill';
export const AREA_OUTLINE_LAYER = 'asset-area-outline';

export interface MapAreaFeature {
  type: 'Feature';
  id: number;
  geometry: { type: 'Polygon'; coordinates: [number, number][][] };
  properties: { uuid: string; name: string; primary: string; kind: string };
}

/** The areas of private listings, as MapLibre wants them (flat properties, numeric ids). */
export function toAreaFeatures(features: readonly AssetFeature[], numericIdOf: (uuid: string) => number, primaryOf: (slug: string) => string = (s) => s) {
  return {
    type: 'FeatureCollection' as const,
    features: features.map((f): MapAreaFeature => {
      const [lng, lat] = f.geometry.coordinates;
      return {
        type: 'Feature',
        id: numericIdOf(f.properties.id),
        geometry: { type: 'Polygon', coordinates: [generalAreaRing({ lat, lng })] },
        properties: {
          uuid: f.properties.id,
          name: f.properties.name,
          primary: primaryOf(f.properties.categories[0] ?? ''),
          kind: f.properties.kind,
        },
      };
    }),
  };
}

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

export function areaLayers(categories: Category[]): LayerSpecification[] {
  return [
    {
      id: AREA_FILL_LAYER,
      type: 'fill',
      source: AREA_SOURCE,
      paint: {
        'fill-color': categoryColourExpression(categories),
        'fill-opacity': ['case', selected, 0.35, 0.2],
      },
    },
    {
      id: AREA_OUTLINE_LAYER,
      type: 'line',
      source: AREA_SOURCE,
      paint: {
        'line-color': ['case', selected, '#0b0c0c', categoryColourExpression(categories)],
        'line-width': ['case', selected, 3, 2],
        'line-dasharray': [2, 1],
      },
    },
  ];
}
