// Issue 21: a messy partner file publishes only what is true. Hours written as "9-5" reach
// residents as 9am to 5pm; hours that close before they open are left out and said so; markup
// in a name or description is kept and shown as text, never run; a name of zero-width spaces is
// refused for that reason; the same listing twice in the file is caught and only the first kept;
// a possible duplicate of a listing on the map waits for the moderator instead of being skipped;
// the report downloaded later from the past imports keeps the partner's columns; and a second
// file from the partner says which of their listings it no longer has, archiving them if asked.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openPage, screenshot, type TestPage } from './browser';
import { reflowProblems } from './reflow';

const FILE = 'tests/fixtures/import/publish-true.csv';
const PARTNER = 'Sample True Partner';

let browser: Browser;
let t: TestPage;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser, '/');
  page = t.page;
  // A script in listing text that ran would open this.
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.getByLabel('Acting as').selectOption('moderator');
  await page.getByRole('link', { name: 'Import', exact: true }).click({ timeout: 60_000 });
  await page.getByRole('heading', { name: /Step 1 of 4/ }).waitFor({ timeout: 60_000 });
});
afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail') return;
  await page.screenshot({ path: `test-results/import-true-failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}.png`, fullPage: true });
  console.log('Errors on the page:', await page.locator('.error-summary').allInnerTexts(), t.errors);
});
afterAll(async () => {
  await browser?.close();
});

