// Coverage layers as pure data: hexagon cells (covered cells pale, gaps from pale yellow to deep
// red by how much need they hold), an outline for the gap a planner zoomed to, and the chosen
// assets as small dots. The cells source holds one Polygon per cell with properties
// { gap: 0 | 1, need: number } and the cell index as feature id (for feature-state).
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { formatNumber } from '../i18n';

export const COVERAGE_SOURCE = 'coverage-cells';
export const PLAN_ASSET_SOURCE = 'plan-assets';
export const COVERED_LAYER = 'coverage-covered';
export const GAP_LAYER = 'coverage-gaps';
export const GAP_SELECTED_LAYER = 'coverage-gap-selected';
export const PLAN_ASSET_LAYER = 'plan-asset-points';

export interface CoverageTheme {
  covered: string;
  coveredOpacity: number;
  /** A gap where nobody lives (fields, reservoirs): shown, but quietly. */
  emptyGap: string;
  /** One colour per need band, lowest first (ColorBrewer YlOrRd: ordered for colour-blind readers too). */
  gapBands: readonly string[];
  gapOpacity: number;
  selectedLine: string;
  assetFill: string;
  assetStroke: string;
}

export const COVERAGE_THEME: CoverageTheme = {
  covered: '#9ecae1',
  coveredOpacity: 0.35,
  emptyGap: '#bdbdbd',
  gapBands: ['#fed976', '#fd8d3c', '#e31a1c', '#800026'],
  gapOpacity: 0.8,
  selectedLine: '#0b0c0c',
  assetFill: '#0b0c0c',
  assetStroke: '#ffffff',
};

/**
 * Need bands for gaps, in the cells' `need` unit (people per hectare, weighted by deprivation):
 * a gap with need below breaks[0] is the first band, at or above breaks[k-1] band k. There is one
 * more band than breaks.
 */
export const DEFAULT_NEED_BREAKS: readonly number[] = [2, 6, 15];

function gapColour(theme: CoverageTheme, breaks: readonly number[]): ExpressionSpecification {
  if (theme.gapBands.length !== breaks.length + 1) {
    throw new RangeError(`coverageLayers: ${breaks.length} breaks need ${breaks.length + 1} gap colours, got ${theme.gapBands.length}`);
  }
  const steps: (string | number)[] = [theme.gapBands[0]];
  breaks.forEach((b, i) => steps.push(b, theme.gapBands[i + 1]));
  // Nobody living there is its own class, so an empty moor never reads as a small need.
  return ['case', ['<=', ['get', 'need'], 0], theme.emptyGap, ['step', ['get', 'need'], ...steps]] as unknown as ExpressionSpecification;
}

export function coverageLayers(theme: CoverageTheme = COVERAGE_THEME, breaks: readonly number[] = DEFAULT_NEED_BREAKS): LayerSpecification[] {
  const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
  return [
    {
      id: COVERED_LAYER,
      type: 'fill',
      source: COVERAGE_SOURCE,
      filter: ['==', ['get', 'gap'], 0],
      paint: { 'fill-color': theme.covered, 'fill-opacity': theme.coveredOpacity },
    },
    {
      id: GAP_LAYER,
      type: 'fill',
      source: COVERAGE_SOURCE,
      filter: ['==', ['get', 'gap'], 1],
      paint: {
        'fill-color': gapColour(theme, breaks),
        'fill-opacity': ['case', ['<=', ['get', 'need'], 0], 0.45, theme.gapOpacity],
      },
    },
    {
      id: GAP_SELECTED_LAYER,
      type: 'line',
      source: COVERAGE_SOURCE,
      filter: ['==', ['get', 'gap'], 1],
      paint: {
        'line-color': theme.selectedLine,
        'line-width': ['case', selected, 2.5, 0],
        'line-opacity': ['case', selected, 1, 0],
      },
    },
  ];
}

/** The assets counted in the analysis: small dark dots that stay readable over any gap colour. */
export function planAssetLayers(theme: CoverageTheme = COVERAGE_THEME): LayerSpecification[] {
  return [
    {
      id: PLAN_ASSET_LAYER,
      type: 'circle',
      source: PLAN_ASSET_SOURCE,
      paint: {
        'circle-color': theme.assetFill,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 1.75, 14, 4, 17, 6],
        'circle-stroke-color': theme.assetStroke,
        'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 10, 0.5, 14, 1.25],
      },
    },
  ];
}

export interface LegendItem {
  colour: string;
  label: string;
  opacity: number;
}

/** The legend for these layers, with the same colours and breaks, in reading order. */
export function coverageLegend(theme: CoverageTheme = COVERAGE_THEME, breaks: readonly number[] = DEFAULT_NEED_BREAKS, unit = 'people per hectare'): LegendItem[] {
  const fmt = (v: number) => formatNumber(v);
  const u = unit ? ` ${unit}` : '';
  const bands = theme.gapBands.map((colour, i) => ({
    colour,
    opacity: theme.gapOpacity,
    label:
      i === 0
        ? `Gap: under ${fmt(breaks[0])}${u}`
        : i === breaks.length
          ? `Gap: ${fmt(breaks[i - 1])} or more${u}`
          : `Gap: ${fmt(breaks[i - 1])} to ${fmt(breaks[i])}${u}`,
  }));
  return [
    { colour: theme.covered, opacity: theme.coveredOpacity, label: 'Within reach' },
    { colour: theme.emptyGap, opacity: 0.45, label: 'Gap: nobody lives here' },
    ...bands,
  ];
}
