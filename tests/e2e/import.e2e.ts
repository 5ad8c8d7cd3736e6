// A council moderator imports a messy partner spreadsheet end to end: bad files are refused with
// a clear message, a file with a quote left open imports the rows before it, a column is
// re-mapped, an unknown category flagged and matched, a duplicate decided, the batch imported in
// one go and found on the map (told apart as imported, not yet confirmed), the report
// downloaded, and the batch undone. axe runs on every step.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generatePartnerCsv, parsePostcodeTable } from '../fixtures/import/generatePartnerCsv';
import { axeViolations, launchBrowser, openPage, screenshot, type TestPage } from './browser';

const FIXTURES = 'tests/fixtures/import';
const PARTNER = 'Wigan Voluntary Network';

let browser: Browser;
let t: TestPage;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser, '/');
  page = t.page;
  // Act as the sample council moderator, then open the import from the navigation.
  await page.getByLabel('Acting as').selectOption('moderator');
  await page.getByRole('link', { name: 'Import', exact: true }).click({ timeout: 60_000 });
  await page.getByRole('heading', { name: /Step 1 of 4/ }).waitFor({ timeout: 60_000 });
});
afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail') return;
  await page.screenshot({ path: `test-results/import-failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}.png`, fullPage: true });
  console.log('Errors on the page:', await page.locator('.error-summary').allInnerTexts(), t.errors);
});
afterAll(async () => {
  await browser?.close();
});

async function expectAxeClean(name: string) {
  await screenshot(page, `import-${name}`);
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
}

async function readFile(path: string, partner: string) {
  const newPartner = page.getByLabel('A new partner');
  if (await newPartner.count()) await newPartner.check();
  await page.getByLabel(/^Partner name$|Which partner is this file from\?/).fill(partner);
  await page.setInputFiles('#import-file', path);
  await page.getByRole('button', { name: 'Read the file' }).click();
}

/** The cells of the table rows whose text matches, as text. */
async function rowTexts(tableClass: string): Promise<string[]> {
  return page.locator(`table.${tableClass} tbody tr`).allInnerTexts();
}

