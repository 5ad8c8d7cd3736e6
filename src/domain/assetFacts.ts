// Plain-English bits of an asset shared by the list and the asset page.
import type { AssetKind, PublishedAssetProps } from './types';
import { checkState, importedPhrase, longDate, staleness, type CheckFacts } from './stale';
import { t } from './i18n';

// English, for files and staff tools; residents read kindLabel/kindPlural from ./i18n.
export const KIND_LABELS: Record<AssetKind, string> = { place: 'Place', group: 'Group', service: 'Service' };
export const KIND_PLURALS: Record<AssetKind, string> = { place: 'Places', group: 'Groups', service: 'Services' };

export function costText(p: Pick<PublishedAssetProps, 'free' | 'cost'>): string {
  if (p.free) return t('free');
  return p.cost?.trim() ? p.cost.trim() : t('mayCharge');
}

/** The flag a list shows when nobody has confirmed the details for a year (or at all); null when fresh enough. */
export function staleFlag(p: CheckFacts, now: Date): string | null {
  const f = staleness(p, now);
  if (f.level !== 'stale12') return null;
  return f.state === 'unconfirmed' ? t('staleUnconfirmed') : f.state === 'never' ? t('staleNever') : t('staleYear');
}

/** The asset page's "Last checked": the day, and who checked (or that an import is unconfirmed). */
export function checkedText(p: CheckFacts): string {
  const state = checkState(p);
  if (state === 'unconfirmed') return t('checkedNotYet', { imported: importedPhrase(p) });
  if (state === 'never') return t('checkedNever');
  const day = longDate(new Date(p.last_verified_at!));
  if (p.checked_by === 'partner') return t('checkedByPartner', { day, source: p.source ?? null });
  return p.checked_by === 'moderator' ? t('checkedByModerator', { day }) : t('checkedByOrganisation', { day });
}

/** "23 results for ‘food’ near WN1 1AA": what the live region says after each change. */
export function resultSummary(count: number, query: string, nearLabel: string | null, filterCount: number, partial = false): string {
  const q = query.trim();
  let text = t('summaryCount', { count });
  if (q) text += partial ? t('summaryCloseTo', { q }) : t('summaryFor', { q });
  if (nearLabel) text += t('summaryNear', { place: nearLabel });
  if (filterCount > 0) text += t('summaryFilters', { count: filterCount });
  return text;
}
