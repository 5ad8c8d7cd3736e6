// Pages that hold together (issue 12, item 4), in Chromium at phone (390 px) and desktop
// (1366 px) sizes: the asset details list keeps its two columns whatever was visited before, the
// asset page's map stays in its frame, tables never push the page sideways, the phone Map view
// fills the screen, a phone shows a result right after Search, the desktop map key never covers
// the selected card, and the coverage page does not jump about while it loads.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser';
import { published, waitForMap, waitForResults, type CgMap } from './findPage';
import { actAs, go } from './organisationSteps';
import { reflowProblems } from './reflow';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };
const ORG_A = '0a000000-0000-4000-8000-00000000000a';
// A listing with nearby alternatives of its kind, so the page has a "Nearby" heading under the map.
const ASSET = published.features.find((f) => f.properties.categories.length > 0 && f.properties.opening_hours)!.properties;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Box = { top: number; bottom: number; left: number; right: number; width: number; height: number };
const box = (page: Page, selector: string): Promise<Box> =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
    });
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Each term of a description list beside (wide) or above (narrow) its description, and how wide that is. */
function termLayout(page: Page, list: string) {
  return page
    .locator(list)
    .first()
    .evaluate((dl) => {
      const width = dl.getBoundingClientRect().width;
      return [...dl.querySelectorAll('dt')].map((dt) => {
        const dd = dt.nextElementSibling!;
        const t = dt.getBoundingClientRect();
        const d = dd.getBoundingClientRect();
        return {
          term: dt.textContent,
          beside: d.left >= t.right - 1 && Math.abs(d.top - t.top) < 2,
          below: d.top >= t.bottom - 1 && Math.abs(d.left - t.left) < 2,
          share: Math.round((d.width / width) * 100) / 100,
        };
      });
    });
}

async function expectTwoColumns(page: Page, list: string) {
  for (const row of await termLayout(page, list)) {
    expect(row, `${list}: “${row.term}” beside its description, which takes most of the width`).toMatchObject({ beside: true });
    expect(row.share, `${list}: “${row.term}”`).toBeGreaterThan(0.55);
  }
}
async function expectStacked(page: Page, list: string) {
  for (const row of await termLayout(page, list)) {
    expect(row, `${list}: “${row.term}” above its description`).toMatchObject({ below: true });
    expect(row.share, `${list}: “${row.term}”`).toBeGreaterThan(0.95);
  }
}

describe('the asset details list', () => {
  it('keeps two columns (one on a phone) after Sign in, an organisation page and a review page', async () => {
    const { page, context } = await openPage(browser, '/sign-in', { viewport: DESKTOP });
    await page.getByRole('heading', { name: 'Who can do what' }).waitFor();
    // Pages whose stylesheets load with them, and stay.
    await go(page, '/organisation');
    await page.getByRole('heading', { name: 'Your organisation', level: 1 }).waitFor();
    await go(page, '/review');
    await page.getByRole('heading', { name: 'Review listings', level: 1 }).waitFor();
    await go(page, '/plan');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await go(page, `/asset/${ASSET.id}`);
    await page.getByRole('heading', { name: ASSET.name, level: 1 }).waitFor();
    await expectTwoColumns(page, 'article dl');
    await screenshot(page, 'layout-asset-details-1366');
    await page.setViewportSize(PHONE);
    await expectStacked(page, 'article dl');
    await screenshot(page, 'layout-asset-details-390');
    // The other way round: the sign-in page's list after the asset page.
    await page.setViewportSize(DESKTOP);
    await go(page, '/sign-in');
    await page.getByRole('heading', { name: 'Who can do what' }).waitFor();
    await expectTwoColumns(page, 'main dl');
    await context.close();
  });
});

