// Searches that found little, end to end in local mode: three visits search for a word that finds
// nothing near a place in Abram; planners see the count only after the third visit, residents
// never. In local mode every browser context holds its own database, so the three visits are
// three visit tokens in one context (the token is per tab: clearing sessionStorage is what a new
// tab does), one page throughout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage, type TestPage } from './browser';
import { waitForResults } from './findPage';

let browser: Browser;
let t: TestPage;
let page: Page;
const ABRAM = 'E05014989';
const WORD = 'gambling';

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser, '/?near=53.51000,-2.59000,Abram');
  page = t.page;
  await waitForResults(page);
});
afterAll(async () => {
  await browser?.close();
});

/** One visit: a fresh visit token, a search that finds nothing, and the record sent. */
async function search() {
  await page.evaluate(() => sessionStorage.clear());
  const box = page.getByLabel('Search', { exact: true });
  await box.fill('');
  await waitForResults(page);
  await box.fill(WORD);
  await page.locator('.no-results').waitFor();
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('cg.demand-recorded')), { timeout: 30_000 }).toBe(JSON.stringify([`${ABRAM}|${WORD}`]));
}

const acting = (persona: string) => page.getByLabel('Acting as').selectOption(persona);
async function demandAsPlanner() {
  await acting('planner');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Coverage' }).click({ timeout: 120_000 });
  await page.waitForURL(/\/plan/);
  const toggle = page.getByLabel('Show searches that found little');
  if (!(await toggle.isChecked())) await toggle.check();
  const table = page.locator('.plan-demand');
  await expect.poll(async () => (await table.textContent()) ?? '', { timeout: 60_000 }).toMatch(/No search found little|Different visits/);
  return table;
}
async function backToFind() {
  await acting('resident');
  await page.goto('/?near=53.51000,-2.59000,Abram');
  await waitForResults(page);
}

describe('searches that found little', () => {
  it('shows planners a count only once 3 different visits asked, and residents nothing', async () => {
    await search();
    await search();
    let table = await demandAsPlanner();
    expect(await table.textContent()).toMatch(/No search found little often enough to show/);

    await backToFind();
    // A resident has no way to the figures: no link, and the planner page is not theirs.
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Coverage' }).count()).toBe(0);
    await search();

    table = await demandAsPlanner();
    const row = table.locator('tbody tr').filter({ hasText: 'Abram' }).filter({ hasText: WORD });
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual(['Abram', WORD, '3 visits']);
    expect(await axeViolations(page)).toEqual([]);
  });
});
