// Plain-English bits of an asset shared by the list and the asset page.
import type { AssetKind, PublishedAssetProps } from '../../domain/types';
import { staleness } from '../../domain/stale';

export const KIND_LABELS: Record<AssetKind, string> = { place: 'Place', group: 'Group', service: 'Service' };
export const KIND_PLURALS: Record<AssetKind, string> = { place: 'Places', group: 'Groups', service: 'Services' };

export function costText(p: Pick<PublishedAssetProps, 'free' | 'cost'>): string {
  if (p.free) return 'Free';
  return p.cost?.trim() ? p.cost.trim() : 'There may be a charge';
}

/** The flag a list shows when nobody has confirmed the details for a year; null when fresh enough. */
export function staleFlag(lastVerified: string | null, now: Date): string | null {
  const f = staleness(lastVerified, now);
  if (f.level !== 'stale12') return null;
  return f.months === null ? 'Details never checked' : 'Not checked for over a year';
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
