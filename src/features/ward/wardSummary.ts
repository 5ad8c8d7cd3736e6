// What a neighbourhood page says about one ward, put together from the shipped open data and the
// published listings: its people (population, age bands, the deprivation deciles of its LSOAs), its listings
// grouped by category, and the wards around it. Pure, so it is tested in Node.
import { AGE_BANDS, type AgeBand, type AreaCollection, type AreaFeature, type AreaProps, type AssetFeature } from '../../domain/types';
import { topOf, type Taxonomy } from '../../domain/taxonomy';

export interface WardRef {
  code: string;
  name: string;
}

export interface WardLsoa {
  code: string;
  name: string;
  population: number;
  /** IMD 2019 decile, 1 = most deprived tenth of England; null when unknown. */
  decile: number | null;
}

export interface AgeBandPeople {
  band: AgeBand;
  people: number;
  /** Of the ward's population, 0 to 1 (0 when nobody lives there). */
  share: number;
}

export interface CategoryListings {
  /** A top-level category slug ('' for listings in none the taxonomy knows). */
  slug: string;
  listings: AssetFeature[];
}

export interface WardSummary extends WardRef {
  /** The ward's population as the open data gives it. */
  population: number;
  /**
   * People aged 0–15, 16–59 and 60 and over (mid-2015), youngest first: the sums over the ward's
   * LSOAs; null when the area files have no ages (or not for every one of its LSOAs).
   */
  ages: AgeBandPeople[] | null;
  lsoas: WardLsoa[];
  /** People living in LSOAs of each decile: index 0 is decile 1. */
  peopleByDecile: number[];
  /** People in LSOAs of deciles 1–2, the most deprived fifth of England. */
  mostDeprivedPeople: number;
  mostDeprivedLsoas: number;
  listingCount: number;
  /** Each listing once, under the top-level category of its first (primary) category, in the taxonomy's order. */
  byCategory: CategoryListings[];
  nearby: NearbyWard[];
}

export interface NearbyWard extends WardRef {
  /** Shares part of its boundary; otherwise one of the closest. */
  adjacent: boolean;
}

/** Ward codes as the shipped area data spells them (E05…), or any planner-loaded code. */
export function findWard(wards: AreaCollection, code: string): AreaFeature | null {
  return wards.features.find((f) => f.properties.code === code) ?? null;
}

/** A ward by its name, ignoring case and surrounding space (asset pages know only the name). */
export function findWardByName(wards: AreaCollection, name: string): AreaFeature | null {
  const wanted = name.trim().toLocaleLowerCase('en-GB');
  return wards.features.find((f) => f.properties.name.toLocaleLowerCase('en-GB') === wanted) ?? null;
}

