// Issue 4's review loop, end to end in Chromium: a moderator asks for changes and the organisation
// fixes and resubmits; an edit to a published listing waits for review while residents keep
// seeing the published text; and a profile saved from two tabs shows the conflict, keeping what
// was typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { actAs, expectAccessible, fillNewListing, go, ignorable } from './organisationSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ORG_A = '0a000000-0000-4000-8000-00000000000a';
const ORG_B = '0b000000-0000-4000-8000-00000000000b'; // SAMPLE_ORG_B, trusted to publish (auto_publish)
// Database refusals the tests provoke on purpose are logged by PGlite's worker.
const expected = /changed by someone else|version/i;
const SLOW = 300_000;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function residentSees(page: Page, id: string, text: string) {
  await actAs(page, 'resident');
  await go(page, '/about');
  await go(page, `/asset/${id}`);
  await expect.poll(() => page.locator('.asset-lede').textContent(), { timeout: 60_000 }).toBe(text);
}

describe('moderation asks for changes and reviews edits to published listings', () => {
  it('sends a listing back with a reason; the organisation fixes it and it returns to the queue', { timeout: SLOW }, async () => {
    const { page, context, errors } = await openPage(browser, '/organisation');
    await actAs(page, 'editor-a');
    const name = 'Sample: Changes Requested Lunch Club';
    await go(page, `/organisation/${ORG_A}/assets/new`);
    await fillNewListing(page, name);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Submitted for review. A council moderator will check it.').waitFor();
    const id = page.url().split('/').pop()!;

    // The moderator asks for changes; a reason is required and the organisation will read it.
    await actAs(page, 'moderator');
    await go(page, `/review/asset/${id}`);
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByLabel(/^Request changes/).check();
    const reason = 'Please add which room in the hall the club meets in.';
    await page.getByLabel('Reason').fill(reason);
    await expectAccessible(page, 'review-request-changes');
    await page.getByRole('button', { name: 'Confirm decision' }).click();
    await page.getByText(`Sent “${name}” back to the organisation with your request.`).waitFor();
    await expect.poll(() => page.getByRole('link', { name }).count()).toBe(0);

    // The organisation sees the reason on its list…
    await actAs(page, 'editor-a');
    await go(page, `/organisation/${ORG_A}`);
    const row = page.getByRole('row', { name: new RegExp(escape(name)) });
    await row.getByText(reason).waitFor();
    await row.getByText('Changes requested', { exact: true }).waitFor();
    await expectAccessible(page, 'org-dashboard-changes-requested');

    // …and in the editor, fixes it and resubmits.
    await row.getByRole('link', { name }).click();
    const asked = page.locator('.banner').filter({ hasText: 'A moderator asked for changes' });
    await asked.getByText(reason).waitFor();
    await expectAccessible(page, 'editor-changes-requested');
    await page.getByLabel('Description').fill('A friendly weekly gathering in the small hall, room 2. Sample data for tests.');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Submitted for review. A council moderator will check it.').waitFor();

    // Back in the moderator's queue, with the fix in what they review.
    await actAs(page, 'moderator');
    await go(page, '/review');
    const queue = page.getByRole('table', { name: 'Listings waiting for review' });
    await queue.getByRole('link', { name }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByRole('row', { name: /Description.*room 2/ }).waitFor();
    await expectAccessible(page, 'review-resubmitted');

    expect(ignorable(errors).filter((e) => !expected.test(e))).toEqual([]);
    await context.close();
  });

  it('keeps the published text for residents while an edit waits, then shows the approved edit', { timeout: SLOW }, async () => {
    const { page, context, errors } = await openPage(browser, '/organisation');
    await actAs(page, 'editor-a');
    await go(page, `/organisation/${ORG_A}`);
    const listings = page.getByRole('table', { name: 'Listings', exact: true });
    const published = listings
      .getByRole('row')
      .filter({ has: page.getByText('Published', { exact: true }) })
      .first();
    const link = published.getByRole('link').first();
    const name = (await link.textContent())!;
    await link.click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    const id = page.url().split('/').pop()!;
    const before = await page.getByLabel('Description').inputValue();
    expect(before, 'the sample listing has a description').not.toBe('');
    const after = 'Edited: now also open on Saturday mornings. Sample data for tests.';

    // An organisation that is not trusted sends edits to review; the listing stays published.
    await page.getByLabel('Description').fill(after);
    await page.getByRole('button', { name: 'Submit changes for review' }).click();
    await page.getByText('Changes sent for review. Residents see the published version until a moderator approves them.').waitFor();
    await expectAccessible(page, 'editor-edit-pending');

    // Residents still see the published text.
    await residentSees(page, id, before);
    await expectAccessible(page, 'asset-published-while-edit-pending');

    // The moderator sees field, before and after, and approves.
    await actAs(page, 'moderator');
    await go(page, `/review/asset/${id}`);
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByText('Edit to a published listing').waitFor();
    const changes = page.getByRole('table', { name: 'Changes to the published listing' });
    await changes.getByRole('columnheader', { name: 'Published now' }).waitFor();
    await changes.getByRole('columnheader', { name: 'Proposed' }).waitFor();
    const diff = changes.getByRole('row', { name: /^Description/ });
    await diff.getByText(before, { exact: true }).waitFor();
    await diff.getByText(after, { exact: true }).waitFor();
    await expectAccessible(page, 'review-edit-diff');
    await page.getByLabel(/^Approve/).check();
    await page.getByRole('button', { name: 'Confirm decision' }).click();
    await page.getByText(`Approved “${name}”. Residents can see it now.`).waitFor();

    // Residents now see the new text.
    await residentSees(page, id, after);
    await expectAccessible(page, 'asset-after-approval');

    expect(ignorable(errors).filter((e) => !expected.test(e))).toEqual([]);
    await context.close();
  });

  it('shows a conflict when the profile was saved in another tab, keeping what was typed', { timeout: SLOW }, async () => {
    const { page, context, errors } = await openPage(browser, '/organisation');
    // Organisation B is trusted to publish its edits, so its profile saves at once.
    await actAs(page, 'editor-b');
    await go(page, `/organisation/${ORG_B}/profile`);
    await page.getByRole('heading', { name: 'Profile', level: 1 }).waitFor();
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue(), { timeout: 60_000 }).not.toBe('');

    const other = await context.newPage();
    await other.goto(`/organisation/${ORG_B}/profile`);
    await other.getByRole('heading', { name: 'Profile', level: 1 }).waitFor({ timeout: 60_000 });
    await expect.poll(() => other.getByLabel('Name', { exact: true }).inputValue(), { timeout: 60_000 }).not.toBe('');

    // Tab one saves first.
    await page.getByLabel(/Phone/).fill('01942 333444');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();

    // Tab two, opened before that save, is told and keeps its words.
    const mine = 'We run lunch clubs, a food bank and a warm space. Written in tab two.';
    await other.getByLabel('What your organisation does (optional)').fill(mine);
    await other.getByRole('button', { name: 'Save profile' }).click();
    const conflict = other.getByRole('alert').filter({ hasText: 'Someone else changed this profile since you opened it' });
    await conflict.waitFor();
    await conflict.getByRole('row', { name: /Phone.*01942 333444/ }).waitFor();
    expect(await other.getByLabel('What your organisation does (optional)').inputValue()).toBe(mine);
    await expectAccessible(other, 'profile-conflict');

    // A deliberate choice: save the whole of my form over theirs.
    await conflict.getByRole('button', { name: 'Save my version over theirs' }).click();
    await other.getByText('Profile saved.').waitFor();
    expect(await other.getByLabel('What your organisation does (optional)').inputValue()).toBe(mine);
    await expect.poll(() => conflict.count()).toBe(0);

    expect(ignorable(errors).filter((e) => !expected.test(e))).toEqual([]);
    await context.close();
  });
});
