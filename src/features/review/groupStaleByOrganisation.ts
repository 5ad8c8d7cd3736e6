// The staleness report grouped by organisation: the organisations with the oldest listings
// first, and within each, listings whose reminders went unanswered, then the oldest.
import type { StaleAsset } from '../../backend/api';

export interface StaleGroup {
  /** Safe for an element id. */
  key: string;
  org_id: string | null;
  org_name: string | null;
  assets: StaleAsset[];
  worst: number;
}

export function groupStaleByOrganisation(rows: readonly StaleAsset[]): StaleGroup[] {
  const groups = new Map<string, StaleGroup>();
  for (const r of rows) {
    const key = r.org_id ?? 'none';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, org_id: r.org_id, org_name: r.org_name, assets: [], worst: 0 }));
    g.assets.push(r);
    g.worst = Math.max(g.worst, r.months_since);
  }
  const list = [...groups.values()];
  for (const g of list) g.assets.sort((a, b) => Number(b.unanswered) - Number(a.unanswered) || b.months_since - a.months_since || a.name.localeCompare(b.name));
  return list.sort((a, b) => b.worst - a.worst || b.assets.length - a.assets.length || (a.org_name ?? '').localeCompare(b.org_name ?? ''));
}
