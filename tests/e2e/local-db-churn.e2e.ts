// Normal use must never break the browser's copy of the database: quick full page loads, reloads,
// new tabs and closed tabs, each of which can cut a start-up short at any moment. Issue 12: the
// sequence below broke it 3 times in 3 ("No more file handles available in the pool").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createRandom } from '../../scripts/sample/random';
import { launchBrowser, openPage, screenshot } from './browser';
import { published, shownCount, waitForResults } from './findPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const assetId = published.features[0].properties.id;
const PATHS = ['/', '/about', '/no-such-page', '/plan', '/import', '/review', `/asset/${assetId}`, '/organisation'];

/** Waits until the page's database has answered, or says it could not start: 'ready' or the message. */
async function outcome(page: Page): Promise<string> {
  const handle = await page.waitForFunction(
    () => {
      // "Taking a long time" is an offer, not a failure: keep waiting.
      const failed = [...document.querySelectorAll('.db-error')].find((e) => !/taking a long time/.test(e.textContent ?? ''));
      if (failed) return `error: ${failed.textContent}`;
      return document.documentElement.dataset.localDb === 'ready' ? 'ready' : false;
    },
    undefined,
    { timeout: 90_000, polling: 200 },
  );
  return (await handle.jsonValue()) as string;
}

/** Acting as the moderator, every page starts the database at once (a resident's pages may not). */
async function actAsModerator(context: BrowserContext) {
  await context.addInitScript(() => localStorage.setItem('cg.persona', 'moderator'));
}

/** The whole sample is there: the live list holds every published asset, not a half-loaded copy. */
async function expectWholeDatabase(page: Page) {
  await page.goto('/');
  expect(await outcome(page)).toBe('ready');
  await page.waitForFunction(() => document.documentElement.dataset.published === 'live', undefined, { timeout: 90_000 });
  await waitForResults(page);
  expect(await shownCount(page)).toBe(published.features.length);
  await page.getByRole('link', { name: 'Review' }).waitFor({ timeout: 30_000 });
}

describe('local database under normal use', () => {
  it('survives the quick address-bar sequence from issue 12', async () => {
    const { page, context } = await openPage(browser, '/');
    await actAsModerator(context);
    // Each full load cuts the previous start short at a different moment.
    const steps: [string, number][] = [
      ['/', 300],
      ['/about', 900],
      ['/no-such-page', 1500],
      ['/', 600],
      ['/plan', 2500],
      ['/import', 1200],
      [`/asset/${assetId}`, 0],
    ];
    for (const [path, pause] of steps) {
      await page.goto(path);
      await page.waitForTimeout(pause);
    }
    const result = await outcome(page);
    if (result !== 'ready') await screenshot(page, 'local-db-churn-sequence');
    expect(result).toBe('ready');
    await expectWholeDatabase(page);
    await context.close();
  });

  it('survives a seeded burst of reloads, new tabs and closed tabs', async () => {
    const seed = Number(process.env.CG_CHURN_SEED ?? 12);
    const rnd = createRandom(seed);
    const { page: first, context } = await openPage(browser, '/');
    await actAsModerator(context);
    const tabs: Page[] = [first];
    const log: string[] = [];
    for (let step = 0; step < 28; step++) {
      const roll = rnd.next();
      const tab = rnd.pick(tabs);
      if (roll < 0.35) {
        const path = rnd.pick(PATHS);
        log.push(`goto ${path}`);
        await tab.goto(path);
      } else if (roll < 0.6) {
        log.push('reload');
        await tab.reload();
      } else if (roll < 0.8 && tabs.length < 4) {
        const path = rnd.pick(PATHS);
        log.push(`new tab ${path}`);
        const t = await context.newPage();
        tabs.push(t);
        await t.goto(path);
      } else if (tabs.length > 1) {
        log.push('close tab');
        tabs.splice(tabs.indexOf(tab), 1);
        await tab.close();
      }
      await tabs[tabs.length - 1].waitForTimeout(rnd.int(0, 1800));
    }
    // Every tab still open connects to the one database, none says it is broken.
    const results = await Promise.all(tabs.map(outcome));
    expect(results, `seed ${seed}: ${log.join(', ')}`).toEqual(tabs.map(() => 'ready'));
    for (const t of tabs.slice(1)) await t.close();
    await expectWholeDatabase(tabs[0]);
    await context.close();
  }, 300_000);
});
