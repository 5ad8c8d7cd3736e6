// The planner workspace end to end, as the sample planner: run an analysis, see gaps on the map
// and in the table, sort, change the distance, zoom to a gap, export, load areas.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openPage, screenshot, type TestPage } from './browser';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/plan/${name}`, import.meta.url));

let browser: Browser;
let t: TestPage;
let page: Page;

type MapHandle = {
  queryRenderedFeatures(o: unknown): unknown[];
  getBounds(): { getWest(): number; getEast(): number; getNorth(): number; getSouth(): number };
  isMoving(): boolean;
};

const renderedGaps = () =>
  page.evaluate(() => {
    const map = (window as unknown as { __cgMap?: MapHandle & { getLayer(id: string): unknown } }).__cgMap;
    return map?.getLayer('coverage-gaps') ? map.queryRenderedFeatures({ layers: ['coverage-gaps'] }).length : 0;
  });
const totalPct = async () => Number((await page.getByTestId('total-pct').textContent())!.replace(/,/g, ''));
const doneText = () => page.locator('.plan-done').textContent();
const bodyRows = () => page.locator('.ward-table tbody tr');
/** Waits for an analysis that started after `before` was read to finish. */
async function nextResult(before: string | null) {
  await expect.poll(async () => (await doneText()) !== before && (await doneText())!.length > 0, { timeout: 60_000 }).toBe(true);
}

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser, '/');
  page = t.page;
  // Sign in as the sample planner through the local-mode banner, then open the workspace.
  await page.getByLabel('Acting as').selectOption('planner');
  // The link appears once the local database has answered "who am I" (a cold start on 2 cores).
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Coverage' });
  await link.click({ timeout: 120_000 });
  await page.waitForURL(/\/plan/);
});
afterAll(async () => {
  await browser?.close();
});

describe('planners see coverage gaps', () => {
  it('runs the analysis: gaps on the map and 25 wards in the table', async () => {
    await expect.poll(() => bodyRows().count(), { timeout: 60_000 }).toBe(25);
    await expect.poll(renderedGaps, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await doneText()).toMatch(/of residents live within 800 m/);
    expect(await page.locator('.gap-list > li').count()).toBeGreaterThan(0);
    await screenshot(page, 'plan-analysis');
  });

  it('sorts the table by a column, both ways', async () => {
    const header = page.getByRole('columnheader', { name: /% within reach/ });
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const pcts = async () => (await page.locator('.ward-table tbody tr td:nth-child(3)').allTextContents()).map(Number);
    const up = await pcts();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    const down = await pcts();
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(down[0]).toBeGreaterThan(down[down.length - 1]);
  });

  it('changes the catchment distance: % within reach follows, and the URL holds it', async () => {
    const at800 = await totalPct();
    const before = await doneText();
    await page.getByLabel(/^400 m/).check();
    await nextResult(before);
    const at400 = await totalPct();
    expect(at400).toBeLessThan(at800);
    expect(page.url()).toMatch(/[?&]d=400/);
    // A shared link reproduces the analysis.
    const again = await doneText();
    await page.getByLabel(/^1,600 m/).check();
    await nextResult(again);
    expect(await totalPct()).toBeGreaterThan(at800);
  });

  it('zooms to a gap and moves focus to the map', async () => {
    const before = await page.evaluate(() => (window as unknown as { __cgMap: MapHandle }).__cgMap.getBounds().getEast() - (window as unknown as { __cgMap: MapHandle }).__cgMap.getBounds().getWest());
    const done = await doneText();
    await page.getByLabel(/^400 m/).check();
    await nextResult(done);
    await page.getByRole('button', { name: 'Zoom to gap 1', exact: true }).click();
    await page.waitForFunction(() => !(window as unknown as { __cgMap: MapHandle }).__cgMap.isMoving());
    const after = await page.evaluate(() => (window as unknown as { __cgMap: MapHandle }).__cgMap.getBounds().getEast() - (window as unknown as { __cgMap: MapHandle }).__cgMap.getBounds().getWest());
    expect(after).toBeLessThan(before * 0.8);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Map of coverage gaps');
    await expect.poll(() => page.getByText(/Map zoomed to gap 1/).count()).toBe(1);
    await expect.poll(renderedGaps).toBeGreaterThan(0);
    await screenshot(page, 'plan-zoomed');
  });

  it('exports the ward summary as CSV and the gaps as GeoJSON', async () => {
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download summary (CSV)' }).click()]);
    expect(csvDownload.suggestedFilename()).toBe('coverage-summary-400m-250m-ward-all.csv');
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('ward_code,ward_name,population,population_within_reach,pct_within_reach,assets,assets_per_1000,gap_population,gap_population_imd_deciles_1_2');
    expect(lines).toHaveLength(26);
    for (const line of lines.slice(1)) {
      const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
      expect(cells[0]).toMatch(/^E05\d{6}$/);
      for (const n of cells.slice(2, 9)) expect(Number.isFinite(Number(n))).toBe(true);
      expect(Number(cells[2])).toBeGreaterThan(0);
    }

    const [geoDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download gaps (GeoJSON)' }).click()]);
    expect(geoDownload.suggestedFilename()).toBe('coverage-gaps-400m-250m-ward-all.geojson');
    const geo = JSON.parse(readFileSync((await geoDownload.path())!, 'utf8'));
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBeGreaterThan(0);
    expect(geo.features[0].geometry.type).toBe('Polygon');
    expect(geo.features[0].properties).toHaveProperty('distance_m');
  });

  it('shows per-feature errors for a broken areas file and loads nothing', async () => {
    await page.getByLabel('Custom areas').check();
    await page.getByLabel('Boundary file (GeoJSON)').setInputFiles(fixture('broken-areas.geojson'));
    const problems = page.locator('.load-problems li');
    await expect.poll(() => problems.count()).toBe(3);
    expect(await problems.allTextContents()).toEqual([
      'Feature 2: the area code (code) is missing.',
      'Feature 3 (code X02000003): population must be a whole number of people, 0 or more (got -20).',
      'Feature 4 (code X02000004): IMD decile must be a whole number from 1 (most deprived) to 10, or empty (got 11).',
    ]);
    expect(await page.locator('.load-preview').textContent()).toMatch(/4 features in broken-areas\.geojson: 3 problems, 1 without problems\./);
    expect(await page.getByRole('button', { name: 'Load areas', exact: true }).isDisabled()).toBe(true);
    expect(await page.getByLabel('Custom areas (loaded by a planner)').count()).toBe(0);
  });

  it('loads a valid areas file, and the summary can use it', async () => {
    await page.getByLabel('Boundary file (GeoJSON)').setInputFiles(fixture('valid-areas.geojson'));
    await expect.poll(() => page.locator('.load-problems li').count()).toBe(0);
    const load = page.getByRole('button', { name: 'Load 3 areas' });
    expect(await load.isDisabled()).toBe(false);
    const before = await doneText();
    await load.click();
    await expect.poll(() => page.locator('.load-status').textContent(), { timeout: 30_000 }).toMatch(/Loaded 3 custom areas/);
    // Loading custom areas switches the summary to them.
    await nextResult(before);
    await expect.poll(() => bodyRows().count(), { timeout: 60_000 }).toBe(3);
    expect(await page.getByLabel('Custom areas (loaded by a planner)').isChecked()).toBe(true);
    expect(page.url()).toMatch(/level=custom/);
  });

  it('is clean for axe and threw no errors', async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(t.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
