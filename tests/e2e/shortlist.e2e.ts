// A link worker's shortlist, end to end: listings added from two searches and an asset page,
// reordered and annotated, printed (no map, no navigation, no buttons; a QR code per listing),
// downloaded as CSV, then reopened from the sent link in a fresh browser, where a damaged link
// changes nothing and a link naming a listing no longer published says so and keeps the rest.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openPage, screenshot } from './browser';
import { published, waitForResults } from './findPage';
import { go, ignorable } from './organisationSteps';
import { SHORTLIST_NOTE_MAX, encodeShortlist } from '../../src/domain/shortlist';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const entryNames = (page: Page) => page.locator('.shortlist-entry h3 a').allTextContents();
const h1 = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A control's name with its listing after it ("Move up: Tea and Chat"; the listing's name is visually hidden). */
const about = (label: string, listing: string) => new RegExp(`^${escape(label)}\\s*:\\s*${escape(listing)}$`);

/** Adds the first result of a search, returning its name. */
async function addFirstResult(page: Page, search: string): Promise<string> {
  await go(page, `/?q=${encodeURIComponent(search)}`);
  await waitForResults(page);
  const first = page.locator('.result').first();
  const name = (await first.locator('.result-name').textContent())!.trim();
  await first.getByRole('button', { name: about('Add to shortlist', name) }).click();
  await expect.poll(() => first.getByRole('status').textContent()).toMatch(/^Added\. Your shortlist has \d listings?\./);
  return name;
}

