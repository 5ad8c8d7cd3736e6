// Issue 12 item 8, for moderators: a listing under review shows its pin on a map (and how far an
// edit moves it), its opening hours in words beside the stored syntax, and the card residents
// will see once approved; the queue sorts and filters, with the choice in the URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describe as describeHours } from '../../src/domain/openingHours';
import { launchBrowser, openPage } from './browser';
import { actAs, expectAccessible, fillNewListing, go, ignorable } from './organisationSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ORG_A = '0a000000-0000-4000-8000-00000000000a'; // SAMPLE_ORG_A, auto_publish false
const SLOW = 300_000;
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1366, height: 900 };
const params = (page: Page) => new URL(page.url()).searchParams;

type ReviewMap = { queryRenderedFeatures(o: unknown): { properties: { uuid?: string } }[]; loaded(): boolean };

/** Waits until the review page's map draws the listing's marker (and, when asked, where it is now). */
async function waitForPin(page: Page, id: string, withOrigin = false) {
  await page.waitForFunction(
    ([uuid, origin]) => {
      const map = (window as unknown as { __cgReviewMap?: ReviewMap }).__cgReviewMap;
      if (!map || !map.loaded()) return false;
      const marker = map.queryRenderedFeatures({ layers: ['asset-markers'] }).some((f) => f.properties.uuid === uuid);
      return marker && (!origin || map.queryRenderedFeatures({ layers: ['origin-point'] }).length === 1);
    },
    [id, withOrigin] as const,
    { timeout: 60_000 },
  );
}

describe('reviewing a listing: the pin, the hours in words and the resident card', () => {
  it('shows a new listing’s pin on a map, its hours in words and its card as residents will see it', { timeout: SLOW }, async () => {
    const { page, context, errors } = await openPage(browser, '/organisation', { viewport: WIDE });
    await actAs(page, 'editor-a');
    const name = 'Sample: Review Preview Lunch Club';
    await go(page, `/organisation/${ORG_A}/assets/new`);
    await fillNewListing(page, name);
    const session = page.getByRole('group', { name: 'Session 1' });
    await session.getByLabel('Tuesday').check();
    await session.getByLabel('Opens').fill('12:00');
    await session.getByLabel('Closes').fill('14:00');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Submitted for review. A council moderator will check it.').waitFor();
    const id = page.url().split('/').pop()!;

    await actAs(page, 'moderator');
    await go(page, `/review/asset/${id}`);
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    const fields = page.getByRole('table', { name: 'Fields of the new listing' });
    await fields.waitFor();
    // No raw coordinates in the table: the pin is on a map instead.
    expect(await fields.getByRole('rowheader', { name: /Latitude|Longitude/ }).count()).toBe(0);
    const hours = fields.getByRole('row', { name: /^Opening hours/ });
    for (const line of describeHours('Tu 12:00-14:00').lines) await hours.getByText(line).waitFor();
    await hours.getByText('Tu 12:00-14:00', { exact: true }).waitFor();

    const pin = page.getByRole('region', { name: 'Where the pin is' });
    await pin.getByText(/^The pin is at 53\.\d{5}, -2\.\d{5}\./).waitFor();
    await pin.getByRole('region', { name: `Map of where ${name} would be` }).waitFor();
    await waitForPin(page, id);

    const card = page.getByRole('region', { name: 'What residents will see' }).getByRole('listitem').first();
    await card.getByRole('heading', { name, level: 3 }).waitFor();
    expect(await card.getByRole('link').count()).toBe(0); // not published yet: nothing to open
    expect(await card.getByRole('button').count()).toBe(0);
    for (const tag of ['Group', 'Older people', 'Food support']) await card.getByText(tag, { exact: true }).waitFor();
    await card.getByText(/^(Open now|Closed now)/).waitFor();
    expect(await card.getByText('Details never checked').count()).toBe(0); // approving is a check
    await expectAccessible(page, 'review-preview-new-wide');

    await page.setViewportSize(PHONE);
    await waitForPin(page, id);
    await expectAccessible(page, 'review-preview-new-phone');
    await page.setViewportSize(WIDE);

    // The decision works as before.
    await page.getByLabel(/^Approve/).check();
    await page.getByRole('button', { name: 'Confirm decision' }).click();
    await page.getByText(`Approved “${name}”. Residents can see it now.`).waitFor();
    expect(ignorable(errors)).toEqual([]);
    await context.close();
  });

  it('shows how far an edit moves the pin, from where residents see it now', { timeout: SLOW }, async () => {
    const { page, context, errors } = await openPage(browser, '/organisation', { viewport: WIDE });
    await actAs(page, 'editor-a');
    await go(page, `/organisation/${ORG_A}`);
    const published = page
      .getByRole('table', { name: 'Listings', exact: true })
      .getByRole('row')
      .filter({ has: page.getByText('Published', { exact: true }) })
      .first();
    const link = published.getByRole('link').first();
    const name = (await link.textContent())!;
    await link.click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    const id = page.url().split('/').pop()!;
    await page.waitForFunction(() => (window as unknown as { __cgEditorMap?: { loaded(): boolean } }).__cgEditorMap?.loaded(), undefined, { timeout: 60_000 });
    const before = await page.getByLabel('Latitude').inputValue();
    await page.locator('.editor-map').scrollIntoViewIfNeeded();
    const box = (await page.locator('.editor-map canvas').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.3);
    await expect.poll(() => page.getByLabel('Latitude').inputValue()).not.toBe(before);
    await page.getByLabel('Description').fill('Moved to the church hall round the corner. Sample data for tests.');
    await page.getByRole('button', { name: 'Submit changes for review' }).click();
    await page.getByText('Changes sent for review. Residents see the published version until a moderator approves them.').waitFor();

    await actAs(page, 'moderator');
    await go(page, `/review/asset/${id}`);
    await page.getByText('Edit to a published listing').waitFor();
    const changes = page.getByRole('table', { name: 'Changes to the published listing' });
    await changes.getByRole('row', { name: /^Description/ }).waitFor();
    expect(await changes.getByRole('rowheader', { name: /Latitude|Longitude/ }).count()).toBe(0);
    const pin = page.getByRole('region', { name: 'Where the pin is' });
    await pin.getByText(/^The pin moves [\d.]+ (m|km) from where residents see it now/).waitFor();
    await pin.getByRole('region', { name: `Map of where ${name} would move to, and where it is now` }).waitFor();
    await waitForPin(page, id, true);
    const card = page.getByRole('region', { name: 'What residents will see' });
    await card.getByRole('heading', { name, level: 3 }).waitFor();
    await expectAccessible(page, 'review-preview-edit-wide');
    await page.setViewportSize(PHONE);
    await expectAccessible(page, 'review-preview-edit-phone');
    expect(ignorable(errors)).toEqual([]);
    await context.close();
  });
});

