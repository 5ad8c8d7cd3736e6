// One listing as the exports write it (CSV, GeoJSON): the published file's properties and its
// point, plus, in a moderator's "every listing" export, its status, partner id and dates. The
// resident's export makes these from the features the find page lists; the moderator's comes
// from api.listings_export, which answers in this shape.
import type { AssetFeature, AssetStatus, PublishedAssetProps } from '../types';

export type ExportListing = Omit<PublishedAssetProps, 'import_batch_id' | 'sample' | 'imported_at'> & {
  /** Degrees; for a listing at a private address, the centre of its general area. */
  lat: number;
  lng: number;
  /** Only in the moderators' export: every status is there. */
  status?: AssetStatus;
  /** The partner's own id for an imported listing (moderators' export). */
  external_id?: string | null;
  created_at?: string;
  updated_at?: string;
};

/** What api.listings_export answers for each listing. */
export type ListingsExportRow = ExportListing & { status: AssetStatus; external_id: string | null; created_at: string; updated_at: string };

export function listingFromFeature(f: AssetFeature): ExportListing {
  const { import_batch_id: _batch, sample: _sample, imported_at: _imported, ...props } = f.properties;
  const [lng, lat] = f.geometry.coordinates;
  return { ...props, lat, lng };
}
