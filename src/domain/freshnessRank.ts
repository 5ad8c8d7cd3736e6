// How fresh a listing is, as a rank for breaking ties: residents should meet a group that
// confirmed its details last month before one nobody has checked for two years, whenever the
// search (or the distance) cannot tell them apart. Uses stale.ts's thresholds so the order
// agrees with the warnings residents see.
import { staleness } from './stale';

/** Tiers, best first: 0 checked under 6 months ago, 1 under a year, 2 longer ago or never. */
export const FRESHNESS_TIERS = 3;

export interface CheckedDates {
  last_verified_at: string | null;
  /** When known, a listing never checked counts as checked when it was created. */
  created_at?: string | null;
}

export function freshnessTier(p: CheckedDates, now: Date): number {
  const level = staleness(p.last_verified_at ?? p.created_at ?? null, now).level;
  return level === 'fresh' ? 0 : level === 'stale6' ? 1 : 2;
}

/** freshnessTier for many listings on one day, each distinct date worked out once (imports share dates). */
export function makeFreshnessTiers(now: Date): (p: CheckedDates) => number {
  const known = new Map<string | null, number>();
  return (p) => {
    const key = p.last_verified_at ?? p.created_at ?? null;
    let tier = known.get(key);
    if (tier === undefined) known.set(key, (tier = freshnessTier({ last_verified_at: key }, now)));
    return tier;
  };
}
