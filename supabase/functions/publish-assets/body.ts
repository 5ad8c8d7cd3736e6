// The file residents download: api.published_assets() exactly as the database wrote it.

export interface PublishedBody {
  bytes: Uint8Array<ArrayBuffer>;
  /** Hex SHA-256 of bytes, recorded so an unchanged file is not uploaded again. */
  sha256: string;
}

export async function publishedBody(json: string): Promise<PublishedBody> {
  if (!json.startsWith('{')) throw new Error('api.published_assets() did not return a JSON object');
  const bytes = new TextEncoder().encode(json);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return { bytes, sha256: Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('') };
}
