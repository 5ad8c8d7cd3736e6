// Where the offline map writes place names: each town or village centre (scripts/sample/towns.ts,
// ranked by size), and each ward's name at the middle of its postcodes, which is where its people
// live and, unlike a polygon's centroid, falls inside a crescent-shaped ward. When the middle
// falls outside the ward anyway, the label goes to the ward's postcode nearest to it.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { SamplePostcode } from './sample/assets';
import type { Town } from './sample/towns';

/** A row of data/postcodes.csv (scripts/sample/files.ts parses it); only where it is and its ward. */
export type LabelPostcode = Pick<SamplePostcode, 'lat' | 'lng' | 'ward_code'>;
type WardFeature = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { code: string; name: string }>;
export type LabelFeature = GeoJSON.Feature<GeoJSON.Point, { kind: 'town'; name: string; rank: 1 | 2 | 3 } | { kind: 'ward-label'; name: string }>;

/** 1: the borough's two big towns; 2: towns; 3: villages and neighbourhoods. */
export function townRank(weight: number): 1 | 2 | 3 {
  return weight >= 7 ? 1 : weight >= 2 ? 2 : 3;
}

const point = (lng: number, lat: number): GeoJSON.Point => ({ type: 'Point', coordinates: [round(lng), round(lat)] });
const round = (n: number) => Math.round(n * 1e5) / 1e5;

export function wardLabelPoint(ward: WardFeature, postcodes: readonly LabelPostcode[]): GeoJSON.Point | null {
  const own = postcodes.filter((p) => p.ward_code === ward.properties.code);
  if (own.length === 0) return null;
  const lat = own.reduce((s, p) => s + p.lat, 0) / own.length;
  const lng = own.reduce((s, p) => s + p.lng, 0) / own.length;
  if (booleanPointInPolygon([lng, lat], ward)) return point(lng, lat);
  const k = Math.cos((lat * Math.PI) / 180); // a degree of longitude is shorter this far north
  const nearest = own.reduce((best, p) => (((p.lng - lng) * k) ** 2 + (p.lat - lat) ** 2 < ((best.lng - lng) * k) ** 2 + (best.lat - lat) ** 2 ? p : best));
  return point(nearest.lng, nearest.lat);
}

export function mapLabelFeatures(towns: readonly Town[], wards: readonly WardFeature[], postcodes: readonly LabelPostcode[]): LabelFeature[] {
  const townLabels: LabelFeature[] = towns.map((t) => ({
    type: 'Feature',
    properties: { kind: 'town', name: t.name, rank: townRank(t.weight) },
    geometry: point(t.lng, t.lat),
  }));
  const wardLabels: LabelFeature[] = wards.flatMap((w) => {
    const at = wardLabelPoint(w, postcodes);
    return at ? [{ type: 'Feature' as const, properties: { kind: 'ward-label' as const, name: w.properties.name }, geometry: at }] : [];
  });
  return [...townLabels, ...wardLabels];
}
