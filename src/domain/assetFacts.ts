// Plain-English bits of an asset shared by the list and the asset page.
import type { AssetKind, PublishedAssetProps } from './types';
import { checkState, importedPhrase, longDate, staleness, type CheckFacts } from './stale';

export const KIND_LABELS: Record<AssetKind, string> = { place: 'Place', group: 'Group', service: 'Service' };
export const KIND_PLURALS: Record<AssetKind, string> = { place: 'Places', group: 'Groups', service: 'Services' };

export function costText(p: Pick<PublishedAssetProps, 'free' | 'cost'>): string {
  if (p.free) return 'Free';
  return p.cost?.trim() ? p.cost.trim() : 'There may be a charge';
}

/** The flag a list shows when nobody has confirmed the details for a year (or at all); null when fresh enough. */
export function staleFlag(p: CheckFacts, now: Date): string | null {
  const f = staleness(p, now);
  if (f.level !== 'stale12') return null;
  return f.state === 'unconfirmed' ? 'Imported, not yet confirmed' : f.state === 'never' ? 'Details never checked' : 'Not checked for over a year';
}

const CHECKED_BY = { organisation: 'by the organisation', moderator: 'by a council moderator' } as const;

/** The asset page's "Last checked": the day, and who checked (or that an import is unconfirmed). */
export function checkedText(p: CheckFacts): string {
  const state = checkState(p);
  if (state === 'unconfirmed') return `Not yet: ${importedPhrase(p)}`;
  if (state === 'never') return 'Never';
  const day = longDate(new Date(p.last_verified_at!));
  if (p.checked_by === 'partner') return `${day}, ${p.source ? `according to ${p.source}` : 'according to the partner who supplied them'}`;
  return `${day}, ${CHECKED_BY[p.checked_by ?? 'organisation']}`;
}

/** "23 results for ‘food’ near WN1 1AA": what the live region says after each change. */
export function resultSummary(count: number, query: string, nearLabel: string | null, filterCount: number, partial = false): string {
  const q = query.trim();
  let text = `${count.toLocaleString('en-GB')} ${count === 1 ? 'result' : 'results'}`;
  if (q) text += partial ? ` close to ‘${q}’ (none has every word)` : ` for ‘${q}’`;
  if (nearLabel) text += ` near ${nearLabel}`;
  if (filterCount > 0) text += `, ${filterCount} ${filterCount === 1 ? 'filter' : 'filters'} applied`;
  return text;
}