describe('partner data import, as a council moderator', () => {
  it('offers the template, with every column explained and downloadable', async () => {
    await page.getByText('Download the template and see what each column means').click();
    const table = page.getByRole('table', { name: 'What each column in the template means' });
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(15);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the template (CSV)' }).click()]);
    const template = readFileSync((await download.path())!, 'utf8');
    expect(template.split('\r\n')[0]).toBe(
      '\uFEFFexternal_id,kind,name,description,categories,subcategory,org_name,address,postcode,lat,lng,phone,email,website,opening_hours,free,cost,age_groups,accessibility,languages,last_verified_at',
    );
    const [explained] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the column explanations (CSV)' }).click()]);
    expect(readFileSync((await explained.path())!, 'utf8')).toContain('postcode,Postcode,"yes, unless lat and lng are given"');
    await expectAxeClean('1-source');
  });

  it('refuses an empty file and a header-only file with a clear message', async () => {
    await readFile(`${FIXTURES}/empty.csv`, PARTNER);
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect.poll(() => summary.innerText()).toContain('The file is empty: there is no header row and no data.');
    await expectAxeClean('1-source-empty');

    await page.setInputFiles('#import-file', `${FIXTURES}/header-only.csv`);
    await page.getByRole('button', { name: 'Read the file' }).click();
    await expect.poll(() => summary.innerText()).toContain('The file has a header row (3 columns: "Name", "Post code", "Category") but no data rows below it.');
    expect(await page.getByRole('heading', { name: /Step 1 of 4/ }).count()).toBe(1);
  });

  // Issue 13 item 9: a quote left open near the end used to refuse the whole file.
  it('imports the rows before a quote left open, and lists the rows it swallowed in the report', async () => {
    await readFile(`${FIXTURES}/open-quote.csv`, 'Sample Open Quote Partner');
    await page.getByRole('heading', { name: /Step 2 of 4/ }).waitFor();
    await expect
      .poll(() => page.locator('.import-step .notice').allInnerTexts())
      .toContainEqual(expect.stringContaining('Row 4: a quote (") opens in column "Description" and is never closed, so rows 5 to 6 were read into that cell.'));
    await page.getByRole('button', { name: 'Continue: check the rows' }).click();
    await page.getByRole('heading', { name: /Step 3 of 4/ }).waitFor({ timeout: 60_000 });
    const count = async (key: string) => Number(await page.locator(`[data-count="${key}"] .count-number`).innerText());
    expect(await count('invalid')).toBe(3);
    expect(await count('new')).toBe(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download the report of rows/ }).click()]);
    const report = Papa.parse<string[]>(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(report.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['4', 'Not imported', 'Sample Broken'],
      ['5', 'Not imported', 'Sample Lost One'],
      ['6', 'Not imported', 'Sample Lost Two'],
    ]);
    expect(report[1][2]).toMatch(/^Description: A quote \("\) opens in this cell but is never closed/);
    expect(report[2][2]).toMatch(/^Swallowed by the quote left open on row 4/);
    expect(report[2].slice(3)).toEqual(['Sample Lost One', 'WN1 1AH', 'Health', 'Swallowed']);
    await expectAxeClean('3-check-open-quote');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('button', { name: 'Import 2 assets' }).click();
    await page.getByRole('heading', { name: 'Import complete' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('.outcome-list').innerText()).toMatch(/3 rows not imported/);
    await page.getByRole('button', { name: 'Import another file' }).click();
    await page.getByRole('heading', { name: /Step 1 of 4/ }).waitFor();
  });

  it('reads the messy file and lets the moderator fix the mapping and match a category', async () => {
    await readFile(`${FIXTURES}/messy-partner.csv`, PARTNER);
    await page.getByRole('heading', { name: /Step 2 of 4/ }).waitFor();
    // Windows-1252 was detected and £ read correctly; the duplicate header was renamed.
    await expect.poll(() => page.locator('.import-step').innerText()).toContain('The header "Tel" appears more than once; column 11 is called "Tel (2)".');
    expect(await page.locator('table.mapping-table').innerText()).toContain('£2 per bag');
    expect(await page.getByLabel('Our field for the column “Service name”').inputValue()).toBe('name');
    expect(await page.getByLabel('Our field for the column “Tel (2)”').inputValue()).toBe('');

    // The second Tel column holds mobiles, the better contact: map it to Phone…
    await page.getByLabel('Our field for the column “Tel (2)”').selectOption({ label: 'Phone' });
    await page.getByRole('button', { name: 'Continue: check the rows' }).click();
    // …which two columns cannot both feed, and the summary says so.
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect.poll(() => summary.innerText()).toContain('Phone is mapped from 2 columns ("Tel", "Tel (2)"); choose one.');
    // Issue 13 item 9: a partner category nobody matched is flagged here, not at the check.
    expect(await summary.innerText()).toContain('Choose what the category “Knitting” (1 row) means: one of ours, ignore it, or leave those rows out.');
    await summary.getByRole('link', { name: /Knitting/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cat-0');
    await expectAxeClean('2-mapping-error');
    // …so the first Tel column is left out instead.
    await page.getByLabel('Our field for the column “Tel”').selectOption({ label: 'Do not import' });
    await expect.poll(() => page.locator('.mapping-table').innerText()).toContain('Changed by you');

    // "Knitting" is not one of our categories: match it to ours.
    await page.getByLabel('Our category for “Knitting”').selectOption({ label: 'Arts and culture' });
    await page.getByRole('button', { name: `Save this mapping for ${PARTNER}` }).click();
    await expect.poll(() => page.locator('.save-mapping').innerText()).toContain(`The mapping was saved for ${PARTNER}.`);
    await expectAxeClean('2-mapping');
  });

  it('checks every row: counts, precise problems shown as text, and a duplicate to decide', async () => {
    await page.getByRole('button', { name: 'Continue: check the rows' }).click();
    await page.getByRole('heading', { name: /Step 3 of 4/ }).waitFor({ timeout: 60_000 });
    const count = async (key: string) => Number(await page.locator(`[data-count="${key}"] .count-number`).innerText());
    expect(await count('unplaceable')).toBe(1);
    expect(await count('invalid')).toBe(4);
    // Every one of the 16 rows is counted once.
    const counted = (await Promise.all(['new', 'updated', 'duplicates', 'invalid', 'unplaceable'].map(count))).reduce((a, b) => a + b);
    expect(counted).toBe(16);

    const problems = (await rowTexts('problems-table')).join('\n');
    expect(problems).toMatch(/6\tLat\t153\.54\tLatitude 153\.54 is outside -90 to 90\./);
    expect(problems).toMatch(/15\tService name\t\(empty\)\tName is empty; every asset needs one\./);
    expect(problems).toContain('Postcode "WN1 1CA": the last part "1CA" must be a digit then two letters other than C, I, K, M, O or V');
    expect(problems).toContain('Postcode WN1 9ZZ was not found');
    expect(problems).toContain('This row has 20 cells but the header has 18 (extra: "EXTRA", "MORE")');
    // Knitting was matched, so it is no longer a problem.
    expect(problems).not.toContain('Knitting');

    // HTML from the file is shown as text, never run or rendered.
    await page.getByLabel(/^All \(/).check();
    const all = page.locator('table.problems-table');
    await expect.poll(() => all.innerText()).toContain('<p>Free <b>coffee</b> &amp; cake</p><script>alert(1)</script>');
    expect(await all.locator('b, script, p').count()).toBe(0);
    await page.locator('section[aria-labelledby="problems-heading"]').screenshot({ path: 'test-results/import-3-problems.png' });

    // Possible duplicates: the homework club is the one already on the map, so update it; the
    // pantry only shares words with a nearby asset, so import it as new.
    await page
      .getByRole('group', { name: /^Row 12: Sample: Hindley Homework Club/ })
      .getByLabel('Update existing “Sample: Hindley Homework Club”')
      .check();
    const pantry = page.getByRole('group', { name: /^Row 2: Sample Wigan Town Pantry/ });
    if (await pantry.count()) await pantry.getByLabel('Import as new').check();
    // Issue 21: nothing is skipped unasked; the others near a listing on the map are skipped on purpose.
    const skipRest = page.getByRole('button', { name: /^skip (it|all \d+)$/ });
    if (await skipRest.count()) await skipRest.click();
    await expect.poll(() => page.locator('#duplicates-undecided').count()).toBe(0);
    const cleaned = await rowTexts('cleaned-table');
    expect(cleaned.find((r) => r.includes('Sample: Hindley Homework Club'))).toContain('Updates an existing asset (you chose)');
    expect(cleaned.find((r) => r.includes('Sample Wigan Town Pantry'))).toMatch(/\tNew/);
    // The re-mapped Tel (2) column is now the phone.
    expect((await rowTexts('cleaned-table')).find((r) => r.includes('Sample Wigan Town Pantry'))).toContain('07700 900001');
    await expectAxeClean('3-check');
  });

  it('imports in one go, shows the new assets on the map and downloads a safe report', async () => {
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('heading', { name: /Step 4 of 4/ }).waitFor();
    await expectAxeClean('4-import');
    await page.getByRole('button', { name: /^Import \d+ assets$/ }).click();
    await page.getByRole('heading', { name: 'Import complete' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('.outcome-list').innerText()).toMatch(/1 asset updated/);
    const batchRow = page.locator('.previous-imports tbody tr').first();
    await expect.poll(() => batchRow.innerText()).toContain('messy-partner.csv');
    await expectAxeClean('4-done');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^report-wigan-voluntary-network-\d{4}-\d\d-\d\d\.csv$/);
    const report = readFileSync((await download.path())!, 'utf8');
    const lines = report.split('\r\n');
    expect(lines[0].startsWith('\uFEFFRow,Status,Reason,ID,')).toBe(true);
    expect(report).toMatch(/\r\n6,Not imported,Lat: Latitude 153\.54 is outside -90 to 90\./);
    expect(report).toMatch(/\r\n11,Not imported: cannot be placed,/);
    expect(report).toMatch(/\r\n15,Not imported,Service name: Name is empty/);
    // The formula from the file is neutralised: a spreadsheet shows it as text.
    expect(report).toContain(`"'=HYPERLINK(""http://evil.example"",""Click me"")"`);
    expect(report).not.toMatch(/(^|,)"?=/m);

    await page.getByRole('link', { name: 'See them on the map' }).click();
    await page.getByLabel('Search', { exact: true }).fill('Town Pantry');
    await expect.poll(() => page.locator('.result-name').allInnerTexts(), { timeout: 30_000 }).toContain('Sample Wigan Town Pantry');
    await screenshot(page, 'import-5-on-the-map');
    // Issue 13 item 7: the file had no checked dates, so residents are told it is an import
    // nobody has confirmed yet, never "checked today".
    const card = page.locator('.result', { hasText: 'Sample Wigan Town Pantry' });
    await expect.poll(() => card.innerText()).toContain('Imported, not yet confirmed');
    await card.getByRole('link', { name: 'Sample Wigan Town Pantry' }).click();
    await page.locator('h1', { hasText: 'Sample Wigan Town Pantry' }).waitFor();
    const freshness = await page.locator('.freshness').innerText();
    expect(freshness).toMatch(/^Imported on \d{1,2} [A-Z][a-z]+ \d{4} from Wigan Voluntary Network, not yet confirmed by the organisation\./);
    expect(freshness).not.toMatch(/checked/i);
    await expect
      .poll(() => page.locator('.summary-list').innerText())
      .toMatch(/Last checked\s*Not yet: imported on \d{1,2} [A-Z][a-z]+ \d{4} from Wigan Voluntary Network/);
    await screenshot(page, 'import-6-asset-unconfirmed');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('uses the saved mapping next time, and undoes the batch so its assets leave the map', async () => {
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: /Step 1 of 4/ }).waitFor();
    // The partner is offered with its saved mapping.
    // Saved mappings arrive from the database after the page draws: wait for them.
    await expect.poll(() => page.getByLabel(new RegExp(`^${PARTNER}`)).count(), { timeout: 30_000 }).toBe(1);

    const batchRow = page.locator('.previous-imports tbody tr').first();
    await batchRow.getByRole('button', { name: /Undo this import/ }).click();
    await expect.poll(() => batchRow.innerText()).toContain('Undo this import?');
    await expectAxeClean('6-undo-confirm');
    await batchRow.getByRole('button', { name: 'Yes, undo this import' }).click();
    await expect.poll(() => page.locator('.previous-imports').innerText()).toContain('was undone');
    await expect.poll(() => batchRow.innerText()).toMatch(/Undone/);

    await page.getByRole('link', { name: 'Find', exact: true }).click();
    await page.getByLabel('Search', { exact: true }).fill('Town Pantry');
    await expect.poll(() => page.locator('.result-name').allInnerTexts(), { timeout: 30_000 }).not.toContain('Sample Wigan Town Pantry');

    // Back to the import: the saved mapping and category match are applied to the same file.
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByLabel(new RegExp(`^${PARTNER}`)).check();
    await page.setInputFiles('#import-file', `${FIXTURES}/messy-partner.csv`);
    await page.getByRole('button', { name: 'Read the file' }).click();
    await page.getByRole('heading', { name: /Step 2 of 4/ }).waitFor();
    await expect.poll(() => page.locator('.import-step').innerText()).toContain(`Using the mapping saved for ${PARTNER}`);
    expect(await page.getByLabel('Our field for the column “Tel”').inputValue()).toBe('');
    expect(await page.getByLabel('Our field for the column “Tel (2)”').inputValue()).toBe('phone');
    expect(await page.getByLabel('Our category for “Knitting”').inputValue()).toBe('arts-culture');
    expect(t.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  it('reads a 50 MB file in the worker with progress, and the page stays usable', async () => {
    const categories = (JSON.parse(readFileSync('data/categories.json', 'utf8')) as { label: string }[]).map((c) => c.label);
    const postcodes = parsePostcodeTable(readFileSync('data/postcodes.csv', 'utf8'), 500);
    const path = join(tmpdir(), 'cg-import-e2e-100k.csv');
    writeFileSync(path, generatePartnerCsv({ rows: 100_000, seed: 11, postcodes, categories }));
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByRole('heading', { name: /Step 1 of 4/ }).waitFor();
    await page.getByLabel('A new partner').check();
    await page.getByLabel('Partner name').fill('Large partner');
    await page.setInputFiles('#import-file', path);
    await page.getByRole('button', { name: 'Read the file' }).click();
    // Progress shows while the worker reads, and the main thread still answers meanwhile.
    await page.locator('#import-progress-bar').waitFor();
    expect(await page.evaluate(() => document.title)).toContain('Import partner data');
    await page.getByRole('heading', { name: /Step 2 of 4/ }).waitFor({ timeout: 120_000 });
    await expect.poll(() => page.locator('.import-step').innerText()).toContain('100,000 rows and 20 columns');
    expect(t.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    rmSync(path);
  }, 240_000);
  it('imports a file with a sub-category column as types of our categories, and works out that they are places (issue 13)', async () => {
    // From where the large file left the wizard (its mapping step).
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByRole('heading', { name: /Step 1 of 4/ }).waitFor();
    await readFile(`${FIXTURES}/service-types.csv`, 'Sample Libraries and Surgeries');
    await page.getByRole('heading', { name: /Step 2 of 4/ }).waitFor();
    // The service type column is a type within a category, not a second category.
    expect(await page.getByLabel('Our field for the column “Service type”').inputValue()).toBe('subcategory');
    expect(await page.getByLabel('Our field for the column “Category”').inputValue()).toBe('categories');
    // A type we do not have is offered for matching, as a sub-category.
    const unknown = page.locator('table.category-table tbody tr');
    await expect.poll(() => unknown.allInnerTexts()).toEqual([expect.stringMatching(/^Walk-in centre \(sub-category\)/)]);
    expect(await page.getByLabel('Our category for “Walk-in centre”').locator('option:checked').innerText()).toBe('Not matched: rows keep only their category');
    await expectAxeClean('2-mapping-types');

    await page.getByRole('button', { name: 'Continue: check the rows' }).click();
    await page.getByRole('heading', { name: /Step 3 of 4/ }).waitFor({ timeout: 60_000 });
    const count = async (key: string) => Number(await page.locator(`[data-count="${key}"] .count-number`).innerText());
    expect(await count('new')).toBe(4);
    expect(await count('invalid')).toBe(0);
    // The unknown type is said, per row; the row is kept under its category.
    await page.getByLabel(/^All \(/).check();
    await expect.poll(() => page.locator('table.problems-table').innerText()).toContain('Sub-category "Walk-in centre" is not one of ours; imported under Health only.');
    const cleaned = await rowTexts('cleaned-table');
    expect(cleaned.find((r) => r.includes('Sample Partner Central Library'))).toMatch(/Library/);
    expect(cleaned.find((r) => r.includes('Sample Partner Market Street Surgery'))).toMatch(/GP practice/);
    await expectAxeClean('3-check-types');

    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('heading', { name: /Step 4 of 4/ }).waitFor();
    await page.getByRole('button', { name: /^Import \d+ assets$/ }).click();
    await page.getByRole('heading', { name: 'Import complete' }).waitFor({ timeout: 60_000 });

    // Residents find them by type, as places.
    await page.getByRole('link', { name: 'See them on the map' }).click();
    await page.getByLabel('Search', { exact: true }).fill('Sample Partner');
    await expect.poll(() => page.locator('.result-name').allInnerTexts(), { timeout: 30_000 }).toContain('Sample Partner Leigh Library');
    await page.goto(new URL('/?cat=library&q=Sample%20Partner', page.url()).toString());
    await expect
      .poll(() => page.locator('.result-name').allInnerTexts(), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['Sample Partner Central Library', 'Sample Partner Leigh Library']));
    expect(await page.locator('.result-name').allInnerTexts()).not.toContain('Sample Partner Market Street Surgery');
    const tags = await page.locator('.result:has-text("Sample Partner Central Library") .result-tags').innerText();
    expect(tags).toMatch(/^Place/);
    expect(tags).toContain('Library');
  });
});
