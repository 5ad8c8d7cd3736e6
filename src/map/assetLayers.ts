// Asset layers as pure data: clusters sized by count, single assets coloured by primary category
// with a white halo so they read on any basemap. Cluster counts are drawn as images (see
// clusterCountImages.ts) because the offline style has no font glyphs.
import type { LayerSpecification, ExpressionSpecification } from 'maplibre-gl';
import type { Category } from '../domain/types';
import type { MapTheme } from './theme';

export const ASSET_SOURCE = 'assets';
export const CLUSTER_LAYER = 'asset-clusters';
export const CLUSTER_COUNT_LAYER = 'asset-cluster-count';
export const POINT_LAYER = 'asset-points';
export const CLUSTER_COUNT_IMAGE_PREFIX = 'cluster-count:';

export function categoryColourExpression(categories: Category[], fallback = '#555555'): ExpressionSpecification {
  if (categories.length === 0) return ['literal', fallback] as unknown as ExpressionSpecification;
  const pairs = categories.flatMap((c) => [c.slug, c.colour]);
  return ['match', ['get', 'primary'], ...pairs, fallback] as unknown as ExpressionSpecification;
}

export function assetLayers(theme: MapTheme, categories: Category[]): LayerSpecification[] {
  return [
    {
      id: CLUSTER_LAYER,
      type: 'circle',
      source: ASSET_SOURCE,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': theme.clusterFill,
        'circle-opacity': 0.9,
        'circle-stroke-color': theme.clusterStroke,
        'circle-stroke-width': 2,
        'circle-radius': ['step', ['get', 'point_count'], 14, 10, 18, 50, 22, 200, 28],
      },
    },
    {
      id: CLUSTER_COUNT_LAYER,
      type: 'symbol',
      source: ASSET_SOURCE,
      filter: ['has', 'point_count'],
      layout: {
        'icon-image': ['concat', CLUSTER_COUNT_IMAGE_PREFIX, ['get', 'point_count_abbreviated']],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    {
      id: POINT_LAYER,
      type: 'circle',
      source: ASSET_SOURCE,
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': categoryColourExpression(categories),
        'circle-radius': ['case', ['boolean', ['feature-state', 'selected'], false], 10, 7],
        'circle-stroke-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#0b0c0c', theme.pointStroke],
        'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 1.5],
      },
    },
  ];
}
