// The planner workspace end to end, as the sample planner: run an analysis, see gaps on the map
// and in the table, sort, change the distance and the cell size, choose the layer, zoom to a gap,
// read how the figures are worked out, export them with their provenance, load areas.
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
/** The ward table as text, row by row. */
const tableText = () => page.locator('.ward-table tbody tr').allTextContents();
const assetCount = async () => Number((await page.locator('#plan-asset-count').textContent())!.replace(/[^0-9]/g, ''));
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
    await expect.poll(doneText, { timeout: 30_000 }).toMatch(/of residents live within 800 m/);
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
    const before = await page.evaluate(
      () => (window as unknown as { __cgMap: MapHandle }).__cgMap.getBounds().getEast() - (window as unknown as { __cgMap: MapHandle }).__cgMap.getBounds().getWest(),
    );
    const done = await doneText();
    await page.getByLabel(/^400 m/).check();
    await nextResult(done);
    await page.getByRole('button', { name: 'Zoom to gap 1', exact: true }).click();
    await page.waitForFunction(() => !(window as unknown as { __cgMap: MapHandle }).__cgMap.isMoving());
    const after = await page.evaluate(
      () => (window as unknown as { __cgMap: MapHandle }).__cgMap.getBounds().getEast() - (window as unknown as { __cgMap: MapHandle }).__cgMap.getBounds().getWest(),
    );
    expect(after).toBeLessThan(before * 0.8);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Map of coverage gaps');
    await expect.poll(() => page.getByText(/Map zoomed to gap 1/).count()).toBe(1);
    await expect.poll(renderedGaps).toBeGreaterThan(0);
    await screenshot(page, 'plan-zoomed');
  });

  it('keeps every ward figure when the hexagon size changes: the grid only draws them', async () => {
    const before = await tableText();
    const done = await doneText();
    await page.getByLabel('100 m', { exact: true }).check();
    await nextResult(done);
    expect(page.url()).toMatch(/[?&]cell=100/);
    expect(await tableText()).toEqual(before);
    const again = await doneText();
    await page.getByLabel('250 m', { exact: true }).check();
    await nextResult(again);
    expect(await tableText()).toEqual(before);
  });

  it('names each gap by its ward and a nearby place, and no gap claims more people than its ward has out of reach', async () => {
    const items = page.locator('.gap-list > li');
    expect(await items.count()).toBeGreaterThan(1);
    const rows = new Map(
      (
        await page
          .locator('.ward-table tbody tr')
          .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!, tr.querySelectorAll('td')[4].textContent!]))
      ).map(([name, gap]) => [name, Number(gap.replace(/,/g, ''))] as const),
    );
    for (const li of await items.all()) {
      const heading = (await li.locator('h3').textContent())!;
      const rank = heading.match(/^Gap (\d+): /)![1];
      // The longest ward name the heading starts with ("Hindley Green" rather than "Hindley").
      const ward = [...rows.keys()].filter((w) => heading.startsWith(`Gap ${rank}: ${w}`)).sort((a, b) => b.length - a.length)[0];
      expect(ward, heading).toBeDefined();
      const people = Number((await li.locator('strong').textContent())!.replace(/,/g, ''));
      expect(people).toBeLessThanOrEqual(rows.get(ward!)!);
      expect(await li.textContent()).toContain(`${ward} has ${rows.get(ward!)!.toLocaleString('en-GB')} people out of reach in all.`);
    }
    expect(await page.locator('.gap-list h3').allTextContents()).toContainEqual(expect.stringMatching(/^Gap \d+: .+, near .+$/));
  });

  it('says how the figures are worked out: distance rule, where people live and why, and the data vintages', async () => {
    const method = page.getByRole('region', { name: 'How the figures are worked out' });
    const text = (await method.textContent())!;
    expect(text).toMatch(/at most 400 m away in a straight line/);
    expect(text).toMatch(/shared equally among the postcodes inside it/);
    expect(text).toMatch(/by postcodes gets the LSOAs’ published populations right to a median 14%, by area only to 43%/);
    expect(text).toMatch(/no figure depends on their size/);
    expect(text).toMatch(/mid-2015/);
    expect(text).toMatch(/Indices of Deprivation 2019/);
    expect(text).toMatch(/wards May 2023, LSOAs December 2021, borough December 2023/);
    expect(text).toMatch(/Code-Point Open 2014\.3\.0 \(August 2014\)/);
  });

  it('exports the ward summary as CSV and the gaps as GeoJSON, each with its settings, method and data', async () => {
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download summary (CSV)' }).click()]);
    expect(csvDownload.suggestedFilename()).toBe('coverage-summary-400m-250m-ward-all.csv');
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    const all = csv.trimEnd().split('\r\n');
    const block = all.filter((l) => l.startsWith('#'));
    expect(all.slice(0, block.length)).toEqual(block);
    expect(block[0]).toBe('# Common Ground coverage,Coverage by ward');
    expect(block.find((l) => l.startsWith('# Link,'))).toMatch(/\/plan\?d=400$/);
    expect(block.find((l) => l.startsWith('# Listings,'))).toMatch(/1,510 published listings; categories: all/);
    for (const label of ['Within reach', 'Where people live', 'Population', 'Deprivation', 'Boundaries', 'Postcodes'])
      expect(block.some((l) => l.startsWith(`# ${label},`))).toBe(true);
    const lines = all.slice(block.length);
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
    expect(geo.features[0].properties).toHaveProperty('population_out_of_reach');
    expect(geo.metadata.link).toMatch(/\/plan\?d=400$/);
    expect(geo.metadata.method['Within reach']).toMatch(/at most 400 m/);
    expect(geo.metadata.settings.Distance).toBe('400 m');
    expect(geo.features.some((f: { properties: { gap_name: string | null } }) => f.properties.gap_name)).toBe(true);
  });

  it('analyses one partner dataset, recently checked listings, or everything but the samples; the URL holds the choice', async () => {
    const all = await assetCount();
    let done = await doneText();
    await page.getByLabel('Partner dataset').selectOption({ label: 'Sample: NHS Wigan community directory (75 listings)' });
    await nextResult(done);
    expect(await assetCount()).toBe(75);
    expect(page.url()).toMatch(/[?&]src=Sample(%3A|:)(\+|%20)NHS/);
    expect(await page.locator('.plan-done').textContent()).toMatch(/against 75 assets/);

    done = await doneText();
    await page.getByLabel('Partner dataset').selectOption({ label: 'Every dataset' });
    await page.getByLabel('Last checked').selectOption({ label: 'Within the last 3 months' });
    await nextResult(done);
    expect(page.url()).toMatch(/[?&]checked=3/);
    const recent = await assetCount();
    expect(recent).toBeGreaterThan(0);
    expect(recent).toBeLessThan(all);

    // A shared link reproduces the choice.
    await page.reload();
    await expect.poll(() => bodyRows().count(), { timeout: 60_000 }).toBe(25);
    expect(await page.getByLabel('Last checked').inputValue()).toBe('3');
    await expect.poll(assetCount).toBe(recent);

    done = await doneText();
    await page.getByLabel('Last checked').selectOption({ label: 'At any time, or never' });
    await page.getByLabel(/Leave out the sample listings/).check();
    await nextResult(done);
    expect(page.url()).toMatch(/[?&]sample=0/);
    expect(await assetCount()).toBe(0);
    expect(await totalPct()).toBe(0);
    await screenshot(page, 'plan-no-samples');
    done = await doneText();
    await page.getByLabel(/Leave out the sample listings/).uncheck();
    await nextResult(done);
    expect(await assetCount()).toBe(all);
  });

  it('analyses one service type on its own, such as libraries (issue 13); the URL holds the choice', async () => {
    await expect.poll(async () => (await doneText())?.length ?? 0, { timeout: 60_000 }).toBeGreaterThan(0);
    const all = await assetCount();
    const published = JSON.parse(readFileSync('dist/generated/published.json', 'utf8')) as { features: { properties: { categories: string[] } }[] };
    const libraries = published.features.filter((f) => f.properties.categories.includes('library')).length;
    expect(libraries).toBeGreaterThan(10);
    let done = await doneText();
    await page.getByLabel('All categories').uncheck();
    await nextResult(done);
    expect(await assetCount()).toBe(0);

    done = await doneText();
    await page.locator('details.subcategories:has(#cat-library) > summary').click();
    await page.locator('#cat-library').check();
    await nextResult(done);
    expect(new URL(page.url()).searchParams.get('cat')).toBe('library');
    expect(await assetCount()).toBe(libraries);
    expect(await page.locator('.plan-done').textContent()).toMatch(new RegExp(`against ${libraries} assets`));
    expect(await page.locator('#cat-learning').evaluate((el) => (el as HTMLInputElement).indeterminate)).toBe(true);
    await screenshot(page, 'plan-libraries');

    // A shared link reproduces it, with the type in view.
    await page.reload();
    await expect.poll(() => bodyRows().count(), { timeout: 60_000 }).toBe(25);
    await expect.poll(assetCount).toBe(libraries);
    expect(await page.locator('#cat-library').isVisible()).toBe(true);
    expect(await page.locator('#cat-library').isChecked()).toBe(true);

    done = await doneText();
    await page.getByLabel('All categories').check();
    await nextResult(done);
    expect(await assetCount()).toBe(all);
  });

  it('refuses an LSOA file without population, saying what is missing, and loads nothing', async () => {
    await page.getByLabel('LSOAs', { exact: true }).check();
    await page.getByLabel('Boundary file (GeoJSON)').setInputFiles(fixture('areas-boundaries-only.geojson'));
    await expect.poll(() => page.locator('.load-problems li').allTextContents()).toContain('Choose which property or column holds the population (LSOAs need it).');
    expect(await page.getByLabel(/^Population/).evaluate((el) => el.closest('.field')!.textContent)).toMatch(
      /needed: the analysis places each LSOA’s people at its postcodes/,
    );
    expect(await page.getByRole('button', { name: 'Load areas', exact: true }).isDisabled()).toBe(true);
  });

  it('shows per-feature errors for a broken areas file and loads nothing', async () => {
    await page.getByLabel('Custom areas', { exact: true }).check();
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
    // Most listings lie outside the three small areas: named, still counted for the people near them.
    const outside = page.getByTestId('assets-outside');
    await expect
      .poll(() => outside.textContent())
      .toMatch(/of the 1,510 assets lie outside every area: Sample: .+ and [\d,]+ more\. They still count as within reach for the people near them/);
    expect(await page.getByRole('region', { name: 'How the figures are worked out' }).textContent()).toMatch(
      /people live outside every area; they count in the totals only/,
    );
  });

  it('holds together on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/plan');
    await expect.poll(() => bodyRows().count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await screenshot(page, 'plan-phone');
    await page.getByRole('heading', { name: 'Worst gaps' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-phone-gaps');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('/plan');
    await expect.poll(() => bodyRows().count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await screenshot(page, 'plan-desktop');
  });

  it('is clean for axe and threw no errors', async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(t.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
