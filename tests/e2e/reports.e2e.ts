// Residents tell us (issue 15, items 4 and 5), end to end in Chromium in local mode: a resident
// reports a problem with a listing, a moderator forwards it, the organisation sees it and marks
// it dealt with, and the listing says a problem was reported until then; a resident suggests a
// group and a moderator turns it into a draft listing. axe on every new page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { published } from './findPage';
import { actAs, expectAccessible, go, ignorable } from './organisationSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ORG_A = '0a000000-0000-4000-8000-00000000000a';
const ORG_A_NAME = 'Sample: Hindley Community Trust';
const listing = published.features.find((f) => f.properties.org_id === ORG_A)!.properties;
// Refusals the tests provoke on purpose, logged by PGlite's worker.
const expected = /at most 2,000 characters/;
const reportedNotice = /^Someone reported a problem with this listing on \d{1,2} [A-Z][a-z]+ \d{4}\./;

describe('reporting a problem with a listing', () => {
  it('a resident reports, a moderator forwards, the organisation sees it and deals with it', { timeout: 600_000 }, async () => {
    const { page, errors } = await openPage(browser, `/asset/${listing.id}`);
    await page.getByRole('heading', { name: listing.name, level: 1 }).waitFor();
    await page.getByRole('link', { name: 'report a problem with this listing' }).click();
    const heading = page.getByRole('heading', { name: `Report a problem with ${listing.name}`, level: 1 });
    await heading.waitFor();
    await expectAccessible(page, 'report-form');

    // Nothing chosen: told what to do, beside the question.
    await page.getByRole('button', { name: 'Send the report' }).click();
    await page.getByRole('group', { name: 'What is wrong?' }).getByText('Choose what is wrong with the listing').waitFor();
    await expectAccessible(page, 'report-form-errors');

    // 100 kB of text: a clear message, nothing sent.
    await page.getByRole('radio', { name: 'The times are wrong' }).check();
    await page.getByLabel('Details (optional)').fill('x'.repeat(100_000));
    await page.getByRole('button', { name: 'Send the report' }).click();
    await page.getByText('What is wrong is at most 2,000 characters (this has 100,000): please shorten it', { exact: false }).first().waitFor();

    // Markup is only text.
    const said = '<b>Now</b> on Tuesdays, 10 till 12';
    await page.getByLabel('Details (optional)').fill(said);
    await page.getByLabel('Your e-mail address (optional)').fill('resident.reporter@example.org');
    await page.getByRole('button', { name: 'Send the report' }).click();
    await page.getByRole('heading', { name: 'Thank you for your report', level: 1 }).waitFor({ timeout: 120_000 });
    await page.getByText('We will e-mail you when it has been dealt with, and then delete your address.').waitFor();
    await expectAccessible(page, 'report-sent');

    // Back on the listing, residents see that a problem was reported (the date, nothing more).
    await page.getByRole('link', { name: `Back to ${listing.name}` }).click();
    const notice = page.locator('.reported-notice');
    await notice.waitFor({ timeout: 120_000 });
    expect(await notice.textContent()).toMatch(reportedNotice);
    expect(await page.locator('main').textContent()).not.toContain('Tuesdays');
    await expectAccessible(page, 'asset-reported');

    // The moderator sees one entry for the listing, reads the report as text, and forwards it.
    await actAs(page, 'moderator');
    await go(page, '/review');
    await page.getByRole('link', { name: 'Problems residents reported with listings' }).click();
    await page.getByRole('heading', { name: 'Reported problems', level: 1 }).waitFor();
    const group = page.getByRole('region', { name: listing.name });
    await group.getByText('1 report').waitFor();
    await group.getByText(/Read the report/).click();
    await group.getByText(said).waitFor();
    expect(await page.locator('main b').count()).toBe(0);
    await expectAccessible(page, 'review-reports');
    await group.getByRole('radio', { name: 'Forward to the organisation' }).check();
    await group.getByLabel('Note (optional)').fill('Please check your times.');
    await group.getByRole('button', { name: /Save decision/ }).click();
    await page.getByText(`The reports about ${listing.name} were forwarded to the organisation.`).waitFor();
    await page.getByText('No problems are waiting. Thank you.').waitFor();
    await expectAccessible(page, 'review-reports-done');

    // The organisation's member sees it on their listings page.
    await actAs(page, 'editor-a');
    await go(page, `/organisation/${ORG_A}`);
    const problems = page.getByRole('region', { name: 'Reported problems' });
    await problems.waitFor({ timeout: 120_000 });
    await problems.getByRole('link', { name: listing.name }).waitFor();
    await problems.getByText('The times are wrong').waitFor();
    await problems.getByText(said).waitFor();
    await problems.getByText('Please check your times.').waitFor();
    await expectAccessible(page, 'organisation-reported-problems');

    // Still with the organisation: residents still see the notice.
    await actAs(page, 'resident');
    await go(page, `/asset/${listing.id}`);
    await notice.waitFor({ timeout: 120_000 });

    // Dealt with: the notice goes.
    await actAs(page, 'editor-a');
    await go(page, `/organisation/${ORG_A}`);
    const dealt = problems.getByRole('button', { name: /^Mark as dealt with/ });
    await dealt.waitFor({ timeout: 120_000 }).catch(async (e: unknown) => {
      await page.screenshot({ path: 'test-results/reports-dealt-with-missing.png', fullPage: true });
      throw e;
    });
    await dealt.click();
    await page.getByText(`The problem with ${listing.name} is marked as dealt with.`).waitFor();
    expect(await problems.count()).toBe(0);
    await actAs(page, 'resident');
    await go(page, `/asset/${listing.id}`);
    await page.getByRole('heading', { name: listing.name, level: 1 }).waitFor();
    await expect.poll(async () => (await page.evaluate(() => document.querySelectorAll('.reported-notice').length)) === 0, { timeout: 60_000 }).toBe(true);

    expect(ignorable(errors).filter((e) => !expected.test(e))).toEqual([]);
  });
});