const count = async (key: string) => Number(await page.locator(`[data-count="${key}"] .count-number`).innerText());
const parseCsv = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('a messy partner file publishes only what is true (issue 21)', () => {
  it('shows before anything is written how each row is read, and what needs a decision', async () => {
    const newPartner = page.getByLabel('A new partner');
    if (await newPartner.count()) await newPartner.check();
    await page.getByLabel(/^Partner name$|Which partner is this file from\?/).fill(PARTNER);
    await page.setInputFiles('#import-file', FILE);
    await page.getByRole('button', { name: 'Read the file' }).click();
    await page.getByRole('heading', { name: /Step 2 of 4/ }).waitFor();
    await page.getByRole('button', { name: 'Continue: check the rows' }).click();
    await page.getByRole('heading', { name: /Step 3 of 4/ }).waitFor({ timeout: 60_000 });

    // 8 rows: 4 new, 3 possible duplicates (two of them repeats of an earlier row), 1 refused.
    expect(await count('new')).toBe(4);
    expect(await count('duplicates')).toBe(3);
    expect(await count('invalid')).toBe(1);
    expect(await page.locator('[data-count="duplicates"]').innerText()).toContain('a repeat of an earlier row (2)');

    await page.getByLabel(/^All \(/).check();
    const problems = page.locator('table.problems-table');
    await expect.poll(() => problems.innerText()).toContain('Opening hours "Monday to Friday 9-5" were read as "Mo-Fr 09:00-17:00"');
    const text = await problems.innerText();
    expect(text).toContain('Opening hours "Mo 9am-5am" close before they open (9am-5am)');
    expect(text).toContain('The name has no visible characters (only invisible ones, such as zero-width spaces)');
    expect(text).not.toContain('Name is empty');
    // Markup from the file is shown as the text it is.
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(await problems.locator('img, script').count()).toBe(0);

    // The repeats are flagged, the first row kept: skipped unless the moderator says otherwise.
    const samePartnerId = page.getByRole('group', { name: /^Row 6: Sample True Pantry \(again\)/ });
    await expect.poll(() => samePartnerId.innerText()).toContain('Repeats row 2 of this file (the same partner ID).');
    expect(await samePartnerId.getByLabel('Skip: keep row 2 only').isChecked()).toBe(true);
    expect(await samePartnerId.getByLabel('Import as new', { exact: false }).count()).toBe(0);
    const sameName = page.getByRole('group', { name: /^Row 8: sample true cafe!/ });
    expect(await sameName.innerText()).toMatch(/Repeats row 7 of this file \(the same name, \d+ m away\)\./);
    expect(await sameName.getByLabel('Skip: keep row 7 only').isChecked()).toBe(true);

    // The one near a listing already on the map is not skipped silently: it waits.
    const nearby = page.getByRole('group', { name: /^Row 9: Sample: Hindley Holiday Club/ });
    expect(await nearby.locator('input:checked').count()).toBe(0);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect.poll(() => summary.innerText()).toContain('Decide what to do with the possible duplicate still undecided');
    expect(await page.getByRole('heading', { name: /Step 3 of 4/ }).count()).toBe(1);
    await screenshot(page, 'import-true-3-undecided');
    expect(await axeViolations(page)).toEqual([]);
    // The decisions reflow on a 320 px phone.
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await reflowProblems(page)).toEqual([]);
    await page.setViewportSize(size);
    await summary.getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dup-9-first');
    await nearby.getByLabel('Import as new').check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('heading', { name: /Step 4 of 4/ }).waitFor();
    const outcome = await page.locator('.outcome-list').innerText();
    expect(outcome).toContain('5 new assets are published on the map');
    expect(outcome).toContain('2 rows are skipped');
    expect(outcome).toContain('1 row is not imported because of problems');

    // A row that would go without a value (hours that close before they open) is imported
    // without it, or held back for the partner to fix: the moderator's choice, counted first.
    const choice = page.getByRole('group', { name: /rows? (has|have) a value that could not be used/ });
    const losing = Number((await choice.locator('legend').innerText()).match(/^(\d+)/)![1]);
    expect(losing).toBeGreaterThan(0);
    await choice.getByLabel('Hold them back for the partner to fix').check();
    await expect.poll(() => page.locator('.outcome-list').innerText()).toContain(`${losing === 1 ? '1 row is' : `${losing} rows are`} held back for the partner to fix`);
    expect(await page.getByRole('button', { name: `Import ${5 - losing} assets` }).count()).toBe(1);
    expect(await axeViolations(page), 'axe on the strict choice').toEqual([]);
    await screenshot(page, 'import-true-4-strict');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'import-true-4-strict-390');
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await reflowProblems(page), 'reflow of the strict choice').toEqual([]);
    await page.setViewportSize(size);
    await choice.getByLabel('Import them without those values').check();
    await page.getByRole('button', { name: 'Import 5 assets' }).waitFor();
  });

  it('imports, and the past import’s report keeps the partner’s columns and the reason', async () => {
    await page.getByRole('button', { name: 'Import 5 assets' }).click();
    await page.getByRole('heading', { name: 'Import complete' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('.outcome-list').innerText()).toMatch(/5 new assets published[\s\S]*2 rows skipped[\s\S]*1 row not imported/);

    const batchRow = page.locator('.previous-imports tbody tr', { hasText: 'publish-true.csv' }).first();
    await batchRow.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), batchRow.getByRole('button', { name: /Download report/ }).click()]);
    const report = parseCsv(readFileSync((await download.path())!, 'utf8'));
    expect(report[0]).toEqual(['Row', 'Reason', 'ID', 'Name', 'Description', 'Category', 'Post code', 'Lat', 'Long', 'Opening times']);
    expect(report).toHaveLength(2);
    expect(report[1][0]).toBe('5');
    expect(report[1][1]).toContain('The name has no visible characters');
    expect(report[1].slice(2)).toEqual(['TRUE-4', '\u200b\u200b\u2060', 'Nothing visible in the name', 'Health', '', '53.5490', '-2.6360', '9.30-4.30']);
  });

  it('residents read the hours as meant and the markup as text, and nothing runs', async () => {
    await page.getByRole('link', { name: 'See them on the map' }).click();
    await page.getByLabel('Search', { exact: true }).fill('Sample True');
    const names = page.locator('.result-name');
    await expect
      .poll(() => names.allInnerTexts(), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['Sample True Pantry', 'Sample True Image Club', '<script>alert("Sample True")</script>']));
    const all = await names.allInnerTexts();
    // The repeats were not imported a second time.
    expect(all.filter((n) => /^Sample True Pantry/.test(n))).toEqual(['Sample True Pantry']);
    expect(all.filter((n) => /^sample true caf/i.test(n))).toEqual(['Sample True Café']);
    expect(await page.locator('.results script, .results img[src="x"]').count()).toBe(0);

    await page.locator('.result', { hasText: 'Sample True Pantry' }).getByRole('link', { name: 'Sample True Pantry' }).click();
    await page.locator('h1', { hasText: 'Sample True Pantry' }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain('Monday to Friday: 9am to 5pm');
    expect(await page.locator('main').innerText()).not.toMatch(/5am/);

    await page.goBack();
    await page.locator('.result', { hasText: 'Sample True Image Club' }).getByRole('link', { name: 'Sample True Image Club' }).click();
    await page.locator('h1', { hasText: 'Sample True Image Club' }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('main img[src="x"]').count()).toBe(0);

    await page.goBack();
    await page.locator('.result', { hasText: '<script>' }).getByRole('link').first().click();
    await page.locator('h1', { hasText: '<script>alert("Sample True")</script>' }).waitFor();
    expect(await page.locator('main script').count()).toBe(0);
    await screenshot(page, 'import-true-4-script-name');
    expect(await axeViolations(page)).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('a second file from the partner says which of their listings it no longer has, and archives them if asked', async () => {
    await page.goto('/import');
    await page.getByLabel('Acting as').selectOption('moderator');
    await page.getByRole('heading', { name: /Step 1 of 4/ }).waitFor({ timeout: 60_000 });
    const known = page.getByLabel(PARTNER, { exact: true });
    if (await known.count()) await known.check();
    else await page.getByLabel(/^Partner name$|Which partner is this file from\?/).fill(PARTNER);
    await page.setInputFiles('#import-file', 'tests/fixtures/import/publish-true-again.csv');
    await page.getByRole('button', { name: 'Read the file' }).click();
    await page.getByRole('heading', { name: /Step 2 of 4/ }).waitFor();
    await page.getByRole('button', { name: 'Continue: check the rows' }).click();
    await page.getByRole('heading', { name: /Step 3 of 4/ }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('heading', { name: /Step 4 of 4/ }).waitFor();

    // The one row is as the first file left it: the preview says so before anything is written.
    await expect.poll(() => page.locator('.outcome-list').innerText()).toContain('1 asset is left unchanged: already as the file says');
    expect(await page.locator('.outcome-list').innerText()).toContain('0 assets are updated');

    const missing = page.getByRole('group', { name: `2 listings from ${PARTNER} are on the map but not in this file` });
    await missing.waitFor();
    expect(await missing.locator('.missing-list li').allInnerTexts()).toEqual(['<script>alert("Sample True")</script>', 'Sample True Image Club']);
    expect(await missing.getByLabel('Keep them on the map').isChecked()).toBe(true);
    await expect.poll(() => page.locator('.outcome-list').innerText()).toContain('2 listings not in this file stay on the map');
    await missing.getByLabel(/^Archive them with this import/).check();
    await expect.poll(() => page.locator('.outcome-list').innerText()).toContain('2 listings not in this file are archived');
    expect(await axeViolations(page), 'axe on the missing listings').toEqual([]);
    await screenshot(page, 'import-true-5-missing');
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: 320, height: 800 });
    await screenshot(page, 'import-true-5-missing-320');
    expect(await reflowProblems(page), 'reflow of the missing listings').toEqual([]);
    await page.setViewportSize(size);

    await page.getByRole('button', { name: 'Archive 2 listings' }).click();
    await page.getByRole('heading', { name: 'Import complete' }).waitFor({ timeout: 60_000 });
    const done = await page.locator('.outcome-list').innerText();
    expect(done).toContain('2 listings archived: not in this file');
    expect(done).toContain('1 asset unchanged: already as the file says'); // as the preview said
    expect(done).toContain('0 assets updated');

    await page.getByRole('link', { name: 'See them on the map' }).click();
    await page.getByLabel('Search', { exact: true }).fill('Sample True');
    await expect.poll(() => page.locator('.result-name').allInnerTexts(), { timeout: 30_000 }).toContain('Sample True Pantry');
    const names = await page.locator('.result-name').allInnerTexts();
    expect(names).not.toContain('Sample True Image Club');
    expect(names.some((n) => n.includes('<script>'))).toBe(false);
  });
});
