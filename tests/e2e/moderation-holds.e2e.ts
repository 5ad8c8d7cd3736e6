// Taking a listing down and bringing it back (issue 11): a moderator takes a published listing
// down with a reason; its organisation sees why and cannot edit, restore or republish it; only a
// moderator reinstates it. And an organisation without auto-publish that restores a listing it
// had archived sends it back to review rather than straight to the map.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { actAs, expectAccessible, go, ignorable } from './organisationSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ORG_A = '0a000000-0000-4000-8000-00000000000a';

/** The name and id of the nth published listing on organisation A's page. */
async function publishedListing(page: Page, nth: number): Promise<{ name: string; id: string }> {
  await go(page, `/organisation/${ORG_A}`);
  const row = page.getByRole('table', { name: 'Listings', exact: true }).getByRole('row').filter({ hasText: 'Published' }).nth(nth);
  const link = row.getByRole('link').first();
  return { name: (await link.textContent())!, id: (await link.getAttribute('href'))!.split('/').pop()! };
}

describe('take-downs and restores', () => {
  it('a listing a moderator takes down stays down until a moderator reinstates it', async () => {
    const { page, context, errors } = await openPage(browser, '/organisation');
    await actAs(page, 'editor-a');
    const listing = await publishedListing(page, 0);

    await actAs(page, 'moderator');
    await go(page, `/review/asset/${listing.id}`);
    await page.getByRole('heading', { name: listing.name, level: 1 }).waitFor();
    await page.getByText('Nothing to review: this listing is published.').waitFor();
    await page.getByLabel(/^Take it down/).check();
    await page.getByRole('button', { name: 'Confirm decision' }).click();
    await page.getByRole('link', { name: 'Give a reason the organisation will see' }).waitFor();
    await page.getByLabel('Reason').fill('Residents report this group has stopped meeting.');
    await expectAccessible(page, 'review-take-down');
    await page.getByRole('button', { name: 'Confirm decision' }).click();
    await page.getByText(`Took “${listing.name}” down. Residents no longer see it, and only a moderator can reinstate it.`).waitFor();

    // The organisation sees why, and can neither restore nor edit it.
    await actAs(page, 'editor-a');
    await go(page, `/organisation/${ORG_A}`);
    const row = page.getByRole('row', { name: new RegExp(listing.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await row.getByText('Taken down by a moderator').waitFor();
    await row.getByText('Residents report this group has stopped meeting.').waitFor();
    await row.getByText('Only a moderator can reinstate it.').waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
    await row.getByRole('link', { name: listing.name }).click();
    await page.getByText(/A council moderator took this listing down/).waitFor();
    expect(await page.getByLabel('Name', { exact: true }).isDisabled()).toBe(true);
    await expectAccessible(page, 'editor-taken-down');

    // The moderator reinstates it: back on the map.
    await actAs(page, 'moderator');
    await go(page, `/review/asset/${listing.id}`);
    await page.getByText('Nothing to review: this listing is taken down by a moderator').waitFor();
    await page.getByLabel(/^Reinstate/).check();
    await page.getByRole('button', { name: 'Confirm decision' }).click();
    await page.getByText(`Reinstated “${listing.name}”. Residents can see it again.`).waitFor();

    expect(ignorable(errors)).toEqual([]);
    await context.close();
  });

  it('restoring a listing that was published sends it to review first', async () => {
    const { page, context, errors } = await openPage(browser, '/organisation');
    await actAs(page, 'editor-a');
    const listing = await publishedListing(page, 1);
    const row = () => page.getByRole('row', { name: new RegExp(listing.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await row()
      .getByRole('button', { name: `Archive ${listing.name}` })
      .click();
    await page.getByText(`${listing.name} is archived. Residents no longer see it.`).waitFor();
    await page
      .getByRole('table', { name: 'Archived listings' })
      .getByRole('button', { name: `Restore ${listing.name}` })
      .click();
    await page.getByText(`${listing.name} is restored and sent for review: residents see it again once a moderator approves it.`).waitFor();
    await row().getByText('Waiting for review').waitFor();

    // It is in the moderators' queue like any new listing.
    await actAs(page, 'moderator');
    await go(page, '/review');
    await page.getByRole('table', { name: 'Listings waiting for review' }).getByRole('link', { name: listing.name }).waitFor();

    expect(ignorable(errors)).toEqual([]);
    await context.close();
  });

  it('restoring an archived listing from its editor unlocks the form and the pin at once', async () => {
    const { page, context, errors } = await openPage(browser, '/organisation');
    await actAs(page, 'editor-a');
    const listing = await publishedListing(page, 2);
    const row = () => page.getByRole('row', { name: new RegExp(listing.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await row()
      .getByRole('button', { name: `Archive ${listing.name}` })
      .click();
    await page.getByText(`${listing.name} is archived. Residents no longer see it.`).waitFor();

    await go(page, `/organisation/${ORG_A}/assets/${listing.id}`);
    await page.getByText('This listing is archived: residents cannot see it.').waitFor();
    expect(await page.getByLabel('Name', { exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Restore listing' }).click();
    await page.getByText('Restored and sent for review.').waitFor();
    expect(await page.getByLabel('Name', { exact: true }).isDisabled()).toBe(false);

    // The pin was made while the listing was locked; dragging it now moves the listing.
    await page.waitForFunction(
      () => {
        const m = (window as unknown as { __cgEditorMap?: { loaded(): boolean } }).__cgEditorMap;
        return !!m && m.loaded();
      },
      undefined,
      { timeout: 60_000 },
    );
    const pin = page.locator('.editor-map .maplibregl-marker');
    await pin.scrollIntoViewIfNeeded();
    const before = await page.getByLabel('Latitude').inputValue();
    const box = (await pin.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 60, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.getByLabel('Latitude').inputValue()).not.toBe(before);

    expect(ignorable(errors)).toEqual([]);
    await context.close();
  });
});
