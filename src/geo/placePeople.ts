// Where the people of each small area (LSOA) live, as weighted points: the area's population
// shared equally over the homes (postcode points) inside it. Shared by postcode rather than by
// area because people live in streets, not fields: on Wigan's own figures, sharing each MSOA's
// people over its postcodes gets its LSOAs' populations right to a median 14%, sharing by area to
// 43% (tests/unit/geo/populationMethod.test.ts). An area holding no home (or analysed without a
// postcode file) has its people spread evenly over its area instead, on a fixed 50 m grid of
// points, or on one point inside it when it is too small for the grid.
//
// Nothing here depends on the display grid, so no figure does either. Every point carries its
// area's IMD decile and the summary area (ward) holding the point itself: a person is counted
// where they live, even when their LSOA straddles a ward boundary.
import type { AreaCollection } from '../domain/types.ts';
import type { LocalProjection } from './localProjection.ts';
import { pointsInShapes } from './pointsInShapes.ts';
import { polygonLocator, type PolygonLocator } from './polygonLocator.ts';
import { crossingsAt, makeCrossings, projectShape, shapeContains, type ProjectedShape } from './projectedShape.ts';

/** Spacing of the points an area's people are spread over when no home lies inside it. */
export const AREA_SAMPLE_M = 50;

export interface PlacedPeople {
  count: number;
  /** Projected metres and degrees of each point. */
  x: Float64Array;
  y: Float64Array;
  lng: Float64Array;
  lat: Float64Array;
  /** People at the point (fractional: an area's population divided among its points). */
  people: Float64Array;
  /** Index into areas.features. */
  area: Int32Array;
  /** IMD decile 1–10 of the point's area, 0 when unknown. */
  decile: Uint8Array;
  /** Index into the summary areas (wards) holding the point, -1 when none does. */
  ward: Int32Array;
  report: PlacementReport;
}

export interface PlacementReport {
  /** Areas whose people were shared over the homes inside them. */
  areasByHomes: number;
  /** Codes of areas with people but no home inside: spread evenly over the area. */
  areasByArea: string[];
  /** Codes of areas lying wholly outside the borough outline: left out of the analysis. */
  areasOutside: string[];
  homesGiven: number;
  /** Homes inside no area (a postcode beyond the areas' boundaries): they place nobody. */
  homesOutsideAreas: number;
  /** People placed (= the population of every area not in areasOutside). */
  people: number;
  /** People living in no summary area (counted in the totals only). */
  peopleOutsideSummary: number;
}

export interface PlaceInputs {
  projection: LocalProjection;
  outline: ProjectedShape;
  areas: AreaCollection;
  wards: AreaCollection;
  /** Homes as packed [lng0, lat0, lng1, lat1, …], or null to spread every area by area. */
  homes: Float64Array | null;
  /** The summary areas' shapes and locator, when the caller has them already. */
  wardShapes?: ProjectedShape[];
  wardLocator?: PolygonLocator;
}

