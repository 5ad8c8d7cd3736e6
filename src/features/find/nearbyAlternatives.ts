// "Nearby alternatives": the closest other published assets that share the asset's main
// category, so a resident who finds a group closed or full sees where else to go.
import { haversine } from '../../domain/distance';
import type { AssetFeature } from '../../domain/types';

export interface Nearby {
  feature: AssetFeature;
  metres: number;
}

export function nearbyAlternatives(
  features: readonly AssetFeature[],
  from: { id: string; lat: number; lng: number; category: string | undefined },
  limit = 5,
): Nearby[] {
  if (!from.category) return [];
  const out: Nearby[] = [];
  for (const f of features) {
    if (f.properties.id === from.id || !f.properties.categories.includes(from.category)) continue;
    const [lng, lat] = f.geometry.coordinates;
    out.push({ feature: f, metres: haversine(from, { lat, lng }) });
  }
  return out.sort((a, b) => a.metres - b.metres).slice(0, limit);
}
