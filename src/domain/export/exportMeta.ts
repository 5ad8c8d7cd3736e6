// What every exported file says about itself: what it holds, when it was made (ISO 8601 with its
// zone), from which page, whose data it is and under what licence. CSV, GeoJSON and ORUK JSON
// files all take their words from here, so the three never disagree.
import { DATA_ATTRIBUTION, LISTINGS_CREDIT, LISTINGS_LICENCE, SAMPLE_NOTICE } from '../attribution';

export type ExportFormat = 'csv' | 'geojson' | 'oruk';

export interface ExportMeta {
  /** What the file holds, in words: "Search results: lunch club, 2 filters" or "Every listing, all statuses". */
  title: string;
  generatedAt: Date;
  /** The page the file was made from (the find page with its filters), to see the same listings again. */
  link: string;
  /** The listings are synthetic samples (a local demo copy). */
  sample: boolean;
}

/** "2026-12-03T14:04:37Z": ISO 8601 in UTC, to the second, with its zone. */
export function generatedAtStamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The credit a file carries: where the listings come from, the open data in them, and a sample warning when they are samples. */
export function exportAttribution(meta: Pick<ExportMeta, 'sample'>): string {
  return [LISTINGS_CREDIT, DATA_ATTRIBUTION, ...(meta.sample ? [SAMPLE_NOTICE] : [])].join(' ');
}

/** The metadata members a JSON export (GeoJSON, ORUK) carries at its top level. */
export function exportMetaJson(meta: ExportMeta, count: number) {
  return {
    title: meta.title,
    generated_at: generatedAtStamp(meta.generatedAt),
    source: meta.link,
    attribution: exportAttribution(meta),
    licence: LISTINGS_LICENCE.name,
    licence_url: LISTINGS_LICENCE.url,
    listings: count,
  };
}

const EXTENSIONS: Record<ExportFormat, string> = { csv: '.csv', geojson: '.geojson', oruk: '-oruk.json' };

/** "common-ground-results-2026-12-03-1404.csv": what it is, and when (UTC), so downloads do not overwrite each other. */
export function exportFileName(what: 'results' | 'all-listings', format: ExportFormat, at: Date): string {
  const stamp = generatedAtStamp(at).slice(0, 16).replace('T', '-').replace(':', '');
  return `common-ground-${what}-${stamp}${EXTENSIONS[format]}`;
}

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  geojson: 'application/geo+json',
  oruk: 'application/json',
};
