import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { CATCHMENT_SOURCE, catchmentLayers } from '../../../src/map/catchmentLayers';
import {
  COVERAGE_SOURCE,
  COVERAGE_THEME,
  DEFAULT_NEED_BREAKS,
  GAP_LAYER,
  PLAN_ASSET_SOURCE,
  coverageLayers,
  coverageLegend,
  planAssetLayers,
} from '../../../src/map/coverageLayers';

const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
const style = (layers: LayerSpecification[]): StyleSpecification => ({
  version: 8,
  sources: { [COVERAGE_SOURCE]: empty, [PLAN_ASSET_SOURCE]: empty, [CATCHMENT_SOURCE]: empty },
  layers,
});

describe('coverage and catchment layers', () => {
  it('are valid MapLibre style layers', () => {
    const layers = [...coverageLayers(), ...catchmentLayers(), ...planAssetLayers()];
    expect(validateStyleMin(style(layers))).toEqual([]);
    expect(new Set(layers.map((l) => l.id)).size).toBe(layers.length);
  });

  it('stay valid with other breaks and colours', () => {
    const theme = { ...COVERAGE_THEME, gapBands: ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'] };
    expect(validateStyleMin(style(coverageLayers(theme, [1, 2, 4, 8])))).toEqual([]);
  });

  it('refuse a colour list that does not fit the breaks', () => {
    expect(() => coverageLayers(COVERAGE_THEME, [1])).toThrow(/1 breaks need 2 gap colours, got 4/);
  });

  it('colour gap cells by need bands that match the legend', () => {
    const gap = coverageLayers().find((l) => l.id === GAP_LAYER)!;
    const colour = JSON.stringify((gap as { paint: Record<string, unknown> }).paint['fill-color']);
    const legend = coverageLegend();
    for (const item of legend.slice(1)) expect(colour).toContain(item.colour);
    expect(legend.map((l) => l.label)).toEqual([
      'Within reach',
      'Gap: nobody lives here',
      `Gap: under ${DEFAULT_NEED_BREAKS[0]} people per hectare`,
      `Gap: ${DEFAULT_NEED_BREAKS[0]} to ${DEFAULT_NEED_BREAKS[1]} people per hectare`,
      `Gap: ${DEFAULT_NEED_BREAKS[1]} to ${DEFAULT_NEED_BREAKS[2]} people per hectare`,
      `Gap: ${DEFAULT_NEED_BREAKS[2]} or more people per hectare`,
    ]);
  });
});
