// Files the build writes beside the app (public/generated/): residents read these first, so the
// list never waits for a database (DESIGN.md "Residents never wait for a database").
import type { AssetCollection, Category } from '../domain/types';

const base = import.meta.env.BASE_URL;

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path);
  if (!res.ok) throw new Error(`Could not load ${path} (${res.status})`);
  return (await res.json()) as T;
}

export const fetchStaticPublished = () =>
  getJson<AssetCollection>(import.meta.env.VITE_PUBLISHED_URL || `${base}generated/published.json`);

export const fetchStaticCategories = () => getJson<Category[]>(`${base}generated/categories.json`);