export function placePeople(input: PlaceInputs): PlacedPeople {
  const { projection: proj, areas, wards } = input;
  checkAreas(areas, 'areas');
  checkAreas(wards, 'wards');
  const homes = input.homes ?? new Float64Array(0);
  checkHomes(homes);
  const areaShapes = projectAreas(proj, areas, 'area');
  const nAreas = areas.features.length;

  // Homes into areas.
  const h = homes.length / 2;
  const hx = new Float64Array(h),
    hy = new Float64Array(h);
  for (let i = 0; i < h; i++) {
    hx[i] = proj.x(homes[2 * i]);
    hy[i] = proj.y(homes[2 * i + 1]);
  }
  const homeArea = pointsInShapes(hx, hy, areaShapes);
  const homesIn = new Int32Array(nAreas);
  let homesOutsideAreas = 0;
  for (let i = 0; i < h; i++) {
    if (homeArea[i] >= 0) homesIn[homeArea[i]]++;
    else homesOutsideAreas++;
  }

  // Areas with people and no home: points spread over the area.
  const spread: { area: number; xs: number[]; ys: number[] }[] = [];
  const areasByArea: string[] = [];
  let areasByHomes = 0;
  areas.features.forEach((f, a) => {
    if (homesIn[a] > 0) areasByHomes++;
    else if (f.properties.population > 0) {
      spread.push({ area: a, ...areaPoints(areaShapes[a]) });
      areasByArea.push(f.properties.code);
    }
  });

  // An area none of whose points lies inside the outline is another borough's: leave it out.
  // Areas are tested point by point until one is inside, which for a borough's own areas is the first.
  const scratch = makeCrossings();
  const inOutline = (x: number, y: number) => shapeContains(input.outline, x, y, scratch);
  const anyInside = new Uint8Array(nAreas);
  for (let i = 0; i < h; i++) if (homeArea[i] >= 0 && !anyInside[homeArea[i]] && inOutline(hx[i], hy[i])) anyInside[homeArea[i]] = 1;
  for (const s of spread) if (s.xs.some((x, k) => inOutline(x, s.ys[k]))) anyInside[s.area] = 1;
  const areasOutside = areas.features.filter((f, a) => f.properties.population > 0 && !anyInside[a]).map((f) => f.properties.code);

  let n = 0;
  for (let i = 0; i < h; i++) if (homeArea[i] >= 0 && anyInside[homeArea[i]] && areas.features[homeArea[i]].properties.population > 0) n++;
  for (const s of spread) if (anyInside[s.area]) n += s.xs.length;
  const out = allocate(n);
  const wardLocator = input.wardLocator ?? polygonLocator(input.wardShapes ?? projectAreas(proj, wards, 'ward'));
  const wardByCode = new Map(wards.features.map((w, k) => [w.properties.code, k]));
  // A point inside no ward polygon (a sliver between generalised boundaries) goes to the ward
  // its area names: the summary area with the area's own code, or its parent_code.
  const fallbackWard = areas.features.map((f) => wardByCode.get(f.properties.code) ?? wardByCode.get(f.properties.parent_code ?? '') ?? -1);
  let k = 0,
    placed = 0,
    outside = 0;
  const put = (x: number, y: number, lng: number, lat: number, a: number, people: number) => {
    out.x[k] = x;
    out.y[k] = y;
    out.lng[k] = lng;
    out.lat[k] = lat;
    out.people[k] = people;
    out.area[k] = a;
    out.decile[k] = areas.features[a].properties.imd_decile ?? 0;
    const w = wardLocator.locate(x, y);
    out.ward[k] = w >= 0 ? w : fallbackWard[a];
    if (out.ward[k] < 0) outside += people;
    placed += people;
    k++;
  };
  for (let i = 0; i < h; i++) {
    const a = homeArea[i];
    if (a < 0 || !anyInside[a]) continue;
    const pop = areas.features[a].properties.population;
    if (pop > 0) put(hx[i], hy[i], homes[2 * i], homes[2 * i + 1], a, pop / homesIn[a]);
  }
  for (const s of spread) {
    if (!anyInside[s.area]) continue;
    const share = areas.features[s.area].properties.population / s.xs.length;
    s.xs.forEach((x, j) => put(x, s.ys[j], proj.lng(x), proj.lat(s.ys[j]), s.area, share));
  }
  out.report = { areasByHomes, areasByArea, areasOutside, homesGiven: h, homesOutsideAreas, people: placed, peopleOutsideSummary: outside };
  return out;
}

function allocate(n: number): PlacedPeople {
  return {
    count: n,
    x: new Float64Array(n),
    y: new Float64Array(n),
    lng: new Float64Array(n),
    lat: new Float64Array(n),
    people: new Float64Array(n),
    area: new Int32Array(n),
    decile: new Uint8Array(n),
    ward: new Int32Array(n),
    report: { areasByHomes: 0, areasByArea: [], areasOutside: [], homesGiven: 0, homesOutsideAreas: 0, people: 0, peopleOutsideSummary: 0 },
  };
}

