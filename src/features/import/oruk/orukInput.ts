// Telling ORUK JSON from a CSV file, as the import worker receives it: services already fetched
// from a feed, a file named .json, or text or bytes that open like JSON ({ or [).
import type { OrukService } from './orukServices';

/** Services read from a feed, handed to the worker as they are. */
export interface OrukInput {
  oruk: OrukService[];
}

export const isOrukInput = (input: unknown): input is OrukInput => !!input && typeof input === 'object' && Array.isArray((input as OrukInput).oruk);

const opensLikeJson = (text: string) => /^\uFEFF?\s*[[{]/.test(text);

/** The JSON text of a file or pasted text when it is meant as JSON; null for CSV. */
export async function jsonTextOf(input: Blob | string): Promise<string | null> {
  if (typeof input === 'string') return opensLikeJson(input) ? input : null;
  const named = typeof File !== 'undefined' && input instanceof File && /\.json$/i.test(input.name);
  const typed = /json/i.test(input.type);
  if (!named && !typed && !opensLikeJson(await input.slice(0, 64).text())) return null;
  return input.text();
}
