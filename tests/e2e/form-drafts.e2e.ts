// Lost work (issue 12 item 6): a reload, a crash or a closed tab used to empty the register form
// and the listing editor. Now what is typed is kept in the browser as it is typed, the page warns
// before it is left with unsaved changes, the form comes back with a notice saying so (and
// offering to discard it), a listing saved by someone else meanwhile is said so rather than
// quietly overwritten, and nothing comes back once the form is saved. Broken or hostile values
// in storage are ignored.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS } from '../../src/backend/personas';
import { draftKey } from '../../src/ui/formDraft';
import { launchBrowser, openPage, screenshot } from './browser';
import { actAs, clickMapMiddle, expectAccessible, fillNewListing, go, ignorable } from './organisationSteps';

const ORG_A = '0a000000-0000-4000-8000-00000000000a';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const userId = (persona: string) => PERSONAS.find((p) => p.id === persona)!.user_id!;
const RESTORED = /^We restored the changes you had not saved, from today at \d\d:\d\d\.$/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every dialog the page opens (the browser's "Leave site?" is a beforeunload dialog), accepted. */
function collectDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (d) => {
    seen.push(d.type());
    void d.accept();
  });
  return seen;
}

/** Waits until the draft under `key` holds `text` (the form keeps it a moment after typing). */
async function draftHolds(page: Page, key: string, text: string) {
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', key), { timeout: 10_000 }).toContain(text);
}
const draftOf = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

const notice = (page: Page) => page.getByRole('region', { name: /We restored the changes you had not saved/ });

