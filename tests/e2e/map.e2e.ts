import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the map from a fresh clone', () => {
  it('shows clustered sample assets from the local database, with the local-mode banner', async () => {
    const { page, errors } = await openPage(browser, '/');
    await expect.poll(() => page.getByText('Local mode — sample data.').isVisible()).toBe(true);
    // Clusters rendered on the WebGL canvas: ask MapLibre what it drew.
    await page.waitForFunction(
      () => {
        const map = (window as unknown as { __cgMap?: { queryRenderedFeatures(o: unknown): unknown[]; getLayer(id: string): unknown } }).__cgMap;
        return !!map?.getLayer('asset-clusters') && map.queryRenderedFeatures({ layers: ['asset-clusters'] }).length > 0;
      },
      undefined,
      { timeout: 60_000 },
    );
    const counts = await page.evaluate(() => {
      const map = (window as unknown as { __cgMap: { queryRenderedFeatures(o: unknown): { properties: { point_count: number } }[] } }).__cgMap;
      const clusters = map.queryRenderedFeatures({ layers: ['asset-clusters'] });
      return { clusters: clusters.length, assets: clusters.reduce((s, f) => s + f.properties.point_count, 0) };
    });
    expect(counts.clusters).toBeGreaterThan(3);
    expect(counts.assets).toBeGreaterThan(1000);
    await screenshot(page, 'map-clusters');
    // The live database answers too: the worker started from the snapshot and served the data.
    await page.waitForFunction(() => document.documentElement.dataset.published === 'live', undefined, { timeout: 60_000 });
    expect(await page.locator('.local-banner .db-error').count()).toBe(0);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
