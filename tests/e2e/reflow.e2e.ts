// Reflow at 320 CSS px (WCAG 1.4.10; what a 1280 px screen shows at 400 % zoom) on every page of
// the app, signed out and as the person each signed-in page is for: the page never scrolls
// sideways and nothing sticks out past the right edge except inside a region that scrolls itself
// (see reflow.ts). One browser, one tab, the pages in turn, moving inside the app so the local
// database starts once.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, type TestPage } from './browser';
import { published, waitForMap, waitForResults } from './findPage';
import { actAs, go } from './organisationSteps';
import { reflowProblems } from './reflow';

const NARROW = { width: 320, height: 640 };
const ORG_A = '0a000000-0000-4000-8000-00000000000a';

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let t: TestPage;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser, '/', { viewport: NARROW });
  page = t.page;
});
afterAll(async () => {
  await browser?.close();
});

const h1 = (name: string | RegExp) => page.getByRole('heading', { name, level: 1 });

/** Every page the test saw, with what was wrong on it: all reported together at the end of each test. */
async function reflows(name: string, ready: Locator): Promise<string[]> {
  await ready.waitFor({ timeout: 120_000 });
  await screenshot(page, `reflow-320-${name}`);
  return (await reflowProblems(page)).map((p) => `${name}: ${p}`);
}

async function visit(path: string, name: string, ready: Locator) {
  await go(page, path);
  return reflows(name, ready);
}

