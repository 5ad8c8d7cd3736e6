// An equirectangular projection in metres around one latitude, so the hot loops of the coverage
// analysis (lattice, nearest asset, point in polygon) work in plain x/y with Pythagoras.
//
// Why this is accurate enough at borough scale: east–west distances are scaled by cos(lat0)
// everywhere, while the true scale is cos(lat). The relative error is about tan(lat0)·Δlat (in
// radians), so 10 km north or south of the centre at 53.5°N it is ~0.2% (≈2 m on an 800 m
// walking threshold, ≈20 m over 10 km); north–south distances are exact on the sphere. That is
// well below the uncertainty of a geocoded address or a straight-line "10-minute walk". The earth
// radius is Turf's, so distances agree with @turf/distance (tests/unit/geo/localProjection.test.ts).

/** Turf's mean earth radius in metres (@turf/helpers `earthRadius`). */
export const EARTH_RADIUS_M = 6371008.8;
const RAD = Math.PI / 180;

export interface LocalProjection {
  readonly lat0: number;
  readonly lng0: number;
  /** Metres per degree of longitude at lat0, and per degree of latitude. */
  readonly kx: number;
  readonly ky: number;
  x(lng: number): number;
  y(lat: number): number;
  lng(x: number): number;
  lat(y: number): number;
}

/** Projection centred on (lat0, lng0); x grows east, y grows north, both in metres. */
export function localProjection(lat0: number, lng0 = 0): LocalProjection {
  if (!Number.isFinite(lat0) || Math.abs(lat0) > 85) {
    throw new RangeError(`localProjection: lat0 must be a latitude between -85 and 85, got ${lat0}`);
  }
  if (!Number.isFinite(lng0)) throw new RangeError(`localProjection: lng0 must be a number, got ${lng0}`);
  const ky = EARTH_RADIUS_M * RAD;
  const kx = ky * Math.cos(lat0 * RAD);
  return {
    lat0,
    lng0,
    kx,
    ky,
    x: (lng) => (lng - lng0) * kx,
    y: (lat) => (lat - lat0) * ky,
    lng: (x) => lng0 + x / kx,
    lat: (y) => lat0 + y / ky,
  };
}
