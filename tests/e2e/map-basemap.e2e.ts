// The basemap: streets and names from the online style when it can be reached (here a stand-in
// served by the test on the default style's URLs), and otherwise the offline style, whose town
// and ward names come from the build's own glyphs. Tests never reach the network, so the plain
// runs below see exactly what a resident with no connection sees.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launchBrowser, openPage, screenshot, type TestPage } from './browser';
import { TEST_BASEMAP_LAYERS, serveTestBasemap } from './basemapFixture';
import { actAs, go } from './organisationSteps';

type Feature = { properties: Record<string, unknown> };
type MapHandle = {
  loaded(): boolean;
  isMoving(): boolean;
  jumpTo(o: unknown): void;
  once(type: string, fn: () => void): void;
  triggerRepaint(): void;
  getLayer(id: string): unknown;
  getLayersOrder(): string[];
  getLayoutProperty(id: string, name: string): unknown;
  setLayoutProperty(id: string, name: string, value: unknown): void;
  queryRenderedFeatures(o: unknown): Feature[];
  project(ll: [number, number]): { x: number; y: number };
  getContainer(): HTMLElement;
};
type Handle = '__cgMap' | '__cgAssetMap' | '__cgEditorMap';

const WIGAN: [number, number] = [-2.6318, 53.5448];
const LEIGH: [number, number] = [-2.519, 53.4975];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const failedLoads = (errors: string[]) => errors.filter((e) => /Failed to load resource/.test(e));
const otherErrors = (errors: string[]) => errors.filter((e) => !/Failed to load resource/.test(e));

/** A page with its listeners attached before the app loads (openPage would navigate at once). */
async function openBlank(viewport?: { width: number; height: number }): Promise<TestPage> {
  return openPage(browser, 'about:blank', { viewport });
}

const basemapOf = (page: Page, handle: Handle = '__cgMap') =>
  page.evaluate((h) => (window as unknown as Record<string, MapHandle | undefined>)[h]?.getContainer().dataset.basemap ?? null, handle);

/** Waits until the map has drawn everything for its current view. */
async function settled(page: Page, handle: Handle = '__cgMap') {
  await page.waitForFunction(
    (h) => {
      const m = (window as unknown as Record<string, MapHandle | undefined>)[h];
      return !!m && m.loaded() && !m.isMoving();
    },
    handle,
    { timeout: 60_000 },
  );
  // One more frame, so symbol placement has caught up with the last tiles.
  await page.evaluate(
    (h) =>
      new Promise<void>((done) => {
        const m = (window as unknown as Record<string, MapHandle>)[h];
        m.once('render', () => done());
        m.triggerRepaint();
      }),
    handle,
  );
}

async function jumpTo(page: Page, center: [number, number], zoom: number, handle: Handle = '__cgMap') {
  await page.evaluate(([h, c, z]) => (window as unknown as Record<string, MapHandle>)[h as string].jumpTo({ center: c, zoom: z }), [handle, center, zoom] as const);
  await settled(page, handle);
}

const renderedNames = (page: Page, layers: string[], handle: Handle = '__cgMap') =>
  page.evaluate(
    ([h, ls]) => {
      const m = (window as unknown as Record<string, MapHandle>)[h as string];
      return [...new Set(m.queryRenderedFeatures({ layers: (ls as string[]).filter((l) => m.getLayer(l)) }).map((f) => f.properties.name as string))].sort();
    },
    [handle, layers] as const,
  );

const renderedCount = (page: Page, layer: string, handle: Handle = '__cgMap') =>
  page.evaluate(
    ([h, l]) => {
      const m = (window as unknown as Record<string, MapHandle>)[h];
      return m.getLayer(l) ? m.queryRenderedFeatures({ layers: [l] }).length : 0;
    },
    [handle, layer] as const,
  );

