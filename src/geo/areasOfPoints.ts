// Which area each point lies in, by the coverage engine's own rule: the projection it builds from
// the borough outline and the same polygon locator (coverage.ts). A ward page therefore lists
// exactly the listings the planner's ward table counts in that ward, boundary cases included.
import type { AreaCollection } from '../domain/types.ts';
import { projectionFor, type OutlineFeature } from './hexLattice.ts';
import { projectAreas } from './placePeople.ts';
import { polygonLocator } from './polygonLocator.ts';

/** For each [lng, lat] point, the index of the area holding it, or -1 outside them all. */
export function areasOfPoints(outline: OutlineFeature, areas: AreaCollection, points: readonly (readonly [number, number])[]): Int32Array {
  const proj = projectionFor(outline.geometry);
  const locator = polygonLocator(projectAreas(proj, areas, 'area'));
  const out = new Int32Array(points.length);
  points.forEach(([lng, lat], i) => (out[i] = locator.locate(proj.x(lng), proj.y(lat))));
  return out;
}
