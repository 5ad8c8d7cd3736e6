// One downloadable file of listings in the format asked for: the one place that knows which
// builder makes which format, its file name and media type. ORUK services come from the
// database (api.oruk_export), so the caller passes how to fetch them.
import type { ExportListing } from './exportListing';
import { EXPORT_MEDIA_TYPES, exportFileName, type ExportFormat, type ExportMeta } from './exportMeta';
import { listingsCsv } from './listingsCsv';
import { listingsGeoJson } from './listingsGeoJson';
import { orukExportFile } from './orukExportFile';

export interface ExportRequest {
  what: 'results' | 'all-listings';
  listings: readonly ExportListing[];
  meta: ExportMeta;
  /** The moderators' export: every status, with status, source and dates columns. */
  withStatus?: boolean;
  /** The ORUK services for these listings. */
  orukServices: () => Promise<readonly unknown[]>;
}

export async function buildExport(format: ExportFormat, r: ExportRequest): Promise<{ fileName: string; text: string; type: string }> {
  const fileName = exportFileName(r.what, format, r.meta.generatedAt);
  const type = EXPORT_MEDIA_TYPES[format];
  if (format === 'csv') return { fileName, type, text: listingsCsv(r.listings, r.meta, { withStatus: r.withStatus }) };
  if (format === 'geojson') return { fileName, type, text: JSON.stringify(listingsGeoJson(r.listings, r.meta)) };
  return { fileName, type, text: JSON.stringify(orukExportFile(await r.orukServices(), r.meta)) };
}

/** The listings are the build's synthetic samples (the published file marks them the same way). */
export const sampleListings = (listings: readonly Pick<ExportListing, 'source'>[]) => listings.some((l) => l.source?.startsWith('Sample: '));
