// The partner's listings on the map that a new file of theirs no longer has: a re-import says so,
// and the moderator chooses to keep them or archive them with the batch.
import type { ImportListings } from '../../backend/api';
import type { Uuid } from '../../domain/types';

export interface MissingListing {
  id: Uuid;
  name: string;
  external_id: string;
}

/**
 * Every listing of the partner's, not archived, whose partner id no row of the file has (a row
 * with problems still names its listing: a typo is not a closure). Ids compare as the database
 * compares them, trimmed of spaces. By name.
 */
export function missingFromFile(listings: ImportListings, fileExternalIds: Iterable<string | null | undefined>): MissingListing[] {
  const inFile = new Set<string>();
  for (const id of fileExternalIds) if (id) inFile.add(id.replace(/^ +| +$/g, ''));
  const names = new Map<Uuid, string>();
  for (const [id, name] of listings.listings) names.set(id, name);
  const out: MissingListing[] = [];
  for (const [external_id, id] of listings.partner_ids) {
    const name = names.get(id);
    if (name !== undefined && !inFile.has(external_id)) out.push({ id, name, external_id });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.external_id.localeCompare(b.external_id));
}