describe('unsaved work survives a reload', () => {
  it('register an organisation: kept, warned about, restored with a notice, gone once registered', async () => {
    const { page, context, errors } = await openPage(browser, '/organisation');
    const dialogs = collectDialogs(page);
    await actAs(page, 'newcomer');
    await go(page, '/organisation/register');
    await page.getByRole('heading', { name: 'Register an organisation' }).waitFor();
    const key = draftKey('register-organisation', userId('newcomer'), 'new');

    // Nothing typed: leaving does not ask.
    await page.reload();
    await page.getByRole('heading', { name: 'Register an organisation' }).waitFor({ timeout: 120_000 });
    expect(dialogs).toEqual([]);

    await page.getByLabel('Name').click();
    await page.getByLabel('Name').fill('Sample: Draft Test Repair Café');
    await page.getByLabel(/What your organisation does/).fill('Fixing things together. Sample data.');
    await draftHolds(page, key, 'Fixing things together.');
    await page.reload();
    expect(dialogs, 'the browser asked before leaving unsaved changes').toEqual(['beforeunload']);
    await page.getByRole('heading', { name: 'Register an organisation' }).waitFor({ timeout: 120_000 });
    await notice(page).getByText(RESTORED).waitFor();
    expect(await page.getByLabel('Name').inputValue()).toBe('Sample: Draft Test Repair Café');
    expect(await page.getByLabel(/What your organisation does/).inputValue()).toBe('Fixing things together. Sample data.');
    await expectAccessible(page, 'draft-restored-register');

    // Discarding empties the form and says so, with focus on what it says.
    await notice(page).getByRole('button', { name: 'Discard them' }).click();
    const discarded = page.getByRole('status').filter({ hasText: 'Your unsaved changes were discarded.' });
    await discarded.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Your unsaved changes were discarded.');
    expect(await page.getByLabel('Name').inputValue()).toBe('');
    expect(await draftOf(page, key)).toBeNull();

    // Typed again, reloaded, registered: nothing comes back afterwards.
    await page.getByLabel('Name').fill('Sample: Draft Test Repair Café');
    await draftHolds(page, key, 'Repair Café');
    await page.reload();
    await notice(page).getByText(RESTORED).waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Register organisation' }).click();
    await page.getByText('Sample: Draft Test Repair Café is registered.').waitFor();
    expect(await draftOf(page, key)).toBeNull();
    await go(page, '/organisation/register');
    await page.getByRole('heading', { name: 'Register an organisation' }).waitFor();
    dialogs.length = 0;
    await page.reload();
    await page.getByRole('heading', { name: 'Register an organisation' }).waitFor({ timeout: 120_000 });
    expect(dialogs).toEqual([]);
    expect(await notice(page).count()).toBe(0);
    expect(await page.getByLabel('Name').inputValue()).toBe('');

    expect(ignorable(errors)).toEqual([]);
    await context.close();
  });

  it('the listing editor, new and edit: restored after a reload, said so when the listing changed meanwhile', async () => {
    const { page, context, errors } = await openPage(browser, '/organisation', { viewport: DESKTOP });
    const dialogs = collectDialogs(page);
    await actAs(page, 'editor-a');
    await go(page, `/organisation/${ORG_A}/assets/new`);
    const newKey = draftKey('listing', userId('editor-a'), `new:${ORG_A}`);

    // A new listing, half done: name, description, categories, the pin and a session's hours.
    await fillNewListing(page, 'Sample: Draft Test Knit and Natter');
    const session1 = page.getByRole('group', { name: 'Session 1' });
    await session1.getByLabel('Tuesday').check();
    await session1.getByLabel('Opens').fill('10:00');
    await session1.getByLabel('Closes').fill('12:00');
    const lat = await page.getByLabel('Latitude').inputValue();
    await draftHolds(page, newKey, 'Tu 10:00-12:00');
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
    await page.getByRole('heading', { name: 'Add a listing' }).waitFor({ timeout: 120_000 });
    await notice(page).getByText(RESTORED).waitFor();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Sample: Draft Test Knit and Natter');
    expect(await page.getByLabel('Latitude').inputValue()).toBe(lat);
    const categories = page.getByRole('group', { name: 'Categories' });
    expect(await categories.getByRole('checkbox', { name: 'Older people' }).isChecked()).toBe(true);
    expect(await categories.getByRole('checkbox', { name: 'Food support' }).isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: 'Session 1' }).getByLabel('Tuesday').isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: 'Session 1' }).getByLabel('Opens').inputValue()).toBe('10:00');
    await expectAccessible(page, 'draft-restored-editor');
    for (const [size, viewport] of [
      ['390', PHONE],
      ['1366', DESKTOP],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `draft-restored-editor-${size}`);
    }

    // Saved: the new listing's draft is gone, and the next new listing starts empty.
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByText('Saved as a draft. Only your organisation can see it.').waitFor();
    const id = page.url().split('/').pop()!;
    expect(await draftOf(page, newKey)).toBeNull();
    await go(page, `/organisation/${ORG_A}/assets/new`);
    await page.getByRole('heading', { name: 'Add a listing' }).waitFor();
    dialogs.length = 0;
    await page.reload();
    await page.getByRole('heading', { name: 'Add a listing' }).waitFor({ timeout: 120_000 });
    expect(dialogs).toEqual([]);
    expect(await notice(page).count()).toBe(0);
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('');

    // Editing it, while someone in another tab saves a new phone number first.
    const editKey = draftKey('listing', userId('editor-a'), id);
    await go(page, `/organisation/${ORG_A}/assets/${id}`);
    await page.getByRole('heading', { name: 'Sample: Draft Test Knit and Natter', level: 1 }).waitFor();
    const other = await context.newPage();
    await other.goto(`/organisation/${ORG_A}/assets/${id}`);
    await other.getByRole('heading', { name: 'Sample: Draft Test Knit and Natter', level: 1 }).waitFor({ timeout: 120_000 });
    await other.getByLabel(/^Phone/).fill('01942 404404');
    await other.getByRole('button', { name: 'Save as draft' }).click();
    await other.getByText('Saved as a draft.').waitFor();
    await other.close();

    await page.getByLabel('Description').click();
    await page.getByLabel('Description').fill('Knitting, crochet and a natter. Bring a project.');
    await draftHolds(page, editKey, 'crochet');
    dialogs.length = 0;
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
    await page.getByRole('heading', { name: 'Sample: Draft Test Knit and Natter', level: 1 }).waitFor({ timeout: 120_000 });
    const restored = notice(page);
    await restored.getByText(RESTORED).waitFor();
    await restored.getByText('This listing has changed since then.').waitFor();
    await restored
      .getByRole('table', { name: 'What was saved meanwhile' })
      .getByRole('row', { name: /Phone.*01942 404404/ })
      .waitFor();
    // Theirs kept, mine on top.
    expect(await page.getByLabel(/^Phone/).inputValue()).toBe('01942 404404');
    expect(await page.getByLabel('Description').inputValue()).toBe('Knitting, crochet and a natter. Bring a project.');
    await expectAccessible(page, 'draft-restored-changed-since');
    await page.setViewportSize(PHONE);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'draft-restored-changed-since-390');
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'draft-restored-changed-since-1366');

    // Saved: no conflict (the draft was put on top of the latest version), and nothing comes back.
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByText('Saved as a draft.').waitFor();
    expect(await draftOf(page, editKey)).toBeNull();
    dialogs.length = 0;
    await page.reload();
    await page.getByRole('heading', { name: 'Sample: Draft Test Knit and Natter', level: 1 }).waitFor({ timeout: 120_000 });
    expect(dialogs).toEqual([]);
    expect(await notice(page).count()).toBe(0);
    expect(await page.getByLabel('Description').inputValue()).toBe('Knitting, crochet and a natter. Bring a project.');
    expect(await page.getByLabel(/^Phone/).inputValue()).toBe('01942 404404');

    // Another person sharing the browser never sees editor-a's draft.
    await page.getByLabel('Description').fill('Only editor A typed this.');
    await draftHolds(page, editKey, 'Only editor A');
    await actAs(page, 'moderator');
    await go(page, `/organisation/${ORG_A}/assets/new`);
    expect(await notice(page).count()).toBe(0);

    expect(ignorable(errors)).toEqual([]);
    await context.close();
  });

  it('ignores broken or hostile drafts in storage without breaking the form', async () => {
    const { page, context, errors } = await openPage(browser, '/organisation');
    const dialogs = collectDialogs(page);
    await actAs(page, 'editor-a');
    const person = userId('editor-a');
    await page.evaluate(
      ({ broken, hostile }) => {
        localStorage.setItem(broken, '{"savedAt": 1, "values": {');
        const now = Date.now();
        const evil = '<img src=x onerror="window.__pwned=1">';
        localStorage.setItem(
          hostile,
          JSON.stringify({
            savedAt: now,
            version: null,
            base: {},
            values: { name: evil, categories: ['food-support', { toString: 1 }, 7], lat: { valueOf: 1 }, free: 'yes', kind: 'bogus' },
          }),
        );
      },
      { broken: draftKey('register-organisation', person, 'new'), hostile: draftKey('listing', person, `new:${ORG_A}`) },
    );

    // The broken one: no notice, an empty form, and the bad entry is gone.
    await go(page, '/organisation/register');
    await page.getByRole('heading', { name: 'Register an organisation' }).waitFor();
    expect(await notice(page).count()).toBe(0);
    expect(await page.getByLabel('Name').inputValue()).toBe('');
    expect(await draftOf(page, draftKey('register-organisation', person, 'new'))).toBeNull();

    // The hostile one: its text is shown as text, never run; wrong types are dropped, and an
    // unknown kind is caught by the form's own checks.
    await go(page, `/organisation/${ORG_A}/assets/new`);
    await notice(page).waitFor();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('<img src=x onerror="window.__pwned=1">');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.getByRole('group', { name: 'Categories' }).getByRole('checkbox', { name: 'Food support' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Latitude').inputValue()).toBe('');
    await clickMapMiddle(page);
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toContain('<img');
    expect(dialogs).toEqual([]);
    expect(ignorable(errors)).toEqual([]);
    await context.close();
  });
});
