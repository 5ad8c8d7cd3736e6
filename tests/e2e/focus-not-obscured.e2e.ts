// Focus not obscured (WCAG 2.4.11, issue 12 item 5): a keyboard user tabs through every form in
// the app — sign in, find's search, location and filters, register an organisation, the listing
// editor (new and edit), profile, members, the review queue and both decision forms, the import
// steps, the staleness report and the coverage settings — on a phone and on a desktop, and every
// element that takes focus can be seen: not scrolled off, not under the editor's sticky
// "Submit for review / Save as draft" bar, not under a map's controls.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser';
import { drawnOverBar, obscured, tabThrough, type TabOptions } from './focusObscured';
import { waitForResults } from './findPage';
import { actAs, go } from './organisationSteps';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const ORG_A = '0a000000-0000-4000-8000-00000000000a';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every focus stop of every form walked, per form, with the ones that could not be seen. */
class Walk {
  counts: Record<string, number> = {};
  problems: string[] = [];
  /** Every sticky or fixed element met on the way (each can cover what scrolls under it). */
  bars = new Set<string>();
  constructor(
    private page: Page,
    private size: string,
  ) {}
  async form(name: string, opts?: TabOptions) {
    const stops = await tabThrough(this.page, opts);
    const bars = await this.page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => ['sticky', 'fixed'].includes(getComputedStyle(e).position))
        .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`),
    );
    for (const b of bars) this.bars.add(`${b} (${name})`);
    expect(stops.length, `${name}: Tab reached no field`).toBeGreaterThan(0);
    this.counts[name] = stops.length;
    // FOCUS_WALK_LOG=1 prints every stop, to see where a walk went.
    if (process.env.FOCUS_WALK_LOG)
      console.log(
        name,
        stops.map((s) => s.what),
      );
    this.problems.push(...obscured(stops).map((p) => `${name}: ${p}`));
  }
  get total() {
    return Object.values(this.counts).reduce((a, b) => a + b, 0);
  }
  report() {
    console.log(`Focus not obscured at ${this.size}: ${this.total} focus stops checked`, this.counts, 'sticky or fixed:', [...this.bars]);
  }
}

async function headingShown(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { name, level: 1 }).waitFor({ timeout: 120_000 });
}

async function walkEveryForm(page: Page, walk: Walk, size: string) {
  // Signed out: sign in, and the find page's search, location and filters.
  await waitForResults(page);
  const someListing = (await page.locator('.result').first().getAttribute('data-id'))!;
  await page.locator('details.filters > summary').click();
  await page.locator('details.download-results > summary').click();
  await walk.form('find: search, location, filters and downloads', { scope: '.find-panel', until: '.result-list' });
  // The shortlist, holding one listing: its note, move and remove buttons, and ways to send it.
  await page.locator('.result .shortlist-button').first().click();
  await go(page, '/shortlist');
  await headingShown(page, 'Shortlist');
  await page.locator('.shortlist-entry').waitFor();
  await walk.form('shortlist');
  // Residents tell us: report a problem with a listing (sent, so the moderator has one to
  // handle below), and suggest a group (sent likewise).
  await go(page, `/asset/${someListing}/report`);
  await headingShown(page, /^Report a problem/);
  await walk.form('report a problem');
  await page.getByRole('radio', { name: 'The times are wrong' }).check();
  await page.getByRole('button', { name: 'Send the report' }).click();
  await headingShown(page, 'Thank you for your report');
  await go(page, '/suggest');
  await headingShown(page, 'Suggest a group, place or service');
  await walk.form('suggest a group');
  await page.getByLabel('What is it called?').fill(`Sample: Focus Walk Suggestion ${size}`);
  await page.getByRole('button', { name: 'Send the suggestion' }).click();
  await headingShown(page, 'Thank you for your suggestion');
  // A neighbourhood page: its share and print buttons, listings and links to other wards.
  await go(page, '/ward/E05014989');
  await headingShown(page, 'Abram ward');
  await page.locator('.ward-category').first().waitFor();
  await walk.form('neighbourhood page');
  await go(page, '/sign-in');
  await headingShown(page, 'Sign in');
  await walk.form('sign in');
  // The privacy notice's opt-out from counting searches.
  await go(page, '/privacy');
  await headingShown(page, 'Privacy notice');
  await walk.form('privacy notice');

  // A newcomer registers an organisation (which then waits in the review queue).
  await actAs(page, 'newcomer');
  await go(page, '/organisation/register');
  await headingShown(page, 'Register an organisation');
  await walk.form('register an organisation');
  await page.getByLabel('Name').fill(`Sample: Focus Walk ${size}`);
  await page.getByRole('button', { name: 'Register organisation' }).click();
  await page.getByText('is registered.').waitFor();

  // An owner: the listing editor, new and edit, the profile and members.
  await actAs(page, 'editor-a');
  await go(page, `/organisation/${ORG_A}/assets/new`);
  await headingShown(page, 'Add a listing');
  await page.waitForFunction(() => (window as unknown as { __cgEditorMap?: { loaded(): boolean } }).__cgEditorMap?.loaded(), undefined, {
    timeout: 60_000,
  });
  await walk.form('listing editor (new)');
  // The map's zoom buttons and credits are never drawn over the bar as the map scrolls behind it.
  walk.problems.push(...(await drawnOverBar(page, '.sticky-actions', '.editor-map')).map((p) => `listing editor (new), map behind the bar: ${p}`));
  await screenshot(page, `focus-editor-map-behind-bar-${size}`);
  await go(page, `/organisation/${ORG_A}`);
  await page.getByRole('heading', { name: 'Listings', level: 1 }).waitFor();
  await page.locator('.assets-table tbody a').first().click();
  await page
    .getByRole('button', { name: /Submit|Publish|Save changes/ })
    .first()
    .waitFor();
  await page.waitForFunction(() => (window as unknown as { __cgEditorMap?: { loaded(): boolean } }).__cgEditorMap?.loaded(), undefined, {
    timeout: 60_000,
  });
  await walk.form('listing editor (edit)');
  await go(page, `/organisation/${ORG_A}/profile`);
  await headingShown(page, 'Profile');
  await page.locator('form.narrow-form').waitFor();
  await walk.form('organisation profile');
  await go(page, `/organisation/${ORG_A}/members`);
  await headingShown(page, 'Members');
  await page.getByRole('heading', { name: 'Invite a member' }).waitFor();
  await walk.form('members and invite');

  // A moderator: the queue, both decision forms, the staleness report and the import steps.
  await actAs(page, 'moderator');
  await go(page, '/review');
  await headingShown(page, 'Review queue');
  await page.getByRole('link', { name: `Sample: Focus Walk ${size}` }).waitFor();
  await walk.form('review queue');
  await page.getByRole('link', { name: `Sample: Focus Walk ${size}` }).click();
  await page.getByRole('heading', { name: 'Your decision' }).waitFor();
  await walk.form('review an organisation');
  await go(page, '/review');
  await headingShown(page, 'Review queue');
  await page.locator('a[href^="/review/asset/"]').first().click();
  await page.getByRole('heading', { name: 'Your decision' }).waitFor();
  // The pin preview's map loads on its own; its controls take focus too.
  await page.locator('.pin-map canvas').waitFor({ timeout: 60_000 });
  await walk.form('review a listing');
  await go(page, '/review/stale');
  await headingShown(page, 'Listings not checked lately');
  await page.getByRole('heading', { name: 'By organisation' }).waitFor();
  await walk.form('staleness report');
  await go(page, '/review/reports');
  await headingShown(page, 'Reported problems');
  await page
    .getByRole('button', { name: /Save decision/ })
    .first()
    .waitFor();
  await walk.form('reported problems');
  await go(page, '/review/suggestions');
  await headingShown(page, 'Suggestions from residents');
  await page
    .getByRole('button', { name: /Save decision/ })
    .first()
    .waitFor();
  await page.getByRole('radio', { name: 'Make a draft listing' }).first().check();
  await walk.form('suggestions');
  await go(page, '/review/export');
  await headingShown(page, 'Download every listing');
  await page.getByRole('button', { name: 'Download ORUK JSON' }).waitFor({ timeout: 60_000 });
  await walk.form('download every listing');

  await go(page, '/import');
  await headingShown(page, /Import partner data|Step 1 of 4/);
  await page.getByRole('heading', { name: /Step 1 of 4/ }).waitFor();
  await walk.form('import step 1: the file');
  await page.getByLabel(/^Partner name$|Which partner is this file from\?/).fill('Focus Walk Partners');
  await page.setInputFiles('#import-file', 'tests/fixtures/import/messy-partner.csv');
  await page.getByRole('button', { name: 'Read the file' }).click();
  await page.getByRole('heading', { name: /Step 2 of 4/ }).waitFor({ timeout: 60_000 });
  await walk.form('import step 2: the columns');
  // The file's one unknown category must be decided before the rows are checked.
  await page.getByLabel('Our category for “Knitting”').selectOption({ label: 'Ignore it: keep the row’s other categories' });
  await page.getByRole('button', { name: 'Continue: check the rows' }).click();
  await page.getByRole('heading', { name: /Step 3 of 4/ }).waitFor({ timeout: 60_000 });
  await walk.form('import step 3: the rows');
  // The file's possible duplicate of a listing on the map waits for a decision.
  await page.getByRole('button', { name: /^Import (it|all [\d,]+) as new$/ }).click();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('heading', { name: /Step 4 of 4/ }).waitFor();
  await walk.form('import step 4: import');

  await go(page, '/plan');
  await headingShown(page, 'Coverage gaps');
  await expect.poll(() => page.locator('.ward-table tbody tr').count(), { timeout: 60_000 }).toBe(25);
  await walk.form('coverage settings and results');
}

describe('focus is never hidden', () => {
  for (const [size, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`every focused control of every form can be seen (${size}, ${viewport.width}×${viewport.height})`, { timeout: 900_000 }, async () => {
      const { page, context } = await openPage(browser, '/', { viewport });
      const walk = new Walk(page, size);
      try {
        await walkEveryForm(page, walk, size);
      } finally {
        walk.report();
      }
      expect(walk.problems, `${walk.problems.length} of ${walk.total} focused controls could not be seen`).toEqual([]);
      await context.close();
    });
  }
});
