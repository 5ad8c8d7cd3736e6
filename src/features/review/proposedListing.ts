// A listing under review as it would be once approved: the published listing with the proposed
// changes on top (a new listing is all proposal), as the feature the resident list shows, and
// where its pin moves from and to.
import { haversine, type LatLng } from '../../domain/distance';
import type { Asset, AssetFeature } from '../../domain/types';
import { generalAreaCentre, isGeneralArea } from '../../domain/generalArea';

export function proposedListing(asset: Asset): Asset {
  return { ...asset, ...(asset.pending_changes ?? {}) } as Asset;
}

/**
 * The resident's result card for the listing once approved. Approval counts as a check of its
 * details (issue 13: "Approval by a moderator counts as a check"), so it is shown as checked now.
 * A listing that meets at a private address is what residents get: its general area, no address
 * or postcode; `exact` gives the moderator's own view, a pin at the exact point.
 */
export function residentFeature(asset: Asset, now: Date, { exact = false } = {}): AssetFeature {
  const proposed = proposedListing(asset);
  const hidden = !exact && isGeneralArea(proposed);
  const a = hidden ? { ...proposed, ...generalAreaCentre(proposed), address: null, postcode: null } : proposed;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [a.lng, a.lat] },
    properties: {
      id: a.id,
      kind: a.kind,
      name: a.name,
      description: a.description,
      categories: a.categories,
      org_id: a.org_id,
      org_name: a.org_name,
      ward: a.ward,
      address: a.address,
      postcode: a.postcode,
      opening_hours: a.opening_hours,
      free: a.free,
      cost: a.cost,
      age_groups: a.age_groups,
      accessibility: a.accessibility,
      last_verified_at: now.toISOString(),
      phone: a.phone,
      email: a.email,
      website: a.website,
      languages: a.languages,
      ...(hidden ? { private_address: true } : {}),
    },
  };
}

export interface PinMove {
  /** Where residents see it now (null for a new listing). */
  from: LatLng | null;
  to: LatLng;
  /** Metres between them; 0 when it does not move. */
  metres: number;
}

export function pinMove(asset: Asset): PinMove {
  const to = proposedListing(asset);
  const moved = asset.status === 'published' && (to.lat !== asset.lat || to.lng !== asset.lng);
  const from = asset.status === 'published' ? { lat: asset.lat, lng: asset.lng } : null;
  return { from, to: { lat: to.lat, lng: to.lng }, metres: moved && from ? haversine(from, to) : 0 };
}
