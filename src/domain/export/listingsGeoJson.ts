// Listings → a GeoJSON FeatureCollection (RFC 7946) any GIS opens: one Point per listing (a
// listing at a private address has its general area's centre), its details as properties, and
// what the file is as top-level members (title, generated_at, source, attribution, licence),
// which RFC 7946 allows as "foreign members" and readers that do not know them ignore.
import type { ExportListing } from './exportListing';
import { exportMetaJson, type ExportMeta } from './exportMeta';

export function listingsGeoJson(listings: readonly ExportListing[], meta: ExportMeta) {
  return {
    type: 'FeatureCollection' as const,
    ...exportMetaJson(meta, listings.length),
    features: listings.map(({ lat, lng, ...properties }) => ({
      type: 'Feature' as const,
      id: properties.id,
      geometry: { type: 'Point' as const, coordinates: [lng, lat] as [number, number] },
      properties,
    })),
  };
}
