// "Nearby alternatives": the closest other published assets that share the asset's main
// category, so a resident who finds a group closed or full sees where else to go. A main
// category that has types takes in listings of every type (another health service near a GP
// practice listed only as Health); a type takes only its own (libraries near a library).
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
  parentOf: (slug: string) => string | null = () => null,
): Nearby[] {
  const category = from.category;
  if (!category) return [];
  const out: Nearby[] = [];
  for (const f of features) {
    if (f.properties.id === from.id || !f.properties.categories.some((c) => c === category || parentOf(c) === category)) continue;
    const [lng, lat] = f.geometry.coordinates;
    out.push({ feature: f, metres: haversine(from, { lat, lng }) });
  }
  return out.sort((a, b) => a.metres - b.metres).slice(0, limit);
}