describe('the review queue: sort and filter, kept in the URL', () => {
  for (const [size, viewport] of [
    ['wide', WIDE],
    ['phone', PHONE],
  ] as const) {
    it(`sorts, filters by type and by organisation, and keeps the choice in the URL (${size})`, { timeout: SLOW }, async () => {
      const { page, context, errors } = await openPage(browser, '/review', { viewport });
      await actAs(page, 'moderator');
      const listings = page.getByRole('table', { name: 'Listings waiting for review' });
      await listings.waitFor({ timeout: 60_000 });
      const all = await listings.locator('tbody tr').count();
      expect(all).toBeGreaterThan(40);
      await page.getByRole('heading', { name: `Listings to review (${all})` }).waitFor();
      const dates = async () => (await listings.locator('tbody tr td:last-child').allTextContents()).map((t) => Date.parse(t.replace(',', '')));
      const oldest = await dates();
      expect(oldest).toEqual([...oldest].sort((a, b) => a - b));

      await page.getByLabel('Sort by').selectOption('newest');
      await expect.poll(() => params(page).get('sort')).toBe('newest');
      await expect.poll(dates).toEqual([...oldest].sort((a, b) => b - a));

      await page.getByLabel('Show').selectOption('new-organisation');
      await expect.poll(() => params(page).get('type')).toBe('new-organisation');
      expect(await listings.count()).toBe(0);
      const orgs = page.getByRole('table', { name: 'Organisations waiting to be verified or with profile changes' });
      await expect.poll(() => orgs.locator('tbody tr').count()).toBeGreaterThan(0);
      for (const kind of await orgs.locator('tbody tr td:nth-child(2) strong').allTextContents()) expect(kind).toBe('To verify');

      await page.getByLabel('Show').selectOption('edit');
      await page.getByText('No listings match these filters.').waitFor();
      await page.getByLabel('Show').selectOption('new-listing');
      await listings.waitFor();

      // One organisation's listings only.
      const option = page.getByLabel('Organisation', { exact: true }).locator('option').nth(1);
      const [orgId, label] = [(await option.getAttribute('value'))!, (await option.textContent())!];
      const orgName = label.replace(/ \(\d+\)$/, '');
      await page.getByLabel('Organisation', { exact: true }).selectOption(orgId);
      await expect.poll(() => params(page).get('org')).toBe(orgId);
      await expect.poll(async () => new Set(await listings.locator('tbody tr td:nth-child(2)').allTextContents())).toEqual(new Set([orgName]));
      const shown = await listings.locator('tbody tr').count();
      await page.getByRole('heading', { name: `Listings to review (${shown} of ${all})` }).waitFor();
      await expectAccessible(page, `review-queue-filtered-${size}`);

      // The URL carries the view: leave and come back through it.
      const url = new URL(page.url());
      await go(page, '/about');
      await go(page, `${url.pathname}${url.search}`);
      await listings.waitFor();
      expect(await page.getByLabel('Sort by').inputValue()).toBe('newest');
      expect(await page.getByLabel('Show').inputValue()).toBe('new-listing');
      expect(await page.getByLabel('Organisation', { exact: true }).inputValue()).toBe(orgId);
      expect(await listings.locator('tbody tr').count()).toBe(shown);

      await page.getByRole('link', { name: 'Show everything, oldest first' }).click();
      await expect.poll(() => page.url()).toMatch(/\/review$/);
      await expect.poll(() => listings.locator('tbody tr').count()).toBe(all);
      expect(ignorable(errors)).toEqual([]);
      await context.close();
    });
  }
});