describe('the shortlist', () => {
  it('is built across searches, reordered, annotated, printed, downloaded and reopened from its link', { timeout: 300_000 }, async () => {
    const { page, context, errors } = await openPage(browser, '/', { viewport: { width: 1366, height: 900 } });
    await waitForResults(page);
    const library = await addFirstResult(page, 'library');
    const food = await addFirstResult(page, 'food bank');
    // A third from its own page.
    const third = published.features.find((f) => ![library, food].includes(f.properties.name) && f.properties.opening_hours && f.properties.phone)!.properties;
    await go(page, `/asset/${third.id}`);
    await h1(page, third.name).waitFor();
    await page.getByRole('button', { name: about('Add to shortlist', third.name) }).click();
    await expect.poll(() => page.locator('.site-header .shortlist-link').textContent()).toBe('Shortlist 3: 3 listings');

    await page
      .locator('.site-header')
      .getByRole('link', { name: /^Shortlist/ })
      .click();
    await h1(page, 'Shortlist').waitFor();
    expect(await entryNames(page)).toEqual([library, food, third.name]);
    // Times in words, the address and a phone link, as the asset page gives them.
    const last = page.locator('.shortlist-entry').nth(2);
    await expect.poll(() => last.locator('.shortlist-facts').textContent()).toMatch(/Opening times.*(day|Open)/);
    await expect.poll(() => last.locator('a[href^="tel:"]').count()).toBe(1);

    // Reorder with the keyboard: focus stays on the button pressed.
    await page.getByRole('button', { name: about('Move up', third.name) }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await entryNames(page)).toEqual([third.name, library, food]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`down-${third.id}`);
    await expect.poll(() => page.locator('.shortlist-page-status').textContent()).toContain(`${third.name} is now number 1 of 3.`);

    // Annotate; an over-long note is refused beside its field, and the text typed stays.
    const note = page.getByLabel(about('Note', third.name));
    await note.fill('x'.repeat(SHORTLIST_NOTE_MAX + 5));
    await page.getByText(`This note is ${SHORTLIST_NOTE_MAX + 5} characters long`).waitFor();
    expect((await note.inputValue()).length).toBe(SHORTLIST_NOTE_MAX + 5);
    await note.fill('Ask for Jean, Tuesdays');
    await expect.poll(() => page.getByText(/characters long/).count()).toBe(0);
    expect(await axeViolations(page), 'axe on the shortlist').toEqual([]);
    await screenshot(page, 'shortlist-1366');

    // The CSV: one row per listing, in order, with the note.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a spreadsheet (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect(csv[0]).toBe('\uFEFFNumber,Name,What they offer,Opening times,Address,Phone,Email,Website,Note,Link');
    expect(csv[1]).toContain('Ask for Jean, Tuesdays');
    expect(csv[1]).toContain(`/asset/${third.id}`);

    // Ready-made e-mail and text message, with names, the phone and the link.
    const link = await page.getByLabel('Link to this shortlist').inputValue();
    expect(link).toMatch(/\/shortlist#s=1\.[\w-]+$/);
    const sms = decodeURIComponent((await page.getByRole('link', { name: 'Write a text message with the shortlist' }).getAttribute('href'))!);
    expect(sms).toContain(`1. ${third.name}`);
    expect(sms).toContain(third.phone!);
    expect(sms).toContain(link);
    expect(await page.getByRole('link', { name: 'Write an e-mail with the shortlist' }).getAttribute('href')).toMatch(/^mailto:\?subject=.+&body=/);

    // On paper: no header, navigation, buttons or map; a QR code for each listing; the note.
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: 'test-results/shortlist-print.png', fullPage: true });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('nav').first().isVisible()).toBe(false);
    expect(await page.locator('main button:visible').count()).toBe(0);
    expect(await page.locator('main textarea:visible').count()).toBe(0);
    expect(
      await page
        .getByRole('img', { name: /^QR code for / })
        .and(page.locator(':visible'))
        .count(),
    ).toBe(3);
    expect(await page.getByText('Note: Ask for Jean, Tuesdays').isVisible()).toBe(true);
    // An asset page on paper: the details and its own QR code, no map.
    await go(page, `/asset/${third.id}`);
    await h1(page, third.name).waitFor();
    await page.screenshot({ path: 'test-results/asset-print.png', fullPage: true });
    expect(await page.locator('.asset-map').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('img', { name: `QR code for ${third.name}` }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(ignorable(errors)).toEqual([]);
    await context.close();

    // A fresh browser, as the resident or another worker has.
    const other = await openPage(browser, `/shortlist#s=${link.split('#s=')[1].slice(0, 20)}`, { viewport: { width: 390, height: 844 } });
    const p2 = other.page;
    await p2.getByText('This shortlist link is damaged or incomplete').waitFor();
    expect(await p2.locator('.shortlist-entry').count()).toBe(0);
    await go(p2, `/shortlist#s=${link.split('#s=')[1]}`);
    await p2.getByText('The shortlist from the link is open: 3 listings.').waitFor();
    expect(await entryNames(p2)).toEqual([third.name, library, food]);
    expect(await p2.getByLabel(about('Note', third.name)).inputValue()).toBe('Ask for Jean, Tuesdays');
    expect(p2.url()).not.toContain('#s='); // dealt with: a reload does not ask again
    await screenshot(p2, 'shortlist-390');

    // Now holding a shortlist, a link with a listing no longer published: asked, never replaced silently.
    const gone = { id: 'f0000000-0000-4000-8000-00000000dead', name: 'Closed Club', note: '' };
    const extra = published.features.find((f) => ![library, food, third.name].includes(f.properties.name))!.properties;
    await go(p2, `/shortlist#s=${encodeShortlist([gone, { id: extra.id, name: extra.name, note: 'new one' }])}`);
    await p2.getByText('No longer listed, so left out: Closed Club.').waitFor();
    await p2.getByText('You already have a shortlist of 3 listings in this browser.').waitFor();
    expect(await axeViolations(p2), 'axe on the shortlist asking about a sent link').toEqual([]);
    await p2.getByRole('button', { name: 'Add these to my shortlist' }).click();
    await p2.getByText('The listings from the link were added to your shortlist.').waitFor();
    expect(await entryNames(p2)).toEqual([third.name, library, food, extra.name]);
    expect(ignorable(other.errors)).toEqual([]);
    await other.context.close();
  });
});
