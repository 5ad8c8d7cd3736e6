// "General area only" (issue 15): a listing that meets at a private address (a group in a
// member's home) is published at the centre of the grid cell its point falls in, with no address.
// The database does the snapping (private.general_area_lat/lng in
// supabase/migrations/20261203100000_private_addresses.sql); this module mirrors it for the
// review page's preview of what residents will see, and says how big an area to draw and how to
// word a distance to it. tests/sql/privateAddress.test.ts keeps the two in step.
import { describeDistance, haversine, type LatLng } from './distance';
import { t } from './i18n';

/** Degrees of latitude and longitude per cell: about 1 km by 1 km at Wigan's 53.5 degrees north. */
export const GENERAL_AREA_CELL = { lat: 0.009, lng: 0.015 } as const;

/**
 * The radius the map draws a general area with: from the centre to the cell's farthest corner
 * (half the diagonal of about 1,000 m by 990 m, rounded up), so the true point is always inside.
 */
export const GENERAL_AREA_RADIUS_M = 710;

/** The words a resident reads in place of an address (English; residents' pages use privateAddressWords()). */
export const PRIVATE_ADDRESS_WORDS = 'Meets at a private address: contact them for the address';
export const privateAddressWords = () => t('privateAddress');

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
  if (metres < 1_500) return t('withinAboutOneKm');
  return t('aboutKm', { km: Math.round(metres / 1000) });
}

/** The approximate distance from a resident to a general area's centre. */
export function describeApproximateDistance(from: LatLng, centre: LatLng): string {
  return formatApproximateDistance(haversine(from, centre));
}

/** Whether a listing is shown as a general area rather than at a point. */
export const isGeneralArea = (p: { private_address?: boolean | null }): boolean => p.private_address === true;

const EARTH_RADIUS_M = 6_371_008.8;

/**
 * The general area as a closed GeoJSON ring of `steps` points around its centre, GENERAL_AREA_RADIUS_M
 * away (great-circle destination points), for the map to draw as a translucent area.
 */
export function generalAreaRing(centre: LatLng, radius = GENERAL_AREA_RADIUS_M, steps = 48): [number, number][] {
  const toRad = Math.PI / 180;
  const lat1 = centre.lat * toRad;
  const lng1 = centre.lng * toRad;
  const d = radius / EARTH_RADIUS_M;
  const ring: [number, number][] = [];
  for (let i = 0; i < steps; i++) {
    const bearing = (2 * Math.PI * i) / steps;
    const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(bearing));
    const lng2 = lng1 + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
    ring.push([Number((lng2 / toRad).toFixed(6)), Number((lat2 / toRad).toFixed(6))]);
  }
  ring.push(ring[0]);
  return ring;
}

/** The distance line under a listing: approximate for a general area ("about 2 km"), exact otherwise. */
export function describeListingDistance(p: { private_address?: boolean | null }, metres: number): string {
  return isGeneralArea(p) ? formatApproximateDistance(metres) : describeDistance(metres);
}

/** What the list and the map's card say of a listing shown as a general area. */
export const GENERAL_AREA_LABEL = 'General area: meets at a private address';
export const generalAreaLabel = () => t('generalArea');
