// The file residents download: api.published_assets() exactly as the database wrote it (or, in
// tiles mode, the pointer to the tile archive).

import { sha256Hex } from '../_shared/sha256.ts';

export interface PublishedBody {
  bytes: Uint8Array<ArrayBuffer>;
  /** Hex SHA-256 of bytes, recorded so an unchanged file is not uploaded again. */
  sha256: string;
}

export async function publishedBody(json: string): Promise<PublishedBody> {
  if (!json.startsWith('{')) throw new Error('api.published_assets() did not return a JSON object');
  const bytes = new TextEncoder().encode(json);
  return { bytes, sha256: await sha256Hex(bytes) };
}
