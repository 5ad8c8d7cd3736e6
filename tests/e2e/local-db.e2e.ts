// The browser's own copy of the database: it survives a reload, and when it is corrupt the app
// says so, keeps showing the published list, and a person can reset it without a console.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const live = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.published === 'live', undefined, { timeout: 90_000 });

describe('local database', () => {
  it('shows a clear error for a corrupt store and resets it from the page', async () => {
    const { page, context } = await openPage(browser, '/about');
    await live(page);
    await page.close();

    // Corrupt the stored database while no worker holds it open.
    const quiet = await context.newPage();
    await quiet.route(/db\.worker/, (r) => r.abort());
    await quiet.goto('/about');
    // Damage the database itself: zero the start of Postgres's control file (global/pg_control).
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
    await quiet.unroute(/db\.worker/);

    await quiet.goto('/');
    const alert = quiet.getByRole('alert').filter({ hasText: 'The local database could not start' });
    await alert.waitFor({ timeout: 60_000 });
    // Residents still see the published assets from the static file.
    expect(await quiet.evaluate(() => document.documentElement.dataset.published)).toBe('static');
    await screenshot(quiet, 'local-db-corrupt');

    await Promise.all([quiet.waitForEvent('load'), alert.getByRole('button', { name: 'Reset local database' }).click()]);
    await live(quiet);
    expect(await quiet.getByText('The local database could not start').count()).toBe(0);
  });
});