/** How many pixels differ between two PNGs of the same size (decoded by the browser). */
function pixelsThatDiffer(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([x, y]) => {
      const pixels = async (b64: string) => {
        // Decoded without fetch(): the app's Content-Security-Policy allows no data: connections.
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [p, q] = [await pixels(x), await pixels(y)];
      let n = 0;
      for (let i = 0; i < p.length; i += 4) if (Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]) > 60) n++;
      return n;
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

describe('offline (no network): the map names its towns and wards', () => {
  it('draws town and ward names at a fixed view over Wigan, in glyphs from our own origin', async () => {
    const t = await openBlank();
    const { page } = t;
    const offsite: string[] = [];
    const glyphs: number[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(baseUrl())) offsite.push(r.url());
    });
    page.on('response', (r) => {
      if (r.url().includes('/generated/glyphs/Noto%20Sans%20Regular/0-255.pbf')) glyphs.push(r.status());
    });
    await page.goto('/');
    await expect.poll(() => basemapOf(page), { timeout: 60_000 }).toBe('offline');
    await jumpTo(page, WIGAN, 12.5);

    expect(await renderedNames(page, ['town-labels', 'village-labels'])).toEqual(expect.arrayContaining(['Wigan', 'Ince', 'Scholes', 'Whelley']));
    expect(await renderedNames(page, ['ward-labels'])).toEqual(expect.arrayContaining(['Wigan Central', 'Wigan West']));
    expect(glyphs).toEqual([200]);
    // An unreachable basemap costs one request per page load, and no errors pile up.
    expect(offsite).toEqual(['https://tiles.openfreemap.org/styles/positron']);
    expect(failedLoads(t.errors).length).toBeLessThanOrEqual(1);
    expect(otherErrors(t.errors)).toEqual([]);
    await screenshot(page, 'basemap-offline-labels');

    // The names really are pixels: hiding the label layers changes the picture around Wigan.
    const at = await page.evaluate((c) => (window as unknown as { __cgMap: MapHandle }).__cgMap.project(c), WIGAN);
    const box = await page.locator('.map-container canvas').boundingBox();
    const clip = { x: box!.x + at.x - 90, y: box!.y + at.y - 20, width: 180, height: 90 };
    const withNames = await page.screenshot({ clip });
    const labelLayers = ['town-labels', 'village-labels', 'ward-labels'];
    await page.evaluate((ls) => ls.forEach((l) => (window as unknown as { __cgMap: MapHandle }).__cgMap.setLayoutProperty(l, 'visibility', 'none')), labelLayers);
    await settled(page);
    const without = await page.screenshot({ clip });
    expect(await pixelsThatDiffer(page, withNames, without)).toBeGreaterThan(40);
    await t.context.close();
  });

  it('names the ward even at street level, where no town centre is in view', async () => {
    const t = await openBlank({ width: 390, height: 844 });
    await t.page.goto('/');
    // On a phone the map is made when asked for.
    await t.page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect.poll(() => basemapOf(t.page), { timeout: 60_000 }).toBe('offline');
    await jumpTo(t.page, [-2.56, 53.532], 16);
    expect(await renderedNames(t.page, ['ward-area-labels'])).toContain('Hindley');
    await t.page.locator('.map-container').scrollIntoViewIfNeeded();
    await screenshot(t.page, 'basemap-offline-street-level-390');
    expect(otherErrors(t.errors)).toEqual([]);
    await t.context.close();
  });
});

describe('online: the basemap is used when it can be reached', () => {
  it('shows the basemap’s streets and names under our ward lines and listings, with its credits', async () => {
    const t = await openBlank();
    const basemap = await serveTestBasemap(t.page);
    await t.page.goto('/');
    await expect.poll(() => basemapOf(t.page), { timeout: 60_000 }).toBe('online');
    await jumpTo(t.page, WIGAN, 13);

    expect(await renderedCount(t.page, 'highway_minor')).toBeGreaterThan(0);
    expect(await renderedNames(t.page, ['label_town'])).toContain('Wigan');
    expect(await renderedCount(t.page, 'ward-lines')).toBeGreaterThan(0);
    await expect.poll(() => renderedCount(t.page, 'asset-clusters'), { timeout: 30_000 }).toBeGreaterThan(0);
    // Our own names stay hidden: the basemap has its own.
    expect(await renderedCount(t.page, 'town-labels')).toBe(0);
    const order = await t.page.evaluate(() => (window as unknown as { __cgMap: MapHandle }).__cgMap.getLayersOrder());
    expect(order.indexOf('ward-lines')).toBeGreaterThan(order.indexOf('label_town'));
    expect(order.indexOf('asset-clusters')).toBeGreaterThan(order.indexOf('ward-lines'));

    const credits = await t.page.locator('.maplibregl-ctrl-attrib-inner').textContent();
    expect(credits).toContain('OpenFreeMap © OpenMapTiles Data from OpenStreetMap');
    expect(credits).toContain('Contains OS and ONS data © Crown copyright');
    expect(basemap.requests.style).toBe(1);
    expect(basemap.requests.tiles).toBeGreaterThan(0);
    expect(basemap.requests.refused).toBe(0);
    await screenshot(t.page, 'basemap-online');

    // The privacy notice says which service that was, and what it sees.
    await go(t.page, '/about');
    await t.page.getByRole('heading', { name: 'Privacy' }).waitFor();
    expect(await t.page.locator('main').textContent()).toContain(
      'Street maps are fetched from OpenFreeMap (tiles.openfreemap.org), which sees your IP address and the part of the map you are looking at.',
    );
    expect(await axeViolations(t.page)).toEqual([]);
    expect(t.errors).toEqual([]);
    await t.context.close();
  });

  it('falls back to the offline map when the basemap’s tiles fail before the first draw', async () => {
    const t = await openBlank();
    const basemap = await serveTestBasemap(t.page, { tiles: 'fail' });
    await t.page.goto('/');
    await expect.poll(() => basemapOf(t.page), { timeout: 60_000 }).toBe('offline');
    await jumpTo(t.page, WIGAN, 12.5);
    expect(await renderedNames(t.page, ['town-labels'])).toContain('Wigan');
    const layers = await t.page.evaluate(() => (window as unknown as { __cgMap: MapHandle }).__cgMap.getLayersOrder());
    expect(layers.filter((l) => TEST_BASEMAP_LAYERS.includes(l))).toEqual([]);
    // It gave up at the first failures: a handful of tiles, not one for every tile it would need.
    expect(basemap.requests.refused).toBeGreaterThan(0);
    expect(basemap.requests.refused).toBeLessThan(20);
    expect(otherErrors(t.errors)).toEqual([]);
    await t.context.close();
  });

  it('falls back in place when the basemap stops working later, keeping the listings on the map', async () => {
    const t = await openBlank();
    const basemap = await serveTestBasemap(t.page);
    await t.page.goto('/');
    await expect.poll(() => basemapOf(t.page), { timeout: 60_000 }).toBe('online');
    await expect.poll(() => renderedCount(t.page, 'asset-clusters'), { timeout: 60_000 }).toBeGreaterThan(0);

    basemap.failTiles();
    // Somewhere new, so the map needs tiles it does not have.
    await t.page.evaluate((c) => (window as unknown as { __cgMap: MapHandle }).__cgMap.jumpTo({ center: c, zoom: 14 }), LEIGH);
    await expect.poll(() => basemapOf(t.page), { timeout: 30_000 }).toBe('offline');
    await settled(t.page);
    const layers = await t.page.evaluate(() => (window as unknown as { __cgMap: MapHandle }).__cgMap.getLayersOrder());
    expect(layers.filter((l) => TEST_BASEMAP_LAYERS.includes(l))).toEqual([]);
    expect(await renderedNames(t.page, ['town-labels'])).toContain('Leigh');
    expect(await renderedCount(t.page, 'asset-markers')).toBeGreaterThan(0);
    await screenshot(t.page, 'basemap-fell-back-in-place');
    expect(otherErrors(t.errors)).toEqual([]);
    await t.context.close();
  });

  it('falls back when the basemap is too slow to draw', async () => {
    const t = await openBlank();
    await serveTestBasemap(t.page, { tiles: 'hang' });
    await t.page.goto('/');
    await expect.poll(() => basemapOf(t.page), { timeout: 60_000 }).toBe('online');
    await expect.poll(() => basemapOf(t.page), { timeout: 30_000 }).toBe('offline');
    await settled(t.page);
    expect(await renderedNames(t.page, ['town-labels'])).toContain('Wigan');
    expect(otherErrors(t.errors)).toEqual([]);
    await t.context.close();
  });
});

