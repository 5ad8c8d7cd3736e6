// Files a planner takes away from the coverage view: the ward table and the gap cells as CSV, and
// the gap cells as GeoJSON hexagons. Each carries where it came from (coverageMethod.ts): CSV files
// start with "#" lines (settings, method, data vintages, the link that reproduces the analysis;
// spreadsheets show them as rows, `read.csv(comment.char = "#")` and pandas `comment="#"` skip
// them), GeoJSON files a "metadata" member. CSV cells that a spreadsheet would run as a formula
// are neutralised (docs/ARCHITECTURE.md "Security"), since ward and area
// names come from imported files.
import { csvCell } from '../domain/csvCell.ts';
import type { CoverageResult } from './coverage.ts';
import { provenanceJson, type Provenance } from './coverageMethod.ts';
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

function csv(header: string[], rows: (string | number | null | undefined)[][], provenance?: Provenance): string {
  // CRLF line endings per RFC 4180, which is what spreadsheet imports expect.
  const lines = [header, ...rows].map((r) => r.map(csvField).join(','));
  return [...(provenance ? provenanceLines(provenance) : []), ...lines].join('\r\n') + '\r\n';
}

/** The "#" block at the top of a CSV export: one `# label,value` row per fact. */
export function provenanceLines(p: Provenance): string[] {
  const row = (label: string, value: string) => `${csvField(`# ${label}`)},${csvField(value)}`;
  return [
    row('Common Ground coverage', p.title),
    row('Generated', p.generatedAt.toISOString()),
    row('Link', p.link),
    ...p.settings.map((l) => row(l.label, l.text)),
    ...p.method.map((l) => row(l.label, l.text)),
  ];
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

export function wardSummaryCsv(rows: readonly WardRow[], provenance?: Provenance): string {
  return csv(
    [...WARD_SUMMARY_COLUMNS],
    rows.map((r) => [r.code, r.name, r.population, r.populationWithin, r.pctWithin, r.assets, r.assetsPer1000, r.gapPopulation, r.gapPopulationMostDeprived]),
    provenance,
  );
}

/** The gaps as the page lists them (rank under the chosen emphasis, and name). */
export interface ExportGap {
  rank: number;
  name: string;
  cells: readonly number[];
}

export interface ExportOptions {
  gaps?: readonly ExportGap[];
  provenance?: Provenance;
}

interface GapCell {
  cell: number;
  lng: number;
  lat: number;
  /** Metres from the cell centre to the nearest asset, or null when there are no assets at all. */
  distance_m: number | null;
  /** People living in the cell, and those of them out of reach. */
  population: number;
  population_out_of_reach: number;
  imd_decile: number | null;
  ward_code: string | null;
  ward_name: string | null;
  /** The best-ranked listed gap holding this cell, or null when it is in none of them. */
  gap_rank: number | null;
  gap_name: string | null;
}

function gapCells(result: CoverageResult, gaps: readonly ExportGap[]): GapCell[] {
  const { cells, wards } = result;
  const gapOf = new Map<number, ExportGap>();
  for (const g of [...gaps].sort((a, b) => b.rank - a.rank)) for (const i of g.cells) gapOf.set(i, g);
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
      population_out_of_reach: Math.round(cells.gapPopulation[i] * 10) / 10,
      imd_decile: cells.decile[i] || null,
      ward_code: w?.code ?? null,
      ward_name: w?.name ?? null,
      gap_rank: gapOf.get(i)?.rank ?? null,
      gap_name: gapOf.get(i)?.name ?? null,
    });
  }
  return out;
}

const defaultGaps = (result: CoverageResult): ExportGap[] =>
  result.worstGaps.map((g) => ({ rank: g.rank, name: g.wardIndex >= 0 ? (result.wards[g.wardIndex]?.name ?? '') : '', cells: g.cells }));

/** The gap cells, one row each, centres in degrees; a blank distance means there are no assets to reach. */
export function gapCellsCsv(result: CoverageResult, options: ExportOptions = {}): string {
  const rows = gapCells(result, options.gaps ?? defaultGaps(result));
  const header = ['cell', 'lng', 'lat', 'distance_m', 'population', 'population_out_of_reach', 'imd_decile', 'ward_code', 'ward_name', 'gap_rank', 'gap_name'];
  return csv(
    header,
    rows.map((r) => [r.cell, r.lng, r.lat, r.distance_m, r.population, r.population_out_of_reach, r.imd_decile, r.ward_code, r.ward_name, r.gap_rank, r.gap_name]),
    options.provenance,
  );
}

/** The gap cells as hexagons with their figures as properties, for any GIS or the map. */
export function gapsGeoJSON(result: CoverageResult, options: ExportOptions = {}) {
  const { cells } = result;
  const p = localProjection(cells.lat0, cells.lng0);
  return {
    type: 'FeatureCollection' as const,
    ...(options.provenance ? { metadata: provenanceJson(options.provenance) } : {}),
    features: gapCells(result, options.gaps ?? defaultGaps(result)).map(({ lng: _lng, lat: _lat, ...props }) => ({
      type: 'Feature' as const,
      id: props.cell,
      geometry: { type: 'Polygon' as const, coordinates: [hexRing(p, p.x(cells.lng[props.cell]), p.y(cells.lat[props.cell]), cells.cellSide)] },
      properties: props,
    })),
  };
}
