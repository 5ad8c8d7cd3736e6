// Organisations end to end in Chromium, on the local database: a newcomer registers, a moderator
// verifies, an editor adds a listing with a pin and opening hours and submits it, the moderator
// approves it, and a resident finds it. axe checks every page on the way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from './browser';
import { actAs, expectAccessible, fillNewListing, go, ignorable } from './organisationSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('an organisation registers, lists an asset and gets it published', () => {
  it('goes from registration to a resident seeing the listing', async () => {
    const { page, context, errors } = await openPage(browser, '/organisation');

    // Signed out: the page says who can do what and offers the sample people.
    await page.getByRole('heading', { name: 'Your organisation' }).waitFor();
    await page.getByRole('heading', { name: 'Who can do what' }).waitFor();
    await expectAccessible(page, 'org-signed-out');
    await go(page, '/sign-in');
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Act as New organisation (no memberships yet)' }).waitFor();
    await expectAccessible(page, 'sign-in-local');
    await go(page, '/organisation');

    // A newcomer registers; a bad email is caught beside the field first.
    await actAs(page, 'newcomer');
    await page.getByText('You are not a member of any organisation yet.').waitFor();
    await page.getByRole('link', { name: 'Register an organisation' }).click();
    await page.getByLabel('Name').fill('Sample: Ince Men’s Shed');
    await page.getByLabel(/What your organisation does/).fill('Woodwork, repairs and a cuppa. Sample data.');
    await page.getByLabel(/Email address/).fill('shed at example');
    await page.getByRole('button', { name: 'Register organisation' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: /Enter an email address in the correct format/ }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await expectAccessible(page, 'org-register-error');
    await page.getByLabel(/Email address/).fill('shed@example.org');
    await page.getByRole('button', { name: 'Register organisation' }).click();
    await page.getByText('is registered. A council moderator will check it soon.').waitFor();
    await page.getByRole('heading', { name: /Waiting for a council moderator to verify/ }).waitFor();
    expect(await page.locator('.org-header .tag').textContent()).toBe('Waiting for review');
    await expectAccessible(page, 'org-dashboard-pending');

    // The moderator verifies it from the queue.
    await actAs(page, 'moderator');
    await go(page, '/review');
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    await expectAccessible(page, 'review-queue');
    await page.getByRole('link', { name: 'Sample: Ince Men’s Shed' }).click();
    await page.getByText('Woodwork, repairs and a cuppa. Sample data.').waitFor();
    await page.getByRole('button', { name: 'Confirm decision' }).click();
    await page.getByRole('link', { name: 'Choose what to do' }).waitFor();
    await page.getByLabel(/^Verify/).check();
    await page.getByLabel(/Publish this organisation’s edits without review/).waitFor();
    await expectAccessible(page, 'review-organisation');
    await page.getByRole('button', { name: 'Confirm decision' }).click();
    await page.getByText('Verified Sample: Ince Men’s Shed.').waitFor();

    // The newcomer sees it verified.
    await actAs(page, 'newcomer');
    await go(page, '/organisation');
    await page.getByRole('row', { name: /Sample: Ince Men’s Shed.*Owner.*Verified/ }).waitFor();

    // editor-a adds a listing: pin by clicking the map, hours with the friendly editor.
    await actAs(page, 'editor-a');
    await go(page, '/organisation');
    await page.getByRole('link', { name: 'Sample: Hindley Community Trust' }).click();
    await page.getByRole('heading', { name: 'Listings', level: 1 }).waitFor();
    await page.locator('.org-header').getByText('Sample: Hindley Community Trust').waitFor();
    await expectAccessible(page, 'org-dashboard');
    await page.getByRole('link', { name: 'Add a listing' }).click();
    await fillNewListing(page, 'Sample: Hindley Tuesday Lunch Club');
    // A category's types show once it is ticked; a type can be ticked too (issue 13).
    const categories = page.getByRole('group', { name: 'Categories' });
    expect(await categories.getByRole('group', { name: 'Type of Community venues (optional)' }).count()).toBe(0);
    await categories.getByRole('checkbox', { name: 'Community venues' }).check();
    await categories.getByRole('group', { name: 'Type of Community venues (optional)' }).getByRole('checkbox', { name: 'Community centre' }).check();
    expect(await page.locator('.muted', { hasText: 'Main category:' }).textContent()).toBe('Main category: Older people');
    const session1 = page.getByRole('group', { name: 'Session 1' });
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) await session1.getByLabel(day).check();
    await session1.getByLabel('Opens').fill('09:30');
    await session1.getByLabel('Closes').fill('12:00');
    await page.getByRole('button', { name: 'Add another session' }).click();
    const session2 = page.getByRole('group', { name: 'Session 2' });
    await session2.getByLabel('Saturday').check();
    await session2.getByLabel('Opens').fill('10:00');
    await session2.getByLabel('Closes').fill('13:00');
    await page.getByLabel('Closed on bank holidays').check();
    const preview = page.locator('.hours-preview');
    await expect.poll(() => preview.textContent()).toContain('Mo-Fr 09:30-12:00; Sa 10:00-13:00; PH off');
    expect(await preview.textContent()).toMatch(/Monday to Friday.*9:30/i);
    expect(await preview.textContent()).toContain('Closed on bank holidays');
    await page.getByLabel(/Free to use/).check();
    await page.getByRole('checkbox', { name: 'Step-free access' }).check();
    await page.getByLabel(/Languages spoken/).fill('English, Polish');
    await expectAccessible(page, 'editor-new');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Submitted for review. A council moderator will check it.').waitFor();
    await page.getByRole('heading', { name: 'Sample: Hindley Tuesday Lunch Club', level: 1 }).waitFor();
    const assetId = page.url().split('/').pop()!;
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await page.getByText(/Submitted for review by editor\.a@example\.org/).waitFor();
    await expectAccessible(page, 'editor-submitted');

    // The moderator sees it in the queue with its fields, and approves it.
    await actAs(page, 'moderator');
    await go(page, '/review');
    await page.getByRole('link', { name: 'Sample: Hindley Tuesday Lunch Club' }).click();
    const fields = page.getByRole('table', { name: 'Fields of the new listing' });
    await fields.waitFor();
    await fields.getByRole('row', { name: /Opening hours.*Mo-Fr 09:30-12:00; Sa 10:00-13:00; PH off/ }).waitFor();
    await fields.getByRole('row', { name: /Categories.*Older people, Food support, Community centre/ }).waitFor();
    await fields.getByRole('row', { name: /Accessibility.*Step-free access/ }).waitFor();
    await expectAccessible(page, 'review-asset');
    await page.getByLabel(/^Approve/).check();
    await page.getByRole('button', { name: 'Confirm decision' }).click();
    await page.getByText('Approved “Sample: Hindley Tuesday Lunch Club”. Residents can see it now.').waitFor();
    expect(await page.getByRole('link', { name: 'Sample: Hindley Tuesday Lunch Club' }).count()).toBe(0);

    // A resident finds it: in the search results and on its own page.
    await actAs(page, 'resident');
    await go(page, '/');
    await page.getByLabel('Search', { exact: true }).fill('Hindley Tuesday Lunch');
    await page.locator('.result-list').getByText('Sample: Hindley Tuesday Lunch Club').first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'resident-finds-listing');
    await go(page, `/asset/${assetId}`);
    await page.getByRole('heading', { name: 'Sample: Hindley Tuesday Lunch Club', level: 1 }).waitFor();
    expect(await page.locator('.asset-page .result-tags .tag').allTextContents()).toEqual([
      'Group',
      'Older people',
      'Food support',
      'Community venues › Community centre',
    ]);

    expect(ignorable(errors)).toEqual([]);
    await context.close();
  });
});
