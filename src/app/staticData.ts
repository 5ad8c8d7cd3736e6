// Files residents read before (or instead of) any database (docs/ARCHITECTURE.md "Static first,
// live second"). Local mode: the build's own files in generated/. Supabase mode: the published
// assets that the publish function writes to Storage — never the build's synthetic sample.
import type { AssetCollection, Category } from '../domain/types';

const base = import.meta.env.BASE_URL;

interface PublishedEnv {
  VITE_PUBLISHED_URL?: string;
  VITE_SUPABASE_URL?: string;
}

/** Where the published-assets file is read from in each mode. */
export function publishedFileUrl(mode: 'local' | 'supabase', env: PublishedEnv = import.meta.env): string {
  if (env.VITE_PUBLISHED_URL) return env.VITE_PUBLISHED_URL;
  if (mode === 'supabase') return `${(env.VITE_SUPABASE_URL ?? '').replace(/\/+$/, '')}/storage/v1/object/public/published/published.json`;
  return `${base}generated/published.json`;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not load ${url} (${res.status})`);
  return (await res.json()) as T;
}

/**
 * The published assets from their file, or null when there is no usable file: not written yet
 * (Storage answers 400 or 404 for a missing object), unreachable, or not a FeatureCollection.
 */
export async function fetchPublishedFile(url: string): Promise<AssetCollection | null> {
  try {
    const fc = await getJson<AssetCollection>(url);
    return fc?.type === 'FeatureCollection' && Array.isArray(fc.features) ? fc : null;
  } catch {
    return null;
  }
}

export const fetchStaticCategories = () => getJson<Category[]>(`${base}generated/categories.json`);
