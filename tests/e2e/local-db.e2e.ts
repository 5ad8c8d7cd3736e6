// The browser's own copy of the database: it survives a reload, and when it is corrupt the app
// says so, keeps showing the published list, and a person can reset it without a console.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage, screenshot } from './browser';
import { published } from './findPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const live = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.published === 'live', undefined, { timeout: 90_000 });

/** Damages the stored database while no worker holds it: zeroes Postgres's control file. */
async function corruptStore(context: BrowserContext) {
  const quiet = await context.newPage();
  await quiet.route(/db\.worker/, (r) => r.abort());
  await quiet.goto('/about');
  const corrupted = await quiet.evaluate(async () => {
    type Node = { children?: Record<string, Node>; backingFilename?: string };
    const root = await navigator.storage.getDirectory();
    const dir = await root.getDirectoryHandle('commonground');
    const stateText = await (await (await dir.getFileHandle('state.txt')).getFile()).text();
    const state = JSON.parse(stateText.split('\n')[0]) as { root: Node };
    const found: string[] = [];
    const walk = (n: Node, path: string) => {
      if (n.children) for (const [k, c] of Object.entries(n.children)) walk(c, `${path}/${k}`);
      else if (path.endsWith('/global/pg_control') && n.backingFilename) found.push(n.backingFilename);
    };
    walk(state.root, '');
    const data = await dir.getDirectoryHandle('data');
    const w = await (await data.getFileHandle(found[0])).createWritable({ keepExistingData: true });
    await w.write(new Uint8Array(512));
    await w.close();
    return found.length === 1;
  });
  expect(corrupted).toBe(true);
  await quiet.close();
}

const couldNotStart = (page: Page) => page.getByRole('alert').filter({ hasText: 'The local database could not start' });

describe('local database', () => {
  it('shows a clear error for a corrupt store and resets it from the page', async () => {
    // The find page: once it is idle the database starts and stores its copy.
    const { page, context } = await openPage(browser, '/');
    await live(page);
    await page.close();
    await corruptStore(context);

    const quiet = await context.newPage();
    await quiet.goto('/');
    const alert = couldNotStart(quiet);
    await alert.waitFor({ timeout: 60_000 });
    // Plain words: what happened and what to do.
    expect(await alert.textContent()).toContain('The copy of the sample database kept in this browser is damaged. Reset it to start again from the sample data.');
    // Residents still see the published assets from the static file.
    expect(await quiet.evaluate(() => document.documentElement.dataset.published)).toBe('static');
    await screenshot(quiet, 'local-db-corrupt');
    expect(await axeViolations(quiet)).toEqual([]);

    await Promise.all([quiet.waitForEvent('load'), alert.getByRole('button', { name: 'Reset local database' }).click()]);
    await live(quiet);
    expect(await quiet.getByText('The local database could not start').count()).toBe(0);
    await context.close();
  });

  it('resets the first time while another tab has the database too', async () => {
    // The find page: once it is idle the database starts and stores its copy.
    const { page, context } = await openPage(browser, '/');
    await live(page);
    await page.close();
    await corruptStore(context);

    // Two tabs, each told the copy is damaged (each tab's worker tries in turn).
    const a = await context.newPage();
    const b = await context.newPage();
    await Promise.all([a.goto('/'), b.goto(`/asset/${published.features[0].properties.id}`)]);
    await Promise.all([couldNotStart(a).waitFor({ timeout: 90_000 }), couldNotStart(b).waitFor({ timeout: 90_000 })]);

    await Promise.all([a.waitForEvent('load'), couldNotStart(a).getByRole('button', { name: 'Reset local database' }).click()]);
    await live(a);
    expect(await a.locator('.db-error').count()).toBe(0);
    // The other tab let go of the old copy and says how to carry on.
    const released = b.getByRole('alert').filter({ hasText: 'The local database was reset in another tab.' });
    await released.waitFor();
    await screenshot(b, 'local-db-reset-elsewhere');
    await Promise.all([b.waitForEvent('load'), released.getByRole('button', { name: 'Reload this page' }).click()]);
    await b.waitForFunction(() => document.documentElement.dataset.localDb === 'ready', undefined, { timeout: 90_000 });
    expect(await b.locator('.db-error').count()).toBe(0);
    await context.close();
  });
});
