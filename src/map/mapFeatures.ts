// MapLibre wants flat properties and numeric feature ids (for feature-state selection); our
// features carry category arrays and uuid ids. This adapts them once per data change.
import type { AssetFeature } from '../domain/types';

export interface MapAssetFeature {
  type: 'Feature';
  id: number;
  geometry: AssetFeature['geometry'];
  properties: { uuid: string; name: string; primary: string; kind: string };
}

/** `primaryOf` turns a listing's first category into the one its marker shows (its top-level category). */
export function toMapFeatures(features: readonly AssetFeature[], numericIdOf: (uuid: string) => number, primaryOf: (slug: string) => string = (s) => s) {
  return {
    type: 'FeatureCollection' as const,
    features: features.map(
      (f): MapAssetFeature => ({
        type: 'Feature',
        id: numericIdOf(f.properties.id),
        geometry: f.geometry,
        properties: {
          uuid: f.properties.id,
          name: f.properties.name,
          primary: primaryOf(f.properties.categories[0] ?? ''),
          kind: f.properties.kind,
        },
      }),
    ),
  };
}

/** Stable numeric ids for uuids, so feature-state survives re-filtering. */
export function makeNumericIds(): (uuid: string) => number {
  const ids = new Map<string, number>();
  return (uuid) => {
    let n = ids.get(uuid);
    if (n === undefined) ids.set(uuid, (n = ids.size + 1));
    return n;
  };
}