describe('every page reflows at 320 CSS px', () => {
  it('residents and signed-out visitors', { timeout: 300_000 }, async () => {
    const problems: string[] = [];
    await waitForResults(page);
    problems.push(...(await reflows('find', page.locator('.result').first())));
    await page.locator('details.filters > summary').click();
    problems.push(...(await reflows('find-filters', page.locator('.filters-form'))));
    await page.locator('details.filters > summary').click();
    await page.locator('details.download-results > summary').click();
    problems.push(...(await reflows('find-download', page.getByRole('button', { name: 'Download ORUK JSON' }))));
    await page.locator('details.download-results > summary').click();
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await waitForMap(page);
    problems.push(...(await reflows('find-map', page.locator('.find-map canvas'))));
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await waitForResults(page);
    const id = (await page.locator('.result').first().getAttribute('data-id'))!;
    problems.push(...(await visit(`/asset/${id}`, 'asset', page.getByRole('heading', { name: /^Nearby/ }))));
    // The shortlist, holding that listing (with its note field, buttons and sending links).
    await page.getByRole('button', { name: /^Add to shortlist/ }).click();
    problems.push(...(await visit('/shortlist', 'shortlist', page.locator('.shortlist-entry'))));
    // A listing that meets at a private address (the demo's writers' group): the area wording and its map.
    const home = published.features.find((f) => f.properties.private_address)!.properties.id;
    problems.push(...(await visit(`/asset/${home}`, 'asset-private-address', page.getByRole('heading', { name: 'The general area' }))));
    problems.push(...(await visit(`/asset/${id}/report`, 'report-problem', h1(/^Report a problem/))));
    // Sent, so the moderator's list of reported problems below has one to lay out.
    await page.getByRole('radio', { name: 'The times are wrong' }).check();
    await page.getByLabel('Details (optional)').fill('Now on Tuesdays: https://example.org/a-very-long-address-that-does-not-break-anywhere-at-all');
    await page.getByRole('button', { name: 'Send the report' }).click();
    problems.push(...(await reflows('report-sent', h1('Thank you for your report'))));
    problems.push(...(await visit('/suggest', 'suggest', h1('Suggest a group, place or service'))));
    problems.push(...(await visit('/ward', 'ward-list', page.locator('.ward-index-list a').first())));
    problems.push(...(await visit('/ward/E05014989', 'ward', page.locator('.ward-coverage-table'))));
    problems.push(...(await visit('/about', 'about', h1('About Common Ground'))));
    problems.push(...(await visit('/accessibility', 'accessibility', h1('Accessibility statement'))));
    problems.push(...(await visit('/privacy', 'privacy', h1('Privacy notice'))));
    problems.push(...(await visit('/contact', 'contact', h1('Contact'))));
    problems.push(...(await visit('/outbox', 'outbox', page.getByLabel('Show messages to'))));
    problems.push(...(await visit('/no-such-page', 'not-found', h1('Page not found'))));
    problems.push(...(await visit('/confirm?token=not-a-token', 'confirm-refused', h1('This link cannot confirm the listing'))));
    problems.push(...(await visit('/unsubscribe?token=not-a-token', 'unsubscribe-refused', page.getByRole('alert'))));
    problems.push(...(await visit('/sign-in', 'sign-in', h1('Sign in'))));
    problems.push(...(await visit('/organisation', 'organisation-signed-out', h1('Your organisation'))));
    problems.push(...(await visit('/review', 'review-signed-out', h1('Review listings'))));
    problems.push(...(await visit('/plan', 'plan-signed-out', page.getByRole('heading', { level: 1 }))));
    problems.push(...(await visit('/import', 'import-signed-out', h1('Import partner data'))));
    expect(problems).toEqual([]);
  });

  it('an organisation editor: organisations, listings, profile, members and the listing editor', { timeout: 300_000 }, async () => {
    const problems: string[] = [];
    await actAs(page, 'editor-a');
    problems.push(...(await visit('/organisation', 'organisation-home', h1('Your organisations'))));
    problems.push(...(await visit('/organisation/register', 'organisation-register', h1('Register an organisation'))));
    problems.push(...(await visit(`/organisation/${ORG_A}`, 'organisation-listings', page.locator('main table'))));
    problems.push(...(await visit(`/organisation/${ORG_A}/profile`, 'organisation-profile', h1('Profile'))));
    problems.push(...(await visit(`/organisation/${ORG_A}/members`, 'organisation-members', page.locator('main table'))));
    problems.push(...(await visit(`/organisation/${ORG_A}/assets/new`, 'editor-new', h1('Add a listing'))));
    await go(page, `/organisation/${ORG_A}`);
    await page.locator('main table a').first().click();
    problems.push(...(await reflows('editor-existing', page.getByRole('button', { name: 'Save as draft' }))));
    expect(problems).toEqual([]);
  });

  it('a council moderator: the queue, a listing and an organisation to review, the stale report and the import', { timeout: 300_000 }, async () => {
    const problems: string[] = [];
    await actAs(page, 'moderator');
    problems.push(...(await visit('/review', 'review-queue', page.locator('main table').first())));
    await page.locator('main table a[href*="/review/asset/"]').first().click();
    problems.push(...(await reflows('review-asset', page.getByRole('button', { name: 'Confirm decision' }))));
    await go(page, '/review');
    await page.locator('main table a[href*="/review/organisation/"]').first().click();
    problems.push(...(await reflows('review-organisation', page.locator('main dl'))));
    problems.push(...(await visit('/review/stale', 'review-stale', h1('Listings not checked lately'))));
    await page.locator('.stale-group summary').first().click();
    problems.push(...(await reflows('review-stale-open', page.locator('.stale-group table').first())));
    problems.push(...(await visit('/review/mail', 'review-mail', page.getByText('Every message has been delivered or is on its way.'))));
    problems.push(...(await visit('/review/reports', 'review-reports', page.getByText(/^Read the report/).first())));
    problems.push(...(await visit('/review/suggestions', 'review-suggestions', page.getByText(/No suggestions are waiting|What do you want to do/).first())));
    problems.push(...(await visit('/review/export', 'review-export', page.getByRole('button', { name: 'Download ORUK JSON' }))));
    problems.push(...(await visit('/import', 'import-source', page.getByRole('heading', { name: /Step 1 of 4/ }))));
    await page.getByText('Download the template and see what each column means').click();
    problems.push(...(await reflows('import-template-help', page.getByRole('table', { name: 'What each column in the template means' }))));
    const newPartner = page.getByLabel('A new partner');
    if (await newPartner.count()) await newPartner.check();
    await page.getByLabel(/^Partner name$|Which partner is this file from\?/).fill('Reflow Test Partner');
    await page.setInputFiles('#import-file', 'tests/fixtures/import/messy-partner.csv');
    await page.getByRole('button', { name: 'Read the file' }).click();
    problems.push(...(await reflows('import-mapping', page.getByRole('heading', { name: /Step 2 of 4/ }))));
    // The file's one unknown category must be decided before the rows are checked.
    await page.getByLabel('Our category for “Knitting”').selectOption({ label: 'Ignore it: keep the row’s other categories' });
    await page.getByRole('button', { name: 'Continue: check the rows' }).click();
    problems.push(...(await reflows('import-check', page.getByRole('heading', { name: /Step 3 of 4/ }))));
    expect(problems).toEqual([]);
  });

  it('a planner: the coverage page with its results', { timeout: 300_000 }, async () => {
    await actAs(page, 'planner');
    await go(page, '/plan');
    await expect.poll(() => page.locator('.ward-table tbody tr').count(), { timeout: 120_000 }).toBe(25);
    expect(await reflows('plan', page.locator('.plan-done').filter({ hasText: /live within/ }))).toEqual([]);
  });
});
