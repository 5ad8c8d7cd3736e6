// How fresh a listing is, as a rank for breaking ties: residents should meet a group that
// confirmed its details last month before one nobody has checked for two years, whenever the
// search (or the distance) cannot tell them apart. Uses stale.ts's thresholds and its idea of a
// check, so the order agrees with what residents read: an import nobody has confirmed ranks with
// the never checked, however recent the import.
import { checkState, staleness, type CheckFacts } from './stale';

/** Tiers, best first: 0 checked under 6 months ago, 1 under a year, 2 longer ago, never or unconfirmed. */
export const FRESHNESS_TIERS = 3;

export interface CheckedDates extends CheckFacts {
  /** When known, a listing never checked (and not imported) counts as checked when it was created. */
  created_at?: string | null;
}

/** The date freshness is judged from, or null for the bottom tier. */
function judgedDate(p: CheckedDates): string | null {
  if (p.last_verified_at) return p.last_verified_at;
  return checkState(p) === 'unconfirmed' ? null : (p.created_at ?? null);
}

export function freshnessTier(p: CheckedDates, now: Date): number {
  const level = staleness({ last_verified_at: judgedDate(p) }, now).level;
  return level === 'fresh' ? 0 : level === 'stale6' ? 1 : 2;
}

/** freshnessTier for many listings on one day, each distinct date worked out once (imports share dates). */
export function makeFreshnessTiers(now: Date): (p: CheckedDates) => number {
  const known = new Map<string | null, number>();
  return (p) => {
    const key = judgedDate(p);
    let tier = known.get(key);
    if (tier === undefined) known.set(key, (tier = freshnessTier({ last_verified_at: key }, now)));
    return tier;
  };
}
