// Builds the search index off the main thread so typing never waits for it (about a quarter of a
// second at 50k assets on a 2-core machine), then hands the typed arrays over without copying.
// Page side: src/features/find/createSearchIndex.ts, through src/lib/workerClient.ts.
//   → { id, assets, categoryLabels, categoryParents }   ← { id, index }
import type { AssetFeature, PublishedAssetProps } from '../types';
import { buildSearchIndex, transferables, type SearchIndex } from './buildSearchIndex';

export interface BuildRequest {
  id: number;
  assets: (AssetFeature | PublishedAssetProps)[];
  categoryLabels?: Record<string, string>;
  categoryParents?: Record<string, string>;
}

export interface BuildReply {
  id: number;
  index: SearchIndex;
}

self.onmessage = (e: MessageEvent<BuildRequest>) => {
  const index = buildSearchIndex(e.data.assets, { categoryLabels: e.data.categoryLabels, categoryParents: e.data.categoryParents });
  (self as unknown as Worker).postMessage({ id: e.data.id, index } satisfies BuildReply, transferables(index));
};
