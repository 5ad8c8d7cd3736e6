// Neighbourhood pages end to end: a resident opens a listing's ward from its page and sees the
// ward's listings, its people by age (the sums over its LSOAs in the shipped open data) and reach
// to the main services; a planner's ward table gives the very same figures for that ward and links
// back to it; the page prints as a one-page leaflet; an unknown code says so and leads to the list
// of wards. One tab throughout, moving inside the app.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AreaCollection } from '../../src/domain/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openPage, screenshot, type TestPage } from './browser';
import { published, waitForResults } from './findPage';
import { actAs, go } from './organisationSteps';

const ABRAM = 'E05014989';
/** Two service types the planner's "cat" setting takes: a type and a whole category. */
const COMPARED = ['gp-practice', 'food-support'];

/** Abram's people by age band, worked out here from the shipped LSOAs: [band, count, share], as the page writes them. */
const abramAges = (() => {
  const mine = (JSON.parse(readFileSync('data/areas/lsoas.geojson', 'utf8')) as AreaCollection).features.filter((f) => f.properties.parent_code === ABRAM);
  const population = mine.reduce((n, f) => n + f.properties.population, 0);
  const percent = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    [
      ['0–15', 'age_0_15'],
      ['16–59', 'age_16_59'],
      ['60 and over', 'age_60_plus'],
    ] as const
  ).map(([label, band]) => {
    const people = mine.reduce((n, f) => n + f.properties[band]!, 0);
    return [label, people.toLocaleString('en-GB'), percent.format(people / population)];
  });
})();

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let t: TestPage;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser, '/');
  page = t.page;
  await waitForResults(page);
});
afterAll(async () => {
  await browser?.close();
});

/** The ward page's coverage row for a service type: [% within reach, out of reach, of them deprived, listings in the ward]. */
const wardRow = (slug: string) => page.locator(`.ward-coverage-table tr[data-service="${slug}"] td`).allTextContents();
/** The planner's ward-table row for a ward, in the same order. */
async function plannerRow(name: string) {
  const cells = await page
    .locator('.ward-table tbody tr')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
    .locator('td')
    .allTextContents();
  const [, pct, assets, , gap, gapDeprived] = cells;
  return [pct, gap, gapDeprived, assets];
}

describe('neighbourhood pages', () => {
  const listing = published.features.find((f) => f.properties.ward === 'Abram' && !f.properties.private_address)!;
  const figures: Record<string, string[]> = {};

  it('opens from a listing’s page: its listings by category and reach to the main services', { timeout: 180_000 }, async () => {
    await go(page, `/asset/${listing.properties.id}`);
    await page.getByRole('link', { name: 'Abram ward' }).click();
    await page.waitForURL(`**/ward/${ABRAM}`);
    await page.getByRole('heading', { name: 'Abram ward', level: 1 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expect.poll(() => page.title()).toMatch(/^Abram ward/);
    // The listing opened from is among the ward's listings, under a category heading.
    await expect.poll(() => page.locator('.ward-category').getByRole('link', { name: listing.properties.name, exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.ward-coverage-table tbody tr').count(), { timeout: 120_000 }).toBe(12);
    for (const slug of COMPARED) figures[slug] = await wardRow(slug);
    expect(figures['gp-practice']).toHaveLength(4);
    expect(await page.getByRole('link', { name: 'Hindley ward' }).count()).toBe(1);
    expect(await axeViolations(page), 'axe on the ward page').toEqual([]);
    await screenshot(page, 'ward-page');
  });

  it('shows the ward’s people by age, the sums over its LSOAs, as a table that says the year', async () => {
    const table = page.getByRole('table', { name: /^Residents by age, mid-2015 estimates/ });
    await table.waitFor();
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? '')));
    expect(rows).toEqual(abramAges);
    expect(abramAges.map((r) => r[1])).toEqual(['3,365', '9,061', '3,020']);
    expect(await table.locator('caption').textContent()).toBe('Residents by age, mid-2015 estimates (15,446 people in all)');
    expect(await page.getByRole('rowheader', { name: '60 and over' }).count()).toBe(1);
    // The leaflet's line of ages is for paper only.
    expect(await page.locator('.ward-ages-print').isVisible()).toBe(false);
  });

  it('prints as a one-page leaflet: key figures, ages and listings with QR codes; no navigation, buttons or tables', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      await expectLeaflet();
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  async function expectLeaflet() {
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print a leaflet' }).isVisible()).toBe(false);
    expect(await page.locator('.ward-coverage').isVisible()).toBe(false);
    expect(await page.locator('.ward-figures').isVisible()).toBe(true);
    const ages = page.locator('.ward-ages-print');
    expect(await ages.isVisible()).toBe(true);
    expect(await ages.locator('p').textContent()).toBe('Residents by age (mid-2015 estimates)');
    expect(await ages.locator('dl > div').evaluateAll((ds) => ds.map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]))).toEqual(
      abramAges.map(([band, people, share]) => [band, `${people} (${share})`]),
    );
    expect(await page.locator('.ward-ages').isVisible()).toBe(false);
    const qr = page.locator('.ward-category .qr-code');
    expect(await qr.count()).toBeGreaterThan(0);
    expect(await qr.first().isVisible()).toBe(true);
    await page.screenshot({ path: 'test-results/ward-print.png', fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  }

  it('shows the planner the same figures for the ward, with a link to its page', { timeout: 300_000 }, async () => {
    await actAs(page, 'planner');
    for (const slug of COMPARED) {
      await go(page, `/plan?cat=${slug}`);
      await expect.poll(() => page.locator('.ward-table tbody tr').count(), { timeout: 120_000 }).toBe(25);
      await expect.poll(() => page.locator('.plan-done').textContent(), { timeout: 60_000 }).toMatch(/of residents live within 800 m/);
      expect(await plannerRow('Abram'), slug).toEqual(figures[slug]);
    }
    await page.locator('.ward-table').getByRole('link', { name: 'Abram', exact: true }).click();
    await page.getByRole('heading', { name: 'Abram ward', level: 1 }).waitFor();
    await actAs(page, 'resident');
  });

  it('says when a ward code is unknown, and leads to every ward', async () => {
    await go(page, '/ward/E05999999');
    await page.getByRole('heading', { name: 'Neighbourhood not found', level: 1 }).waitFor();
    expect(await page.getByText('There is no ward with the code “E05999999”').count()).toBe(1);
    await page.getByRole('link', { name: 'See all neighbourhoods' }).click();
    await page.getByRole('heading', { name: 'Neighbourhoods', level: 1 }).waitFor();
    expect(await page.locator('.ward-index-list a').count()).toBe(25);
    expect(await axeViolations(page), 'axe on the ward list').toEqual([]);
    await go(page, '/ward?name=Nowhere');
    await page.getByText('There is no ward called “Nowhere”').waitFor();
    // The asset page's online basemap is refused offline (blockOffsiteRequests); nothing else may fail.
    expect(t.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