/** Every ward, by name, for the index page. */
export function wardList(wards: AreaCollection): WardRef[] {
  return wards.features.map((f) => ({ code: f.properties.code, name: f.properties.name })).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

export interface WardSummaryInput {
  code: string;
  wards: AreaCollection;
  lsoas: AreaCollection;
  features: readonly AssetFeature[];
  /** Index into `wards` of each feature (geo/areasOfPoints.ts), -1 outside every ward. */
  featureWard: ArrayLike<number>;
  taxonomy: Taxonomy;
}

export function summariseWard(input: WardSummaryInput): WardSummary | null {
  const index = input.wards.features.findIndex((f) => f.properties.code === input.code);
  if (index < 0) return null;
  const ward = input.wards.features[index].properties;
  const mine = input.lsoas.features.filter((f) => f.properties.parent_code === ward.code);
  const lsoas = mine
    .map((f) => ({ code: f.properties.code, name: f.properties.name, population: f.properties.population, decile: f.properties.imd_decile }))
    .sort((a, b) => (a.decile ?? 11) - (b.decile ?? 11) || a.name.localeCompare(b.name, 'en-GB'));
  const peopleByDecile = Array.from({ length: 10 }, () => 0);
  for (const l of lsoas) if (l.decile !== null) peopleByDecile[l.decile - 1] += l.population;
  const deprived = lsoas.filter((l) => l.decile === 1 || l.decile === 2);

  const groups = new Map<string, AssetFeature[]>();
  let listingCount = 0;
  input.features.forEach((f, i) => {
    if (input.featureWard[i] !== index) return;
    listingCount++;
    const primary = f.properties.categories[0];
    const slug = primary && input.taxonomy.bySlug.has(primary) ? topOf(input.taxonomy, primary) : '';
    groups.set(slug, [...(groups.get(slug) ?? []), f]);
  });
  const order = [...input.taxonomy.top.map((c) => c.slug), ''];
  const byCategory = order
    .filter((slug) => groups.has(slug))
    .map((slug) => ({ slug, listings: groups.get(slug)!.sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en-GB')) }));

  return {
    code: ward.code,
    name: ward.name,
    population: ward.population,
    ages: ageBands(
      mine.map((f) => f.properties),
      ward.population,
    ),
    lsoas,
    peopleByDecile,
    mostDeprivedPeople: deprived.reduce((n, l) => n + l.population, 0),
    mostDeprivedLsoas: deprived.length,
    listingCount,
    byCategory,
    nearby: nearbyWards(input.wards, index),
  };
}

/** The ward's people by age band, summed over its LSOAs, as shares of its population; null unless every LSOA has all three bands. */
export function ageBands(lsoas: readonly AreaProps[], population: number): AgeBandPeople[] | null {
  if (lsoas.length === 0 || !lsoas.every((l) => AGE_BANDS.every((b) => typeof l[b] === 'number'))) return null;
  return AGE_BANDS.map((band) => {
    const people = lsoas.reduce((n, l) => n + l[band]!, 0);
    return { band, people, share: population > 0 ? people / population : 0 };
  });
}

const CLOSEST = 3;

/**
 * The wards sharing a stretch of boundary with this one (two or more vertices in common: the
 * shipped boundaries are cut from one map, so neighbours share vertices exactly), by name; when
 * none do (areas loaded from elsewhere), the three whose centres are closest.
 */
export function nearbyWards(wards: AreaCollection, index: number): NearbyWard[] {
  const vertexSets = wards.features.map((f) => new Set(vertices(f.geometry.coordinates)));
  const own = vertexSets[index];
  const adjacent = wards.features.filter((_, j) => {
    if (j === index) return false;
    let shared = 0;
    for (const v of vertexSets[j]) if (own.has(v) && ++shared >= 2) return true;
    return false;
  });
  if (adjacent.length > 0) {
    return adjacent.map((f) => ({ code: f.properties.code, name: f.properties.name, adjacent: true })).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  }
  const centres = wards.features.map((f) => centre(f.geometry.coordinates));
  const [x0, y0] = centres[index];
  const cosLat = Math.cos((y0 * Math.PI) / 180);
  return wards.features
    .map((f, j) => ({ f, j, d: Math.hypot((centres[j][0] - x0) * cosLat, centres[j][1] - y0) }))
    .filter((w) => w.j !== index)
    .sort((a, b) => a.d - b.d)
    .slice(0, CLOSEST)
    .map(({ f }) => ({ code: f.properties.code, name: f.properties.name, adjacent: false }));
}

/** Every [lng, lat] of a Polygon's or MultiPolygon's rings, as "lng,lat" keys. */
function vertices(coordinates: unknown, out: string[] = []): string[] {
  if (!Array.isArray(coordinates)) return out;
  if (typeof coordinates[0] === 'number') out.push(`${coordinates[0]},${coordinates[1]}`);
  else for (const c of coordinates) vertices(c, out);
  return out;
}

/** The middle of the bounding box. */
function centre(coordinates: unknown): [number, number] {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const key of vertices(coordinates)) {
    const [x, y] = key.split(',').map(Number);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return [(minX + maxX) / 2, (minY + maxY) / 2];
}
