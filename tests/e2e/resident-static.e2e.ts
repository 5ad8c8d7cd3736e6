// Residents never need the database (issue 12): the list and an asset page, contact details
// included, come from the published file, and the database engine is not even downloaded before
// they are on screen. Once the page is idle the database starts, and a listing it says is no
// longer published disappears from its page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SAMPLE_ORG_A } from '../../src/backend/personas';
import { axeViolations, baseUrl, blockOffsiteRequests, launchBrowser, openPage, screenshot } from './browser';
import { published, waitForResults } from './findPage';
import { actAs, go } from './organisationSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const withContacts = published.features.find((f) => f.properties.phone && f.properties.email && f.properties.website)!;
const ofOrgA = published.features.filter((f) => f.properties.org_id === SAMPLE_ORG_A)[2];

/** What the database engine is made of. */
const ENGINE = /db\.worker|pglite.*\.(wasm|data)|db-snapshot/;

function recordEngineRequests(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (r) => {
    if (ENGINE.test(r.url())) seen.push(r.url());
  });
  return seen;
}

/** Notes, on the page's clock, when a selector first matches (before any test code can look). */
async function noteWhenShown(context: BrowserContext, selector: string) {
  await context.addInitScript((sel) => {
    new MutationObserver((_, obs) => {
      if (document.querySelector(sel)) {
        (window as unknown as { __shownAt: number }).__shownAt = performance.now();
        obs.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  }, selector);
}

/**
 * When the page was complete, and when it first asked for the engine (the worker script, which
 * fetches everything else); null when it has not asked yet.
 */
const timings = (page: Page) =>
  page.evaluate(() => ({
    shown: (window as unknown as { __shownAt?: number }).__shownAt ?? null,
    engine: performance.getEntriesByType('resource').find((e) => /db\.worker/.test(e.name))?.startTime ?? null,
  }));

async function expectEngineAfterPage(page: Page, what: string) {
  const t = await timings(page);
  expect(t.shown, `${what} shown`).not.toBeNull();
  if (t.engine !== null) expect(t.engine, `engine asked for before ${what} was on screen`).toBeGreaterThan(t.shown!);
}

async function contactsShown(page: Page, p: typeof withContacts.properties) {
  const dd = page.locator('.summary-list dd').filter({ hasText: 'Phone:' });
  await dd.getByRole('link', { name: p.phone! }).waitFor();
  await dd.getByRole('link', { name: p.email! }).waitFor();
  await dd.getByRole('link', { name: p.website! }).waitFor();
}

const localDb = (page: Page) => page.evaluate(() => document.documentElement.dataset.localDb);

describe('residents never need the database', () => {
  it('shows an asset page with its contact details, and the list, before the engine loads', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, baseURL: baseUrl() });
    await blockOffsiteRequests(context);
    const engine = recordEngineRequests(context);
    // Complete: its contact details are there (the last thing the page used to wait for).
    await noteWhenShown(context, '.summary-list a[href^="tel:"], .result');
    const page = await context.newPage();
    await page.goto(`/asset/${withContacts.properties.id}`);
    await page.locator('h1', { hasText: withContacts.properties.name }).waitFor();
    await contactsShown(page, withContacts.properties);
    expect(await page.getByText('Loading contact details').count()).toBe(0);
    await expectEngineAfterPage(page, 'the asset page');
    await screenshot(page, 'asset-page-static-390');
    expect(await axeViolations(page)).toEqual([]);
    // Once idle the API confirms the listing (and adds its languages): focus stays where it was.
    await page.locator('a[href^="tel:"]').focus();
    await page.locator('.summary-list').getByText('Languages').waitFor({ timeout: 120_000 });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/^tel:/);

    await page.goto('/');
    await waitForResults(page);
    await expectEngineAfterPage(page, 'the first list');

    // Idle now: the database starts in the background, and the list swaps to its answer.
    await page.waitForFunction(() => document.documentElement.dataset.published === 'live', undefined, { timeout: 120_000 });
    expect(await localDb(page)).toBe('ready');
    expect(engine.some((u) => /pglite.*\.wasm/.test(u))).toBe(true);
    // The page's clock saw the worker asked for, so the checks above measured something.
    expect((await timings(page)).engine).not.toBeNull();
    // Residents were never shown the database starting.
    expect(await page.getByText('Starting the local database').count()).toBe(0);
    await context.close();
  });

  it('keeps showing contact details when the database cannot start', async () => {
    const { page, context } = await openPage(browser, '/about', { viewport: { width: 1366, height: 900 } });
    await context.route(/db\.worker/, (r) => r.abort());
    await page.goto(`/asset/${withContacts.properties.id}`);
    await contactsShown(page, withContacts.properties);
    // The database's failure is said plainly; the page stays whole.
    const alert = page.getByRole('alert').filter({ hasText: 'The local database could not start' });
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toContain('The database could not be downloaded. Check your internet connection, then reload this page.');
    await alert.getByRole('button', { name: 'Reload this page' }).waitFor();
    await contactsShown(page, withContacts.properties);
    await page.locator('h1', { hasText: withContacts.properties.name }).waitFor();
    await screenshot(page, 'asset-page-db-failed-1366');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('says a listing is no longer available once its organisation has archived it', async () => {
    const { page: editor, context } = await openPage(browser, '/');
    await actAs(editor, 'editor-a');
    await go(editor, `/organisation/${SAMPLE_ORG_A}`);
    const name = ofOrgA.properties.name;
    await editor.getByRole('button', { name: `Archive ${name}` }).click({ timeout: 120_000 });
    await editor.getByText(`${name} is archived. Residents no longer see it.`).waitFor();

    // A resident in another tab: the build's file still lists it, the database does not.
    const resident = await context.newPage();
    await resident.addInitScript(() => localStorage.setItem('cg.persona', 'resident'));
    await resident.setViewportSize({ width: 390, height: 844 });
    await resident.goto(`/asset/${ofOrgA.properties.id}`);
    const gone = resident.getByRole('heading', { level: 1, name: 'Listing no longer available' });
    await gone.waitFor({ timeout: 120_000 });
    expect(await resident.title()).toBe('Listing no longer available – Common Ground');
    expect(await resident.getByText(name).count()).toBe(0);
    expect(await resident.locator('.summary-list').count()).toBe(0);
    await resident.getByText('It is no longer available', { exact: false }).waitFor();
    expect(await resident.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await screenshot(resident, 'asset-page-withdrawn-390');
    expect(await axeViolations(resident)).toEqual([]);
    await resident.setViewportSize({ width: 1366, height: 900 });
    await screenshot(resident, 'asset-page-withdrawn-1366');
    await context.close();
  });
});
