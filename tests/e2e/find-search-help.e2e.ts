// Issue 12 item 8, what residents see: a search that names a category offers every listing in it,
// a postcode typed into Search is offered as a place to search near (not matched as text), and a
// nonsense search says plainly that nothing matched and what to try instead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage, screenshot } from './browser';
import { categories, expectedCount, published, searchParams, shownCount, waitForCount, waitForResults } from './findPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1366, height: 900 };
const ignorable = (errors: string[]) => errors.filter((e) => !/Failed to load resource|net::ERR_FAILED/.test(e));
const search = (page: Page) => page.getByLabel('Search', { exact: true });
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null);
const foodSupport = categories.find((c) => c.slug === 'food-support')!.label;

async function expectAccessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

describe('find page: a search that names a category', () => {
  for (const [size, viewport] of [
    ['wide', WIDE],
    ['phone', PHONE],
  ] as const) {
    it(`offers every Food support listing for “food bank” (${size})`, async () => {
      const { page, context, errors } = await openPage(browser, '/', { viewport });
      await waitForResults(page);
      await search(page).fill('food bank');
      await waitForCount(page, expectedCount({ q: 'food bank' }));
      const all = expectedCount({ categories: ['food-support'] });
      expect(all).toBeGreaterThan(100);
      const offer = page.getByRole('link', { name: `Show all ${foodSupport} (${all})` });
      await offer.waitFor();
      // Above the results, and a real link to the filtered view.
      const [offerBox, firstResult] = await Promise.all([offer.boundingBox(), page.locator('.result').first().boundingBox()]);
      expect(offerBox!.y).toBeLessThan(firstResult!.y);
      expect(await offer.getAttribute('href')).toBe('/?cat=food-support');
      await expectAccessible(page);
      await offer.scrollIntoViewIfNeeded();
      await screenshot(page, `find-category-offer-${size}`);

      await offer.click();
      await waitForCount(page, all);
      expect(searchParams(page).get('cat')).toBe('food-support');
      expect(searchParams(page).get('q')).toBeNull();
      expect(await search(page).inputValue()).toBe('');
      expect(await focusedId(page)).toBe('results-heading');
      expect(await page.locator('#cat-food-support').isChecked()).toBe(true);
      expect(await page.getByRole('link', { name: /^Show all / }).count()).toBe(0);
      // Back returns to the search.
      await page.goBack();
      await waitForCount(page, expectedCount({ q: 'food bank' }));
      expect(await search(page).inputValue()).toBe('food bank');
      expect(ignorable(errors)).toEqual([]);
      await context.close();
    });
  }

  it('keeps the other filters and counts under them; offers nothing for words no category has', async () => {
    const { page, context } = await openPage(browser, '/?free=1');
    await waitForResults(page);
    await search(page).fill('lunch club');
    const all = expectedCount({ categories: ['older-people'], free: true });
    const offer = page.getByRole('link', { name: `Show all Older people (${all})` });
    await offer.waitFor();
    expect(await offer.getAttribute('href')).toBe('/?cat=older-people&free=1');
    await search(page).fill('hindley');
    await waitForCount(page, expectedCount({ q: 'hindley', free: true }));
    expect(await page.getByRole('link', { name: /^Show all / }).count()).toBe(0);
    await context.close();
  });
});

describe('find page: a postcode typed into Search', () => {
  for (const [typed, label, size, viewport] of [
    ['WN2 3AN', 'WN2 3AN', 'wide', WIDE],
    ['wn23an', 'WN2 3AN', 'phone', PHONE],
    ['WN2', 'WN2', 'wide', WIDE],
  ] as const) {
    it(`offers to search near ${label} for “${typed}” instead of matching it as words (${size})`, async () => {
      const { page, context, errors } = await openPage(browser, '/', { viewport });
      await waitForResults(page);
      await search(page).fill(typed);
      const offer = page.getByRole('link', { name: `Search near ${label}` });
      await offer.waitFor();
      // Not matched as text: every listing is still shown, none is said to match the postcode.
      await waitForCount(page, published.features.length);
      expect(await page.locator('.result-count').textContent()).not.toContain(typed);
      await expectAccessible(page);
      await offer.scrollIntoViewIfNeeded();
      await screenshot(page, `find-postcode-offer-${typed.replace(/\s/g, '')}-${size}`);

      await offer.click();
      await expect.poll(() => searchParams(page).get('near') ?? '').toMatch(new RegExp(`^53\\.\\d+,-2\\.\\d+,${label}$`));
      expect(searchParams(page).get('q')).toBeNull();
      expect(await search(page).inputValue()).toBe('');
      expect(await page.getByLabel('Postcode').inputValue()).toBe(label);
      await page.locator('.result-distance').first().waitFor();
      expect(await page.locator('.result-count').textContent()).toContain(`near ${label}`);
      expect(await focusedId(page)).toBe('results-heading');
      expect(ignorable(errors)).toEqual([]);
      await context.close();
    });
  }

  it('searches the other words as words and sorts them near the postcode', async () => {
    const { page, context } = await openPage(browser, '/');
    await waitForResults(page);
    await search(page).fill('food bank near wn2 3an');
    await page.getByRole('link', { name: 'Search near WN2 3AN' }).waitFor();
    await waitForCount(page, expectedCount({ q: 'food bank' }));
    expect(await page.locator('.result-count').textContent()).toContain('for ‘food bank’');
    await page.getByRole('link', { name: 'Search near WN2 3AN' }).click();
    await expect.poll(() => searchParams(page).get('q')).toBe('food bank');
    expect(searchParams(page).get('near')).toMatch(/,WN2 3AN$/);
    expect(await search(page).inputValue()).toBe('food bank');
    await page.locator('.result-distance').first().waitFor();
    expect(await shownCount(page)).toBe(expectedCount({ q: 'food bank' }));
    await context.close();
  });

  it('says so when a well-formed postcode is not known, and searches nothing as text', async () => {
    const { page, context } = await openPage(browser, '/');
    await waitForResults(page);
    await search(page).fill('WN1 9ZZ');
    await page.getByText('We could not find the postcode WN1 9ZZ').waitFor();
    expect(await page.getByRole('link', { name: /^Search near/ }).count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });
});

describe('find page: a search that matches nothing', () => {
  for (const [q, size, viewport] of [
    ['zzqx', 'wide', WIDE],
    ['asdfgh', 'phone', PHONE],
  ] as const) {
    it(`says “No results for ‘${q}’” with next steps, not a list of close results (${size})`, async () => {
      const { page, context, errors } = await openPage(browser, '/', { viewport });
      await waitForResults(page);
      await search(page).fill(q);
      await waitForCount(page, 0);
      const box = page.locator('.no-results');
      await box.getByRole('heading', { name: `No results for ‘${q}’` }).waitFor();
      expect(await page.locator('.result').count()).toBe(0);
      await box.getByText('Check the spelling').waitFor();
      // Ways on: browse a category (real links with counts), or clear the search.
      const browse = box.getByRole('link', { name: `${foodSupport} (${expectedCount({ categories: ['food-support'] })})` });
      expect(await browse.getAttribute('href')).toBe('/?cat=food-support');
      await expectAccessible(page);
      await browse.scrollIntoViewIfNeeded();
      await screenshot(page, `find-no-results-${size}`);
      await box.getByRole('button', { name: `Clear the search “${q}” (${published.features.length.toLocaleString('en-GB')} results)` }).click();
      await waitForCount(page, published.features.length);
      expect(await search(page).inputValue()).toBe('');
      expect(ignorable(errors)).toEqual([]);
      await context.close();
    });
  }
});