describe('online: the editor’s pin map and the coverage map', () => {
  it('shows streets where a volunteer marks the spot, credits that stay under the sticky buttons, and coverage under the names', async () => {
    const t = await openBlank({ width: 390, height: 844 });
    const { page } = t;
    await serveTestBasemap(page);
    await page.goto('/organisation');
    await actAs(page, 'editor-a');
    await page.getByRole('link', { name: 'Sample: Hindley Community Trust' }).click();
    await page.getByRole('link', { name: 'Add a listing' }).click();
    await expect.poll(() => basemapOf(page, '__cgEditorMap'), { timeout: 60_000 }).toBe('online');
    await jumpTo(page, [-2.575, 53.5355], 15, '__cgEditorMap');
    expect(await renderedCount(page, 'highway_minor', '__cgEditorMap')).toBeGreaterThan(0);

    // Scrolled so that the map's credits pass under the sticky Submit / Save bar: there, the bar
    // is what is on top (the credits used to be drawn over "Save as draft").
    const probe = await page.evaluate(() => {
      const attrib = () => document.querySelector('.editor-map .maplibregl-ctrl-attrib')!.getBoundingClientRect();
      const bar = document.querySelector('.sticky-actions')!.getBoundingClientRect();
      window.scrollBy(0, attrib().bottom - bar.top - 16);
      const a = attrib();
      const b = document.querySelector('.sticky-actions')!.getBoundingClientRect();
      const x = (Math.max(a.left, b.left) + Math.min(a.right, b.right)) / 2;
      const y = b.top + 8;
      const overlap = a.bottom > b.top && Math.min(a.right, b.right) > Math.max(a.left, b.left);
      return { overlap, onTopIsBar: !!document.elementFromPoint(x, y)?.closest('.sticky-actions') };
    });
    expect(probe).toEqual({ overlap: true, onTopIsBar: true });
    await screenshot(page, 'basemap-online-editor-390');

    await actAs(page, 'planner');
    await go(page, '/plan');
    await expect.poll(() => basemapOf(page), { timeout: 60_000 }).toBe('online');
    await expect.poll(() => renderedCount(page, 'coverage-gaps'), { timeout: 120_000 }).toBeGreaterThan(0);
    const order = await page.evaluate(() => (window as unknown as { __cgMap: MapHandle }).__cgMap.getLayersOrder());
    expect(order.indexOf('coverage-gaps')).toBeLessThan(order.indexOf('label_town'));
    expect(order.indexOf('coverage-gaps')).toBeLessThan(order.indexOf('ward-lines'));
    await page.locator('.plan-map').scrollIntoViewIfNeeded();
    await screenshot(page, 'basemap-online-plan-390');
    expect(t.errors).toEqual([]);
    await t.context.close();
  });
});
