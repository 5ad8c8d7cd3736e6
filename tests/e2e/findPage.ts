// Helpers for the resident find tests: read what the page shows, and compute what it should
// show from the same published file with the domain code (src/domain/filters.ts), so a test
// checks the page against an independent run of the rules rather than against itself.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { applyFilters, EMPTY_FILTERS, type FilterState } from '../../src/domain/filters';
import { buildSearchIndex } from '../../src/domain/search';
import { makeTaxonomy } from '../../src/domain/taxonomy';
import type { AssetCollection, Category } from '../../src/domain/types';

export const published = JSON.parse(readFileSync('dist/generated/published.json', 'utf8')) as AssetCollection;
export const categories = JSON.parse(readFileSync('dist/generated/categories.json', 'utf8')) as Category[];
const index = buildSearchIndex(published.features, {
  categoryLabels: Object.fromEntries(categories.map((c) => [c.slug, [c.label, ...(c.aliases ?? [])].join(' ')])),
  categoryParents: makeTaxonomy(categories).parents,
});

export function filters(patch: Partial<FilterState>): FilterState {
  return { ...EMPTY_FILTERS, categories: [], kinds: [], ages: [], access: [], ...patch };
}

/** How many results the rules give for a state (hour filters aside, which depend on the clock). */
export function expectedCount(patch: Partial<FilterState>): number {
  return applyFilters(published.features, filters(patch), index, new Date()).features.length;
}

/** The number at the start of the visible result count ("1,397 results …"). */
export async function shownCount(page: Page): Promise<number> {
  const text = (await page.locator('.result-count').textContent()) ?? '';
  const m = /^([\d,]+) results?/.exec(text.trim());
  return m ? Number(m[1].replace(/,/g, '')) : -1;
}

export async function waitForResults(page: Page) {
  await page.locator('.result').first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => /^\d[\d,]* results?/.test(document.querySelector('.result-count')?.textContent?.trim() ?? ''));
}

/** Waits until the page shows `n` results (typing and URL updates settle within a frame or two). */
export async function waitForCount(page: Page, n: number) {
  await page.waitForFunction(
    (want) => {
      const m = /^([\d,]+) results?/.exec(document.querySelector('.result-count')?.textContent?.trim() ?? '');
      return !!m && Number(m[1].replace(/,/g, '')) === want;
    },
    n,
    { timeout: 15_000 },
  );
}

export async function openFilters(page: Page) {
  const details = page.locator('details.filters');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator(':scope > summary').click();
}

export async function resultNames(page: Page): Promise<string[]> {
  return page.locator('.result .result-name').allTextContents();
}

export function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

type CgMap = {
  queryRenderedFeatures(o: unknown): { id: number; properties: Record<string, unknown>; state: Record<string, unknown>; geometry: { coordinates: [number, number] } }[];
  getSource(id: string): { getData(): Promise<{ features: unknown[] }> };
  project(ll: [number, number]): { x: number; y: number };
  jumpTo(o: unknown): void;
  isMoving(): boolean;
  loaded(): boolean;
  getLayer(id: string): unknown;
};
export type { CgMap };

/** Number of listings the map draws: its pins (before clustering) and its general areas (listings at a private address). */
export async function mapFeatureCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const map = (window as unknown as { __cgMap: CgMap }).__cgMap;
    return (await map.getSource('assets').getData()).features.length + (await map.getSource('asset-areas').getData()).features.length;
  });
}

export async function waitForMap(page: Page) {
  await page.waitForFunction(
    () => {
      const map = (window as unknown as { __cgMap?: CgMap }).__cgMap;
      return !!map && !!map.getLayer('asset-markers') && map.loaded();
    },
    undefined,
    { timeout: 60_000 },
  );
}