describe('suggesting a group', () => {
  it('a resident suggests a group from the About page; a moderator turns it into a draft listing', { timeout: 600_000 }, async () => {
    const { page, errors } = await openPage(browser, '/about');
    await page.getByRole('heading', { name: 'About Common Ground', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Suggest it' }).click();
    await page.getByRole('heading', { name: 'Suggest a group, place or service', level: 1 }).waitFor();
    await expectAccessible(page, 'suggest-form');

    await page.getByRole('button', { name: 'Send the suggestion' }).click();
    await page.getByText('Give the name of the group, place or service').first().waitFor();
    await expectAccessible(page, 'suggest-form-errors');

    const name = 'Sample: E2E Knit and Natter';
    await page.getByLabel('What is it called?').fill(name);
    await page.getByLabel('What is it? (optional)').fill('Knitting, crochet and a cuppa, for anyone.');
    await page.getByLabel('Where is it? (optional)').fill('Scholes Library, WN1 3NN');
    await page.getByLabel('When is it on? (optional)').fill('Thursdays 2pm to 4pm');
    await page.getByLabel('How do people contact it? (optional)').fill('Ask at the library desk');
    await page.getByLabel('Your e-mail address (optional)').fill('knitter@example.org');
    await page.getByRole('button', { name: 'Send the suggestion' }).click();
    await page.getByRole('heading', { name: 'Thank you for your suggestion', level: 1 }).waitFor({ timeout: 120_000 });
    await expectAccessible(page, 'suggest-sent');

    await actAs(page, 'moderator');
    await go(page, '/review');
    await page.getByRole('link', { name: 'Groups, places and services residents suggested' }).click();
    await page.getByRole('heading', { name: 'Suggestions from residents', level: 1 }).waitFor();
    const card = page.getByRole('region', { name });
    await card.getByText('Thursdays 2pm to 4pm').waitFor();
    await expectAccessible(page, 'review-suggestions');
    await card.getByRole('radio', { name: 'Make a draft listing' }).check();
    await card.getByLabel('Category').selectOption({ label: 'Arts and culture' });
    await card.getByLabel('Organisation (optional)').selectOption({ label: ORG_A_NAME });
    await expectAccessible(page, 'review-suggestion-draft');
    await card.getByRole('button', { name: /Save decision/ }).click();

    // The moderator lands in the editor of the new draft, to place it and finish it.
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 60_000 }).toMatch(new RegExp(`^/organisation/${ORG_A}/assets/[0-9a-f-]{36}$`));
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue(), { timeout: 60_000 }).toBe(name);
    expect(await page.getByLabel('Postcode').inputValue()).toBe('WN1 3NN');

    await go(page, '/review/suggestions');
    await page.getByText('No suggestions are waiting.').waitFor();

    expect(ignorable(errors)).toEqual([]);
  });
});