describe('the asset page map', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`stays inside its frame, above the Nearby heading (${viewport.width} px)`, async () => {
      const { page, context } = await openPage(browser, `/asset/${ASSET.id}`, { viewport });
      const nearby = page.getByRole('heading', { name: /^Nearby/ });
      await nearby.waitFor();
      await page.waitForFunction(() => (window as unknown as { __cgAssetMap?: { loaded(): boolean } }).__cgAssetMap?.loaded(), undefined, {
        timeout: 60_000,
      });
      await nearby.scrollIntoViewIfNeeded();
      const frame = await box(page, '.asset-map');
      const map = await box(page, '.asset-map .maplibregl-canvas');
      const heading = await box(page, 'h2:has-text("Nearby")');
      expect(map.bottom, 'the map ends inside its frame').toBeLessThanOrEqual(frame.bottom + 1);
      expect(map.right).toBeLessThanOrEqual(frame.right + 1);
      expect(heading.top, 'the Nearby heading starts below the map').toBeGreaterThanOrEqual(frame.bottom);
      const onTop = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x, y)?.closest('h2')?.textContent ?? document.elementFromPoint(x, y)?.tagName,
        [heading.left + 20, heading.top + heading.height / 2],
      );
      expect(onTop, 'nothing is drawn over the Nearby heading').toMatch(/^Nearby/);
      await screenshot(page, `layout-asset-map-${viewport.width}`);
      await context.close();
    });
  }
});

describe('tables on a phone (390 px)', () => {
  it('never make the page scroll sideways: listings, members, review queue, stale report, coverage', { timeout: 300_000 }, async () => {
    const { page, context } = await openPage(browser, '/', { viewport: PHONE });
    await waitForResults(page);
    const check = async (name: string) => {
      await page.locator('main table').first().waitFor({ timeout: 120_000 });
      await screenshot(page, `layout-table-${name}-390`);
      expect(await reflowProblems(page), name).toEqual([]);
    };
    await actAs(page, 'editor-a');
    await go(page, `/organisation/${ORG_A}`);
    await page
      .getByRole('table', { name: /listings/i })
      .first()
      .waitFor({ timeout: 120_000 });
    await check('org-listings');
    // Stacked rows are still a table to a screen reader: Chromium's own accessibility tree says so.
    const cdp = await context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string } }[] };
    const roles = nodes.map((n) => n.role?.value);
    expect(roles).toContain('table');
    expect(roles).toContain('columnheader');
    expect(roles.filter((r) => r === 'row').length).toBeGreaterThan(3);
    expect(roles.filter((r) => r === 'cell').length).toBeGreaterThan(6);
    await go(page, '/organisation');
    await page.getByRole('heading', { name: 'Your organisations' }).waitFor();
    await check('org-home');
    await go(page, `/organisation/${ORG_A}/members`);
    await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor();
    await check('members');
    await actAs(page, 'moderator');
    await go(page, '/review');
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    await check('review-queue');
    await go(page, '/review/stale');
    await page.getByRole('heading', { name: 'Listings not checked lately' }).waitFor();
    await page.locator('.stale-group summary').first().click();
    await check('review-stale');
    await actAs(page, 'planner');
    await go(page, '/plan');
    await expect.poll(() => page.locator('.ward-table tbody tr').count(), { timeout: 120_000 }).toBe(25);
    await check('plan');
    await context.close();
  });
});

describe('the phone Map view', () => {
  it('fills the screen below the List and Map buttons as soon as Map is chosen', async () => {
    const { page, context } = await openPage(browser, '/', { viewport: PHONE });
    await waitForResults(page);
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await waitForMap(page);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const toggle = await box(page, '.view-toggle');
    const map = await box(page, '.find-map');
    expect(toggle.top, 'the List and Map buttons are on screen').toBeGreaterThanOrEqual(0);
    expect(map.top, 'the map starts right below them').toBeLessThan(toggle.bottom + 24);
    expect(map.bottom, 'and ends at the bottom of the screen').toBeLessThanOrEqual(PHONE.height + 1);
    expect(map.bottom).toBeGreaterThan(PHONE.height - 24);
    expect(map.height).toBeGreaterThan(PHONE.height * 0.75);
    await page.waitForTimeout(300);
    await screenshot(page, 'layout-phone-map-390');
    // "Show on map" from the list lands on the map with its card, also on screen.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await waitForResults(page);
    await page.locator('.result .show-on-map').first().click();
    await page.locator('.selected-card').waitFor();
    const card = await box(page, '.selected-card');
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.bottom).toBeLessThanOrEqual(PHONE.height);
    await context.close();
  });
});

