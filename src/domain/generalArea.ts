// "General area only" (issue 15): a listing that meets at a private address (a group in a
// member's home) is published at the centre of the grid cell its point falls in, with no address.
// The database does the snapping (private.general_area_lat/lng in
// supabase/migrations/20261203100000_private_addresses.sql); this module mirrors it for the
// review page's preview of what residents will see, and says how big an area to draw and how to
// word a distance to it. tests/sql/privateAddress.test.ts keeps the two in step.
import { haversine, type LatLng } from './distance';

/** Degrees of latitude and longitude per cell: about 1 km by 1 km at Wigan's 53.5 degrees north. */
export const GENERAL_AREA_CELL = { lat: 0.009, lng: 0.015 } as const;

/**
 * The radius the map draws a general area with: from the centre to the cell's farthest corner
 * (half the diagonal of about 1,000 m by 990 m, rounded up), so the true point is always inside.
 */
export const GENERAL_AREA_RADIUS_M = 710;

/** The words a resident reads in place of an address. */
export const PRIVATE_ADDRESS_WORDS = 'Meets at a private address: contact them for the address';

const snap = (v: number, step: number) => Number(((Math.floor(v / step) + 0.5) * step).toFixed(6));

/** The centre of the general area a point is in: the same for every point of the cell. */
export function generalAreaCentre(p: LatLng): LatLng {
  return { lat: snap(p.lat, GENERAL_AREA_CELL.lat), lng: snap(p.lng, GENERAL_AREA_CELL.lng) };
}

/**
 * A distance to a general area, rounded as the area allows: "about 2 km", or "under 1 km" when
 * the resident is within about a cell of it (the exact distance could be anything from 0).
 */
export function formatApproximateDistance(metres: number): string {
  if (!Number.isFinite(metres) || metres < 0) return '';
  if (metres < 1_500) return 'within about 1 km';
  return `about ${Math.round(metres / 1000)} km`;
}

/** The approximate distance from a resident to a general area's centre. */
export function describeApproximateDistance(from: LatLng, centre: LatLng): string {
  return formatApproximateDistance(haversine(from, centre));
}
