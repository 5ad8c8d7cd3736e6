// Which published listings an analysis counts: by category (a category with all its types, or
// one type such as libraries) and kind, and by layer — one partner dataset (a listing's source),
// one import batch, listings checked within N months, with or without the demo's sample
// listings. Also the choices the settings panel offers, with counts.
import { inSelection, type Taxonomy } from '../../domain/taxonomy';
import type { AssetFeature } from '../../domain/types';
import type { PlanSettings } from './planSettings';

export type LayerSettings = Pick<PlanSettings, 'categories' | 'kinds' | 'source' | 'batch' | 'checkedMonths' | 'includeSample'>;

/** The date N calendar months before `now` (the 31st falls back to the month's last day). */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1, now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds()),
  );
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  return d;
}

export function chooseAssets(features: readonly AssetFeature[], s: LayerSettings, now: Date, taxonomy: Taxonomy): AssetFeature[] {
  const cats = s.categories === null ? null : new Set(s.categories);
  const since = s.checkedMonths === null ? null : monthsBefore(now, s.checkedMonths).getTime();
  return features.filter((f) => {
    const p = f.properties;
    if (s.kinds !== null && !s.kinds.includes(p.kind)) return false;
    if (cats !== null && !inSelection(taxonomy, cats, p.categories)) return false;
    if (s.source !== null && (p.source ?? '') !== s.source) return false;
    if (s.batch !== null && p.import_batch_id !== s.batch) return false;
    if (!s.includeSample && p.sample) return false;
    if (since !== null && !(p.last_verified_at && Date.parse(p.last_verified_at) >= since)) return false;
    return true;
  });
}

/** A partner dataset's name as the page shows it; '' is every listing not imported from one. */
export const sourceLabel = (source: string) => source || 'Not from a partner dataset';

export interface LayerOptions {
  /** Partner datasets, most listings first; '' stands for listings with no partner dataset. */
  sources: { value: string; count: number }[];
  /** Import batches (of the chosen source, if one is chosen), most listings first. */
  batches: { id: string; source: string | null; count: number }[];
  sample: number;
}

export function layerOptions(features: readonly AssetFeature[], source: string | null): LayerOptions {
  const sources = new Map<string, number>();
  const batches = new Map<string, { id: string; source: string | null; count: number }>();
  let sample = 0;
  for (const f of features) {
    const p = f.properties;
    const src = p.source ?? '';
    sources.set(src, (sources.get(src) ?? 0) + 1);
    if (p.sample) sample++;
    if (p.import_batch_id && (source === null || src === source)) {
      const b = batches.get(p.import_batch_id) ?? { id: p.import_batch_id, source: p.source ?? null, count: 0 };
      b.count++;
      batches.set(p.import_batch_id, b);
    }
  }
  const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
  return {
    sources: [...sources].map(([value, count]) => ({ value, count })).sort((a, b) => byCount(a, b) || a.value.localeCompare(b.value)),
    batches: [...batches.values()].sort((a, b) => byCount(a, b) || a.id.localeCompare(b.id)),
    sample,
  };
}
