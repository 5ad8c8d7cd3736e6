// Issue 20: a moderator reloads the tab while a big partner file is being committed. The batch is
// then fully there or fully absent, never part of it, and the import page, opened again, says
// which. Then the file is imported to the end, and nothing is said about an interruption.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generatePartnerCsv, parsePostcodeTable } from '../fixtures/import/generatePartnerCsv';
import { axeViolations, launchBrowser, openPage, screenshot, type TestPage } from './browser';
import { reflowProblems } from './reflow';

const PARTNER = 'Sample Interrupted Partner';
const ROWS = 4_000;
const path = join(tmpdir(), 'cg-import-interrupted.csv');

let browser: Browser;
let t: TestPage;
let page: Page;

beforeAll(async () => {
  const categories = (JSON.parse(readFileSync('data/categories.json', 'utf8')) as { label: string }[]).map((c) => c.label);
  writeFileSync(path, generatePartnerCsv({ rows: ROWS, seed: 23, postcodes: parsePostcodeTable(readFileSync('data/postcodes.csv', 'utf8'), 500), categories }));
  browser = await launchBrowser();
  t = await openPage(browser, '/');
  page = t.page;
  await page.getByLabel('Acting as').selectOption('moderator');
}, 120_000);
afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail') return;
  await page.screenshot({ path: `test-results/import-interrupted-failed.png`, fullPage: true });
  console.log('Errors on the page:', t.errors);
});
afterAll(async () => {
  await browser?.close();
  rmSync(path, { force: true });
});

async function openImport() {
  await page.getByRole('link', { name: 'Import', exact: true }).click({ timeout: 60_000 });
  await page.getByRole('heading', { name: /Step 1 of 4/ }).waitFor({ timeout: 60_000 });
}

/** Reads the file, checks it, decides every possible duplicate, and stops at "Import N assets". */
async function upToTheCommit() {
  const newPartner = page.getByLabel('A new partner');
  if (await newPartner.count()) await newPartner.check();
  await page.getByLabel(/^Partner name$|Which partner is this file from\?/).fill(PARTNER);
  await page.setInputFiles('#import-file', path);
  await page.getByRole('button', { name: 'Read the file' }).click();
  await page.getByRole('heading', { name: /Step 2 of 4/ }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Continue: check the rows' }).click();
  await page.getByRole('heading', { name: /Step 3 of 4/ }).waitFor({ timeout: 120_000 });
  const importAll = page.getByRole('button', { name: /^Import (it|all [\d,]+) as new$/ });
  if (await importAll.count()) await importAll.click();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  return page.getByRole('button', { name: /^Import [\d,]+ assets?$/ });
}

/** The previous imports from this partner, as their table rows' text. */
const partnerBatches = () => page.locator('.previous-imports tbody tr').filter({ hasText: PARTNER }).allInnerTexts();

describe('an import interrupted by closing the tab', () => {
  it('leaves the batch all there or all absent, and the page says which', async () => {
    await openImport();
    const importButton = await upToTheCommit();
    const wanted = Number((await importButton.innerText()).replace(/\D/g, ''));
    expect(wanted).toBeGreaterThan(ROWS / 2);
    await importButton.click();
    await page.locator('#import-progress-bar').waitFor();
    await page.reload();

    await page.getByLabel('Acting as').selectOption('moderator');
    await openImport();
    const notice = page.locator('.interrupted-commit');
    await notice.waitFor({ timeout: 60_000 });
    const said = await notice.innerText();
    await page.locator('.previous-imports').waitFor();
    const batches = await partnerBatches();
    if (/did not finish/.test(said)) {
      expect(said).toContain(
        `The import of cg-import-interrupted.csv from ${PARTNER} did not finish before the page closed, so nothing from it was saved (${wanted.toLocaleString('en-GB')} assets).`,
      );
      expect(batches).toEqual([]);
    } else {
      // The commit won the race with the reload: then every row of it is there.
      expect(said).toMatch(new RegExp(`finished before the page closed: ${wanted.toLocaleString('en-GB')} added and 0 updated`));
      expect(batches).toHaveLength(1);
      expect(batches[0]).toContain(wanted.toLocaleString('en-GB'));
    }
    await screenshot(page, 'import-interrupted');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await reflowProblems(page)).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice.count()).toBe(0);
  }, 300_000);

  it('says nothing of an interruption when an import runs to the end, nor on the next visit', async () => {
    if ((await partnerBatches()).length === 0) {
      const importButton = await upToTheCommit();
      await importButton.click();
      await page.getByRole('heading', { name: 'Import complete' }).waitFor({ timeout: 180_000 });
      expect(await page.locator('.interrupted-commit').count()).toBe(0);
    }
    await page.reload();
    await page.getByLabel('Acting as').selectOption('moderator');
    await openImport();
    await page.locator('.previous-imports').waitFor();
    await expect.poll(partnerBatches).toHaveLength(1);
    expect(await page.locator('.interrupted-commit').count()).toBe(0);
  }, 300_000);
});
