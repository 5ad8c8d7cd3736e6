// How fresh an asset's details are, from when someone last confirmed them. Residents are told
// plainly when details may be out of date, so nobody travels to a group that stopped meeting.
// A check is a person confirming the details: the organisation ("Still correct", or publishing
// its own listing), a moderator approving it, or the partner whose file gave its own
// last-checked date. An import without such a date is no check: the listing says when it was
// imported and that nobody has confirmed it since, however recent the import.

import type { CheckedBy } from './types';
import { formatDate } from '../i18n';
import { t } from './i18n';

export type Staleness = 'fresh' | 'stale6' | 'stale12';

/** What a listing records about its checks (the fields of PublishedAssetProps and Asset). */
export interface CheckFacts {
  last_verified_at: string | null;
  /** Who checked; absent or null with a date means the organisation (data from before it was kept). */
  checked_by?: CheckedBy | null;
  /** When the details last arrived through an import. */
  imported_at?: string | null;
  /** The import batch, for files published before imported_at existed. */
  import_batch_id?: string | null;
  /** The partner dataset the listing came from. */
  source?: string | null;
}

/** checked: someone confirmed the details; unconfirmed: imported, nobody confirmed them since; never. */
export type CheckState = 'checked' | 'unconfirmed' | 'never';

export interface Freshness {
  level: Staleness;
  /** Whole calendar months since the last check; null when it was never checked. */
  months: number | null;
  state: CheckState;
  /** What the resident sees beside the asset. */
  label: string;
}

function dateOf(iso: string | null | undefined): Date | null {
  if (iso == null) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "2 December 2026", in the reader's time zone and language. */
export function longDate(d: Date): string {
  return formatDate(d);
}

function monthsBetween(from: Date, to: Date): number {
  let m = (to.getFullYear() - from.getFullYear()) * 12 + (to.getMonth() - from.getMonth());
  if (to.getDate() < from.getDate()) m--; // not a full month yet
  return Math.max(0, m);
}

/** Keyed on the import itself (its date or batch), never on the source's text: sample data has a source too. */
export function checkState(f: CheckFacts): CheckState {
  if (dateOf(f.last_verified_at)) return 'checked';
  return f.imported_at || f.import_batch_id ? 'unconfirmed' : 'never';
}

/** "Imported on 2 June 2025 from Wigan Libraries": when and from whom unconfirmed details came. */
export function importedPhrase(f: CheckFacts): string {
  const at = dateOf(f.imported_at);
  return t('imported', { on: at ? longDate(at) : null, source: f.source ?? null });
}

/** The date a listing's months unchecked count from: its last check; for details that came by
 *  import and were never confirmed, that import; else when it was listed. api.staleness_report
 *  applies the same rule in SQL. */
export function uncheckedSince(f: CheckFacts & { created_at: string }): string {
  return f.last_verified_at || f.imported_at || f.created_at;
}

/** A staff report's "last checked" for a listing nobody has checked: "Never", or for an import
 *  "Never: imported on 2 June 2025 from Wigan Libraries, not yet confirmed". */
export function neverCheckedText(f: CheckFacts): string {
  return checkState(f) === 'unconfirmed' ? `Never: ${importedPhrase(f)}, not yet confirmed` : 'Never';
}

/** Under 6 months 'fresh', 6 to 11 'stale6', 12 or more (or never, or unconfirmed) 'stale12'. */
export function staleness(f: CheckFacts, now: Date): Freshness {
  const date = dateOf(f.last_verified_at);
  if (!date) {
    if (checkState(f) === 'unconfirmed') {
      return { level: 'stale12', months: null, state: 'unconfirmed', label: t('freshUnconfirmed', { imported: importedPhrase(f) }) };
    }
    return { level: 'stale12', months: null, state: 'never', label: t('freshNever') };
  }
  const months = monthsBetween(date, now);
  const when = formatDate(date, { month: 'long', year: 'numeric' });
  if (months < 6) return { level: 'fresh', months, state: 'checked', label: t('freshChecked', { when }) };
  if (months < 12) return { level: 'stale6', months, state: 'checked', label: t('freshStale6', { when }) };
  return { level: 'stale12', months, state: 'checked', label: t('freshStale12', { when }) };
}
