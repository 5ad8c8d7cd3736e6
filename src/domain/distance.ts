// Distances residents read: straight-line metres between two points, shown the way UK services
// show them (metres under 1 km, then km) with a walking time at 80 m a minute, a gentle pace.
import { t } from './i18n';

const EARTH_RADIUS_M = 6_371_008.8; // mean radius, as Turf uses
const WALK_M_PER_MIN = 80;

export interface LatLng {
  lat: number;
  lng: number;
}

/** Great-circle distance in metres. */
export function haversine(a: LatLng, b: LatLng): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLng = (b.lng - a.lng) * toRad;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** "80 m", "350 m", "1.2 km", "12 km": metres rounded to 10 under 1 km, one decimal under 10 km. */
export function formatDistance(metres: number): string {
  if (!Number.isFinite(metres) || metres < 0) return '';
  if (metres < 995) return t('metres', { metres: Math.max(10, Math.round(metres / 10) * 10) });
  if (metres < 9_950) return t('kilometres', { km: Number((metres / 1000).toFixed(1)), decimals: 1 });
  return t('kilometres', { km: Math.round(metres / 1000), decimals: 0 });
}

/**
 * A whole number that is the same for two distances exactly when formatDistance shows them the
 * same ("350 m", "1.2 km"), and larger for a distance shown larger: ties in a distance sort are
 * ties as residents see them.
 */
export function shownDistanceStep(metres: number): number {
  if (metres < 995) return Math.max(1, Math.round(metres / 10));
  if (metres < 9_950) return 100 + Math.round(Number((metres / 1000).toFixed(1)) * 10); // rounds as toFixed does
  return 200 + Math.round(metres / 1000);
}

/** Whole minutes to walk the distance, at least 1. */
export function walkingMinutes(metres: number): number {
  return Math.max(1, Math.ceil(metres / WALK_M_PER_MIN));
}

/** "5 minute walk", "1 hour 5 minute walk"; null beyond an hour and a half, where nobody walks. */
export function formatWalkingTime(metres: number): string | null {
  if (!Number.isFinite(metres) || metres < 0) return null;
  const mins = walkingMinutes(metres);
  if (mins > 90) return null;
  return t('walk', { minutes: mins });
}

/** "350 m, about a 5 minute walk" or "12 km": the line under an asset in a list sorted by distance. */
export function describeDistance(metres: number): string {
  const d = formatDistance(metres);
  return formatWalkingTime(metres) ? t('distanceAndWalk', { distance: d, minutes: walkingMinutes(metres) }) : d;
}
