// How fresh an asset's details are, from when someone last confirmed them. Residents are told
// plainly when details may be out of date, so nobody travels to a group that stopped meeting.

export type Staleness = 'fresh' | 'stale6' | 'stale12';

export interface Freshness {
  level: Staleness;
  /** Whole calendar months since the last check; null when it was never checked. */
  months: number | null;
  /** What the resident sees beside the asset. */
  label: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthsBetween(from: Date, to: Date): number {
  let m = (to.getFullYear() - from.getFullYear()) * 12 + (to.getMonth() - from.getMonth());
  if (to.getDate() < from.getDate()) m--; // not a full month yet
  return Math.max(0, m);
}

/** Under 6 months 'fresh', 6 to 11 'stale6', 12 or more (or never) 'stale12'. */
export function staleness(lastVerified: string | Date | null | undefined, now: Date): Freshness {
  const date = lastVerified == null ? null : new Date(lastVerified);
  if (!date || Number.isNaN(date.getTime())) {
    return { level: 'stale12', months: null, label: 'These details have not been checked. Contact them before you go.' };
  }
  const months = monthsBetween(date, now);
  const when = `${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
  if (months < 6) return { level: 'fresh', months, label: `Details checked ${when}` };
  if (months < 12) return { level: 'stale6', months, label: `Details last checked ${when}. They may have changed.` };
  return { level: 'stale12', months, label: `Details last checked ${when}, over a year ago. Contact them before you go.` };
}