/**
 * Points inside a shape on a square grid of AREA_SAMPLE_M anchored at the projection's origin
 * (so the same area always gets the same points), by scanlines with the half-open even-odd rule.
 * A shape too small for the grid gets one point: the middle of the widest run of its middle row.
 */
export function areaPoints(shape: ProjectedShape, spacing = AREA_SAMPLE_M): { xs: number[]; ys: number[] } {
  const xs: number[] = [],
    ys: number[] = [];
  const crossings = makeCrossings();
  const half = spacing / 2;
  for (let y = Math.ceil((shape.minY - half) / spacing) * spacing + half; y <= shape.maxY; y += spacing) {
    const m = crossingsAt(shape, y, crossings);
    for (let i = 0; i + 1 < m; i += 2) {
      const x0 = crossings.xs[i],
        x1 = crossings.xs[i + 1];
      for (let x = Math.ceil((x0 - half) / spacing) * spacing + half; x < x1; x += spacing) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length > 0) return { xs, ys };
  // Rows from the middle outwards until one crosses the shape (a thin sliver may miss the middle).
  for (let step = 0; step <= 16; step++) {
    const t = step === 0 ? 0.5 : 0.5 + ((step % 2 ? 1 : -1) * Math.ceil(step / 2)) / 18;
    const y = shape.minY + t * (shape.maxY - shape.minY);
    const m = crossingsAt(shape, y, crossings);
    let best = -1,
      width = 0;
    for (let i = 0; i + 1 < m; i += 2) if (crossings.xs[i + 1] - crossings.xs[i] > width) [best, width] = [i, crossings.xs[i + 1] - crossings.xs[i]];
    if (best >= 0) return { xs: [(crossings.xs[best] + crossings.xs[best + 1]) / 2], ys: [y] };
  }
  return { xs: [(shape.minX + shape.maxX) / 2], ys: [(shape.minY + shape.maxY) / 2] };
}

export function projectAreas(proj: LocalProjection, areas: AreaCollection, what: string): ProjectedShape[] {
  return areas.features.map((f, i) => projectShape(f.geometry, proj, `${what} ${f.properties?.code ?? `#${i + 1}`} (feature ${i + 1})`));
}

/** Checks the properties the analysis reads, naming the feature and field at fault. */
export function checkAreas(areas: AreaCollection, what: string): void {
  if (!areas || areas.type !== 'FeatureCollection' || !Array.isArray(areas.features)) {
    throw new TypeError(`${what}: expected a GeoJSON FeatureCollection of areas`);
  }
  areas.features.forEach((f, i) => {
    const p = f?.properties as unknown as Record<string, unknown> | undefined;
    const at = `${what}: feature ${i + 1}${p && typeof p.code === 'string' ? ` (${p.code})` : ''}`;
    if (!p) throw new TypeError(`${at} has no properties; expected code, name, population, imd_decile`);
    if (typeof p.code !== 'string' || p.code === '') throw new TypeError(`${at}: code must be a non-empty string, got ${JSON.stringify(p.code)}`);
    if (typeof p.population !== 'number' || !Number.isFinite(p.population) || p.population < 0) {
      throw new TypeError(`${at}: population must be a number of people, 0 or more, got ${JSON.stringify(p.population)}`);
    }
    const d = p.imd_decile;
    if (d != null && !(Number.isInteger(d) && (d as number) >= 1 && (d as number) <= 10)) {
      throw new TypeError(`${at}: imd_decile must be a whole number from 1 to 10 or null, got ${JSON.stringify(d)}`);
    }
  });
}

function checkHomes(homes: Float64Array): void {
  if (homes.length % 2 !== 0) throw new RangeError(`homes: expected [lng, lat] pairs, got ${homes.length} numbers`);
  for (let i = 0; i < homes.length; i += 2) {
    if (!(Math.abs(homes[i]) <= 180) || !(Math.abs(homes[i + 1]) <= 90)) {
      throw new RangeError(`homes: point ${i / 2 + 1} is not a longitude and latitude in degrees (${homes[i]}, ${homes[i + 1]})`);
    }
  }
}
