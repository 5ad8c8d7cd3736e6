// Files a planner takes away from the coverage view: the ward table and the gap cells as CSV, and
// the gap cells as GeoJSON hexagons. CSV cells that a spreadsheet would run as a formula are
// neutralised (DESIGN.md: "CSV export neutralises formula injection"), since ward and area names
// come from imported files.
import { csvCell } from '../domain/csvCell.ts';
import type { CoverageResult } from './coverage.ts';
import { hexRing } from './hexLattice.ts';
import { localProjection } from './localProjection.ts';
import type { WardRow } from './summariseWards.ts';

/**
 * One CSV field: null, undefined and non-finite numbers become blank; text starting with = + - @
 * tab or carriage return gets a leading apostrophe (OWASP's advice) so Excel and Sheets show it
 * as text; fields with commas, quotes or line breaks are quoted.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // Numbers arrive typed, so any text starting + or - is text: prefixed even if it looks numeric.
  return csvCell(value, { keepPlainNumbers: false });
}

function csv(header: string[], rows: (string | number | null | undefined)[][]): string {
  // CRLF line endings per RFC 4180, which is what spreadsheet imports expect.
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const WARD_SUMMARY_COLUMNS = [
  'ward_code',
  'ward_name',
  'population',
  'population_within_reach',
  'pct_within_reach',
  'assets',
  'assets_per_1000',
  'gap_population',
  'gap_population_imd_deciles_1_2',
] as const;

export function wardSummaryCsv(rows: readonly WardRow[]): string {
  return csv(
    [...WARD_SUMMARY_COLUMNS],
    rows.map((r) => [r.code, r.name, r.population, r.populationWithin, r.pctWithin, r.assets, r.assetsPer1000, r.gapPopulation, r.gapPopulationMostDeprived]),
  );
}

interface GapCell {
  cell: number;
  lng: number;
  lat: number;
  /** Metres to the nearest asset, or null when there are no assets at all. */
  distance_m: number | null;
  population: number;
  imd_decile: number | null;
  ward_code: string | null;
  ward_name: string | null;
  /** Rank of the worst-gap cluster holding this cell, or null when it is not in the top list. */
  gap_rank: number | null;
}

function gapCells(result: CoverageResult): GapCell[] {
  const { cells, wards } = result;
  const rankOf = new Map<number, number>();
  for (const g of result.worstGaps) for (const i of g.cells) rankOf.set(i, g.rank);
  const out: GapCell[] = [];
  for (let i = 0; i < cells.count; i++) {
    if (!cells.isGap[i]) continue;
    const w = cells.wardIndex[i] >= 0 ? wards[cells.wardIndex[i]] : null;
    out.push({
      cell: i,
      lng: Math.round(cells.lng[i] * 1e6) / 1e6,
      lat: Math.round(cells.lat[i] * 1e6) / 1e6,
      distance_m: Number.isFinite(cells.distance[i]) ? Math.round(cells.distance[i]) : null,
      population: Math.round(cells.population[i] * 10) / 10,
      imd_decile: cells.decile[i] || null,
      ward_code: w?.code ?? null,
      ward_name: w?.name ?? null,
      gap_rank: rankOf.get(i) ?? null,
    });
  }
  return out;
}

/** The gap cells, one row each, centres in degrees; a blank distance means there are no assets to reach. */
export function gapCellsCsv(result: CoverageResult): string {
  const rows = gapCells(result);
  const header = ['cell', 'lng', 'lat', 'distance_m', 'population', 'imd_decile', 'ward_code', 'ward_name', 'gap_rank'];
  return csv(
    header,
    rows.map((r) => [r.cell, r.lng, r.lat, r.distance_m, r.population, r.imd_decile, r.ward_code, r.ward_name, r.gap_rank]),
  );
}

/** The gap cells as hexagons with their figures as properties, for any GIS or the map. */
export function gapsGeoJSON(result: CoverageResult) {
  const { cells } = result;
  const p = localProjection(cells.lat0, cells.lng0);
  return {
    type: 'FeatureCollection' as const,
    features: gapCells(result).map(({ lng: _lng, lat: _lat, ...props }) => ({
      type: 'Feature' as const,
      id: props.cell,
      geometry: { type: 'Polygon' as const, coordinates: [hexRing(p, p.x(cells.lng[props.cell]), p.y(cells.lat[props.cell]), cells.cellSide)] },
      properties: props,
    })),
  };
}
