// Finding your way with a keyboard or a screen reader (issue 12, items 5 and 7): every route names
// itself in the title as you move around inside the app, the skip link moves focus into the
// page, "Back to results" and the browser's Back return to the result you opened, and every focus
// indicator has a part that stands out (3:1) from what it is drawn on.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openPage, screenshot } from './browser';
import { focusedIndicator } from './focusIndicator';
import { waitForMap, waitForResults } from './findPage';
import { actAs, go } from './organisationSteps';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };
const FIND_TITLE = 'Find local groups, places and services – Common Ground';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits for the title a page should have, and checks it is not the one before. */
async function expectTitle(page: Page, want: string | RegExp, before: { title: string }) {
  const matches = (t: string) => (typeof want === 'string' ? t === want : want.test(t));
  await expect.poll(() => page.title(), { timeout: 60_000 }).toSatisfy(matches);
  const now = await page.title();
  expect(now, 'the title changed with the page').not.toBe(before.title);
  before.title = now;
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click({ timeout: 120_000 });

describe('page titles', () => {
  it('every route sets its own title on in-app navigation, never keeping the last one', async () => {
    const { page } = await openPage(browser, '/');
    await waitForResults(page);
    const last = { title: '' };
    await expectTitle(page, FIND_TITLE, last);
    await page.getByLabel('Search').fill('lunch club');
    await expectTitle(page, 'Results for ‘lunch club’ – Find – Common Ground', last);
    const first = page.locator('.result .result-name a').first();
    const name = (await first.textContent())!;
    await first.click();
    await expectTitle(page, `${name} – Common Ground`, last);
    await page.getByRole('link', { name: 'report a problem with this listing' }).click();
    await expectTitle(page, `Report a problem: ${name} – Common Ground`, last);
    await page.getByRole('link', { name: /Back to the listing/ }).click();
    await expectTitle(page, `${name} – Common Ground`, last);
    await page.getByRole('link', { name: /Back to results/ }).click();
    await expectTitle(page, 'Results for ‘lunch club’ – Find – Common Ground', last);
    await nav(page, 'About');
    await expectTitle(page, 'About – Common Ground', last);
    await page.getByRole('link', { name: 'Suggest it' }).click();
    await expectTitle(page, 'Suggest a group, place or service – Common Ground', last);
    await go(page, '/no-such-page');
    await expectTitle(page, 'Page not found – Common Ground', last);
    await nav(page, 'Shortlist');
    await expectTitle(page, 'Shortlist – Common Ground', last);
    await go(page, '/ward');
    await expectTitle(page, 'Neighbourhoods – Common Ground', last);
    await go(page, '/ward/E05014989');
    await expectTitle(page, 'Abram ward – Common Ground', last);
    await go(page, '/ward/E05999999');
    await expectTitle(page, 'Neighbourhood not found – Common Ground', last);
    // Signed out, the sections say what they are and that they need a sign-in.
    await go(page, '/review');
    await expectTitle(page, 'Review listings – Common Ground', last);
    await go(page, '/organisation');
    await expectTitle(page, 'Your organisation – Common Ground', last);
    await go(page, '/import');
    await expectTitle(page, 'Import partner data – Common Ground', last);
    await nav(page, 'Sign in');
    await expectTitle(page, 'Sign in – Common Ground', last);
    await go(page, '/asset/no-such-asset');
    await expectTitle(page, 'Page not found – Common Ground', last);

    await nav(page, 'Find');
    await expectTitle(page, FIND_TITLE, last);
    await actAs(page, 'moderator');
    await nav(page, 'Coverage');
    await expectTitle(page, 'Coverage gaps – Common Ground', last);
    await nav(page, 'Import');
    await expectTitle(page, 'Step 1 of 4: Choose the file – Import partner data – Common Ground', last);
    await nav(page, 'Review');
    await expectTitle(page, 'Review queue – Common Ground', last);
    await go(page, '/review/reports');
    await expectTitle(page, 'Reported problems – Common Ground', last);
    await go(page, '/review/suggestions');
    await expectTitle(page, 'Suggestions from residents – Common Ground', last);
    await go(page, '/review/no-such-view/here');
    await expectTitle(page, 'Page not found – Common Ground', last);
    await nav(page, 'Your organisation');
    await expectTitle(page, 'Your organisations – Common Ground', last);
    await nav(page, 'About');
    await expectTitle(page, 'About – Common Ground', last);
    expect(await axeViolations(page), 'axe on About').toEqual([]);
    await page.context().close();
  });
});

describe('skip link', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`moves focus, not only the view, to the main content (${viewport.width} px)`, async () => {
      const { page, context } = await openPage(browser, '/', { viewport });
      await waitForResults(page);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to main content');
      expect((await focusedIndicator(page)).best).toBeGreaterThanOrEqual(3);
      await screenshot(page, `skip-link-${viewport.width}`);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      // The next Tab starts in the page, past the header, the navigation and the local-mode banner.
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => ({
        inMain: !!document.activeElement?.closest('main'),
        text: document.activeElement?.textContent?.trim(),
      }));
      expect(where.inMain, `focus went to ${where.text}`).toBe(true);
      // The router must not have added "#main" to the address or the history.
      expect(new URL(page.url()).hash).toBe('');
      await context.close();
    });
  }
});