describe('Search on a phone', () => {
  it('shows the first result on screen right after Search, by button or Enter', async () => {
    const { page, context } = await openPage(browser, '/', { viewport: PHONE });
    await waitForResults(page);
    const firstResultOnScreen = async () => {
      const r = await box(page, '.result-list > .result .result-name');
      return r.top >= 0 && r.bottom <= PHONE.height;
    };
    await page.getByLabel('Search', { exact: true }).fill('lunch club');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(firstResultOnScreen).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
    const heading = await box(page, '#results-heading');
    expect(heading.top, 'the results heading is on screen too').toBeGreaterThanOrEqual(0);
    await screenshot(page, 'layout-phone-search-390');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByLabel('Search', { exact: true }).fill('food');
    await page.getByLabel('Search', { exact: true }).press('Enter');
    await expect.poll(firstResultOnScreen).toBe(true);
    await context.close();
  });
});

describe('the desktop map', () => {
  it('never draws its key over the selected card (1366 px)', async () => {
    const { page, context } = await openPage(browser, '/', { viewport: DESKTOP });
    await waitForResults(page);
    await waitForMap(page);
    // Select an asset on the map: zoom to the first result, then click a marker where it is drawn.
    const id = await page.locator('.result').first().getAttribute('data-id');
    await page.locator('.result .show-on-map').first().click();
    // Once the map has eased to it, the selected marker, where nothing is drawn over it.
    const target = await page.waitForFunction(
      (uuid) => {
        const map = (window as unknown as { __cgMap: CgMap }).__cgMap;
        if (map.isMoving()) return null;
        const canvas = document.querySelector('.find-map canvas')!.getBoundingClientRect();
        const pick = map.queryRenderedFeatures({ layers: ['asset-markers'] }).find((f) => f.properties.uuid === uuid && f.state.selected);
        const at = pick && map.project(pick.geometry.coordinates);
        return at && document.elementFromPoint(canvas.x + at.x, canvas.y + at.y)?.tagName === 'CANVAS' ? at : null;
      },
      id,
      { timeout: 20_000 },
    );
    const at = (await target.jsonValue())!;
    const canvas = (await page.locator('.find-map canvas').boundingBox())!;
    await page.mouse.click(canvas.x + at.x, canvas.y + at.y);
    await page.locator('.selected-card').waitFor();
    // Then open the key, which lists every category: taller than the room left under the card.
    await page.locator('.map-legend summary').click();
    const card = await box(page, '.selected-card');
    const legend = await box(page, '.map-legend');
    const map = await box(page, '.find-map');
    await screenshot(page, 'layout-map-key-and-card-1366');
    expect(overlaps(card, legend), `card ${JSON.stringify(card)} and key ${JSON.stringify(legend)}`).toBe(false);
    for (const b of [card, legend]) {
      expect(b.top).toBeGreaterThanOrEqual(map.top);
      expect(b.bottom).toBeLessThanOrEqual(map.bottom);
    }
    // The open key can still be read to its end: it scrolls inside the space left to it.
    expect(await page.locator('.map-legend li').last().isVisible()).toBe(true);
    await context.close();
  });
});

describe('the coverage page on a phone', () => {
  it('shifts its layout by less than 0.1 (CLS) while it loads and runs the analysis', { timeout: 300_000 }, async () => {
    const { page, context } = await openPage(browser, '/', { viewport: PHONE });
    await actAs(page, 'planner');
    // Cumulative layout shift from the first paint, as the browser scores it, with what moved.
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: { value: number; moved: string[] } };
      w.__cls = { value: 0, moved: [] };
      type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Shift[]) {
          if (e.hadRecentInput) continue;
          w.__cls.value += e.value;
          const names = e.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${[...s.node.classList].join('.')}` : s.node?.nodeName));
          w.__cls.moved.push(`${e.value.toFixed(3)} at ${Math.round(e.startTime)} ms: ${names.join(', ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/plan');
    await expect.poll(() => page.locator('.ward-table tbody tr').count(), { timeout: 120_000 }).toBe(25);
    await page
      .locator('.plan-done')
      .filter({ hasText: /live within/ })
      .waitFor();
    await page.waitForTimeout(1500);
    const cls = await page.evaluate(() => (window as unknown as { __cls: { value: number; moved: string[] } }).__cls);
    await screenshot(page, 'layout-plan-390');
    expect(cls.value, cls.moved.join('\n')).toBeLessThan(0.1);
    await context.close();
  });
});
