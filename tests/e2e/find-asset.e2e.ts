// The asset page end to end: everything known in words, safe contact links, directions, nearby
// alternatives, Back to results keeping the search, a 404 for an unknown id, and axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, openPage, screenshot } from './browser';
import { published, waitForResults } from './findPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface SeedAsset {
  id: string;
  name: string;
  status: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  opening_hours: string | null;
  categories: string[];
}
// The sample data, to check the page against.
const seed = JSON.parse(readFileSync('data/assets.json', 'utf8')) as SeedAsset[];
const full = seed.find((a) => a.status === 'published' && a.phone && a.email && a.website && a.opening_hours === 'Mo-Fr 09:00-17:00')!;

describe('asset page', () => {
  it('shows everything known about an asset, with safe links and nearby alternatives', async () => {
    const { page, context, errors } = await openPage(browser, `/asset/${full.id}`);
    await page.locator('h1', { hasText: full.name }).waitFor();
    expect(await page.title()).toBe(`${full.name} – Common Ground`);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const details = page.locator('.summary-list');
    await details.getByText('Monday to Friday: 9am to 5pm').waitFor();
    // Contact details come with the published data, at once.
    const tel = page.locator('a[href^="tel:"]');
    await tel.waitFor();
    expect(await tel.getAttribute('href')).toBe(`tel:${full.phone!.replace(/[^0-9+]/g, '')}`);
    expect(await page.locator(`a[href="mailto:${full.email}"]`).count()).toBe(1);
    expect(await page.locator(`a[href="${full.website}"]`).count()).toBe(1);
    const props = published.features.find((f) => f.properties.id === full.id)!;
    const [lng, lat] = props.geometry.coordinates;
    expect(await page.getByRole('link', { name: 'Get directions on OpenStreetMap' }).getAttribute('href')).toBe(
      `https://www.openstreetmap.org/directions?to=${lat.toFixed(6)}%2C${lng.toFixed(6)}`,
    );
    // Languages come from the API, asked once the page is idle.
    await details.getByText('Languages').waitFor({ timeout: 60_000 });
    const text = (await details.textContent())!;
    expect(text).toContain(`Run by${props.properties.org_name}`);
    // Who checked, too: the sample listings' dates are their organisations' checks.
    expect(text).toMatch(/Last checked\d{1,2} [A-Z][a-z]+ \d{4}, by the organisation/);
    expect(await page.locator('.freshness').textContent()).toMatch(/checked/);
    const nearby = page.locator('.nearby li');
    expect(await nearby.count()).toBe(5);
    for (const line of await nearby.allTextContents()) expect(line).toMatch(/ – [\d.]+ k?m/);
    const report = await page.getByRole('link', { name: 'report a problem with this listing' }).getAttribute('href');
    // The form is a page of its own (tests/e2e/reports.e2e.ts), not an e-mail.
    expect(report).toBe(`/asset/${full.id}/report`);
    // The small map shows the asset, selected.
    await page.waitForFunction(
      (uuid) => {
        const map = (
          window as unknown as {
            __cgAssetMap?: { getLayer(id: string): unknown; queryRenderedFeatures(o: unknown): { properties: { uuid: string }; state: { selected?: boolean } }[] };
          }
        ).__cgAssetMap;
        // The layer arrives once the basemap (online, or its offline fallback) is in place.
        return !!map?.getLayer('asset-markers') && map.queryRenderedFeatures({ layers: ['asset-markers'] }).some((f) => f.properties.uuid === uuid && f.state.selected);
      },
      full.id,
      { timeout: 60_000 },
    );
    await screenshot(page, 'asset-page');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });

  it('goes back to the same results, and nearby links stay within the search', async () => {
    const { page, context } = await openPage(browser, '/?q=food&free=1');
    await waitForResults(page);
    await page.locator('.result-name a').first().click();
    await page.waitForURL(/\/asset\//);
    await page.locator('.nearby a').first().click();
    await page.waitForURL(/\/asset\//);
    await page.getByRole('link', { name: /Back to results/ }).click();
    await page.waitForURL((u) => u.pathname === '/' && u.searchParams.get('q') === 'food' && u.searchParams.get('free') === '1');
    await waitForResults(page);
    expect(await page.getByLabel('Search', { exact: true }).inputValue()).toBe('food');
    await context.close();
  });

  it('says plainly when there is no such asset', async () => {
    const { page, context } = await openPage(browser, '/asset/00000000-0000-4000-8000-000000000000');
    await page.locator('h1', { hasText: 'Page not found' }).waitFor({ timeout: 60_000 });
    expect(await page.title()).toBe('Page not found – Common Ground');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