/** The open result's id, the list's length and where the list and page are scrolled. */
function place(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      focusedTag: active?.tagName ?? null,
      focusedResult: active?.closest<HTMLElement>('.result')?.dataset.id ?? null,
      shown: document.querySelectorAll('.result-list > .result').length,
      selected: document.querySelector<HTMLElement>('.result.selected')?.dataset.id ?? null,
      panelScroll: Math.round(document.querySelector('.find-panel')?.scrollTop ?? 0),
      pageScroll: Math.round(window.scrollY),
    };
  });
}

describe('back to the results', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`"Back to results" and the browser's Back return to the same place, focus on the opened result (${viewport.width} px)`, async () => {
      const { page, context } = await openPage(browser, '/', { viewport });
      await waitForResults(page);
      // A place deep in the list: the second page of results, one of them selected.
      await page.getByRole('button', { name: /^Show 50 more results/ }).click();
      const results = page.locator('.result-list > .result');
      await expect.poll(() => results.count()).toBe(100);
      const chosen = results.nth(72);
      await chosen.locator('.result-tags').click();
      const id = (await chosen.getAttribute('data-id'))!;
      await expect.poll(() => page.url()).toContain(`sel=${id}`);
      const link = chosen.locator('.result-name a');
      await link.focus();
      await link.evaluate((a) => a.scrollIntoView({ block: 'center' }));
      const left = await place(page);
      expect(left).toMatchObject({ focusedTag: 'A', focusedResult: id, shown: 100, selected: id });
      expect(Math.max(left.panelScroll, left.pageScroll)).toBeGreaterThan(1000);
      const search = new URL(page.url()).search;

      const backTo = async (how: string) => {
        await waitForResults(page);
        await expect.poll(() => place(page), { timeout: 15_000, message: how }).toEqual(left);
        expect(new URL(page.url()).search).toBe(search);
      };

      await page.keyboard.press('Enter');
      await page.getByRole('link', { name: /Back to results/ }).waitFor();
      await page.getByRole('link', { name: /Back to results/ }).click();
      await backTo('Back to results');
      await screenshot(page, `back-to-results-${viewport.width}`);

      await page.keyboard.press('Enter');
      await page.getByRole('link', { name: /Back to results/ }).waitFor();
      await page.goBack();
      await backTo("the browser's Back");
      expect(await axeViolations(page), 'axe on the returned results').toEqual([]);
      await context.close();
    });
  }
});

describe('focus indicators', () => {
  /** Keyboard focus on an element (a key press first, so the browser treats it as keyboard use). */
  async function keyboardFocus(page: Page, selector: string) {
    await page.keyboard.press('Shift');
    await page.locator(selector).first().focus();
  }
  async function expectVisibleFocus(page: Page, what: string) {
    const ind = await focusedIndicator(page);
    expect(ind.best, `${what}: ${JSON.stringify(ind)}`).toBeGreaterThanOrEqual(3);
  }

  for (const viewport of [PHONE, DESKTOP]) {
    it(`every sampled control shows a focus indicator with a dark part (${viewport.width} px)`, async () => {
      const { page, context } = await openPage(browser, '/', { viewport });
      await waitForResults(page);
      const keyboard: [string, string][] = [
        ['the brand link on the blue header', '.site-header .brand'],
        ['a navigation link', '.site-header nav a'],
        ['the Acting as menu on the pale yellow banner', '.local-banner select'],
        ['the search box', '#search'],
        ['the Search button', '.search-form button[type=submit]'],
        ['the filters summary', 'details.filters > summary'],
        ['a result link', '.result .result-name a'],
        ['a link-styled button', '.result .show-on-map'],
        ['a secondary button', '.share button'],
      ];
      for (const [what, selector] of keyboard) {
        await keyboardFocus(page, selector);
        await expectVisibleFocus(page, what);
      }
      await page.locator('details.filters > summary').click();
      await keyboardFocus(page, '.filters-form input[type=checkbox]');
      await expectVisibleFocus(page, 'a filter checkbox');
      await page.locator('details.filters > summary').click();

      // Focus the page moves itself after a mouse action: the results heading after Search…
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
      await expectVisibleFocus(page, 'the results heading, focused after a click on Search');
      // …and a selected (pale yellow) result, focused when the map selects it.
      const card = page.locator('.result-list > .result').nth(1);
      await card.locator('.result-tags').click();
      await expect.poll(() => card.getAttribute('class')).toContain('selected');
      await card.evaluate((el) => el.focus());
      await expectVisibleFocus(page, 'a selected result, focused by the page');
      await screenshot(page, `focus-selected-result-${viewport.width}`);

      if (viewport === DESKTOP) {
        await waitForMap(page);
        await keyboardFocus(page, '.maplibregl-ctrl-zoom-in');
        await expectVisibleFocus(page, 'the map zoom button');
      }
      await context.close();
    });
  }

  it('the error summary, focused after a failed submit, shows a dark indicator', async () => {
    const { page, context } = await openPage(browser, '/', { viewport: DESKTOP });
    await actAs(page, 'newcomer');
    await go(page, '/organisation/register');
    await page.getByRole('button', { name: /Register/ }).click({ timeout: 60_000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await expectVisibleFocus(page, 'the error summary');
    await screenshot(page, 'focus-error-summary-1366');
    await context.close();
  });
});
