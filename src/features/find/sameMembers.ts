// Whether two lists hold the same assets in any order: sorting by name or distance changes only
// the order, and the map need not re-cluster for that.
import type { AssetFeature } from '../../domain/types';

export function sameMembers(a: readonly AssetFeature[], b: readonly AssetFeature[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  const ids = new Set<string>();
  for (const f of a) ids.add(f.properties.id);
  for (const f of b) if (!ids.has(f.properties.id)) return false;
  return true;
}
