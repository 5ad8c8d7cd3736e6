// Draws the catchment union off the main thread: Turf's union of a thousand circles takes
// seconds (src/geo/catchments.ts measures it), which would freeze the page.
//   → { id, assets: [lng, lat, …], radius }   ← { id, union, used, truncated } | { id, error }
import { catchments } from '../../geo/catchments';

export interface CatchmentRequest {
  id: number;
  assets: Float64Array;
  radius: number;
}
export type CatchmentReply = { id: number; union: GeoJSON.Feature | null; used: number; truncated: boolean } | { id: number; error: string };

let latest = 0;
self.onmessage = (e: MessageEvent<CatchmentRequest>) => {
  latest = e.data.id;
  // Defer so that a newer request already queued replaces this one before any work is done.
  setTimeout(() => {
    const { id, assets, radius } = e.data;
    if (id !== latest) return;
    try {
      const points = [];
      for (let i = 0; i < assets.length; i += 2) points.push({ lng: assets[i], lat: assets[i + 1] });
      const out = catchments(points, radius);
      self.postMessage({ id, union: out.union, used: out.used, truncated: out.truncated } satisfies CatchmentReply);
    } catch (err) {
      self.postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies CatchmentReply);
    }
  }, 0);
};
