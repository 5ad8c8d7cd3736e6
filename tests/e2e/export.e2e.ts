// Downloads of listings (issue 16), end to end in Chromium: a resident filters the find page and
// downloads exactly the listings the list shows, as CSV (re-importable, formula-safe, with its
// attribution and stamp), GeoJSON and ORUK JSON; a moderator downloads every listing in every
// status in each format. axe checks both pages with the downloads open.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_ATTRIBUTION, LISTINGS_LICENCE } from '../../src/domain/attribution';
import { launchBrowser, openPage } from './browser';
import { expectedCount, openFilters, published, waitForCount, waitForResults } from './findPage';
import { actAs, expectAccessible, go, ignorable } from './organisationSteps';
import { validateOruk } from '../oruk/validateOruk';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const STAMP = /Generated (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ) from /;

async function download(page: Page, button: string): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: button, exact: true }).click()]);
  const text = readFileSync((await file.path())!, 'utf8');
  await page
    .getByRole('status')
    .filter({ hasText: `Downloaded ${file.suggestedFilename()}.` })
    .waitFor();
  return { file, text };
}

function parseCsv(text: string) {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [title, header, ...rows] = Papa.parse<string[]>(text.slice(1), { delimiter: ',', skipEmptyLines: true }).data;
  return { title: title[0], header, rows, column: (row: string[], name: string) => row[header.indexOf(name)] };
}

function expectStamped(generatedAt: string, before: number) {
  expect(generatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  expect(Date.parse(generatedAt)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
  expect(Date.parse(generatedAt)).toBeLessThanOrEqual(Date.now());
}

describe('downloads of listings', () => {
  it('a resident downloads exactly the results the list shows, in each format', { timeout: 300_000 }, async () => {
    const { page, context, errors } = await openPage(browser, '/');
    await waitForResults(page);
    await openFilters(page);
    await page.getByLabel(/^Food support \(\d+\)$/).check();
    await page.getByLabel('Places', { exact: true }).check();
    const want = expectedCount({ categories: ['food-support'], kinds: ['place'] });
    expect(want).toBeGreaterThan(1);
    expect(want).toBeLessThan(50); // every one of them is in the list, to compare with
    await waitForCount(page, want);
    const listed = await page.locator('.result').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
    expect(listed).toHaveLength(want);

    await page.getByText('Download these results').click();
    const choices = page.getByRole('group', { name: 'Download these results' });
    await choices.getByText(`The file will hold the ${want} listings in the list, with the same search, filters and area.`).waitFor();
    await expectAccessible(page, 'export-find');

    const before = Date.now();
    const csv = await download(page, 'Download CSV');
    expect(csv.file.suggestedFilename()).toMatch(/^common-ground-results-\d{4}-\d\d-\d\d-\d{4}\.csv$/);
    const table = parseCsv(csv.text);
    expect(table.rows.map((r) => table.column(r, 'external_id'))).toEqual(listed);
    expect(table.header.slice(0, 3)).toEqual(['external_id', 'kind', 'name']);
    expect(table.header).not.toContain('status');
    for (const r of table.rows) {
      expect(table.column(r, 'kind')).toBe('place');
      expect(table.column(r, 'categories')).toMatch(/food/);
    }
    expect(table.title).toContain(`(${want} listings)`);
    expect(table.title).toContain(DATA_ATTRIBUTION);
    expect(table.title).toContain(LISTINGS_LICENCE.name);
    expect(table.title).toContain(page.url());
    expectStamped(STAMP.exec(table.title)![1], before);

    const geo = JSON.parse((await download(page, 'Download GeoJSON')).text);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f: { id: string }) => f.id)).toEqual(listed);
    expect(geo.features[0].geometry.type).toBe('Point');
    expect(geo.attribution).toContain(DATA_ATTRIBUTION);
    expect(geo.licence).toBe(LISTINGS_LICENCE.name);
    expectStamped(geo.generated_at, before);

    const oruk = JSON.parse((await download(page, 'Download ORUK JSON')).text);
    expect(oruk).toMatchObject({ total_items: want, total_pages: 1, page_number: 1, first_page: true, last_page: true, empty: false });
    expect(oruk.contents.map((s: { id: string }) => s.id).sort()).toEqual([...listed].sort());
    expect(validateOruk('service_list_page', oruk)).toEqual([]);
    expect(oruk.attribution).toContain(DATA_ATTRIBUTION);
    expectStamped(oruk.generated_at, before);
    expect(ignorable(errors)).toEqual([]);
    await context.close();
  });

  it('a moderator downloads every listing in every status, in each format', { timeout: 300_000 }, async () => {
    const { page, context, errors } = await openPage(browser, '/');
    await actAs(page, 'moderator');
    await go(page, '/review');
    await page.getByRole('link', { name: /^Download every listing/ }).click();
    await page.getByRole('heading', { name: 'Download every listing', level: 1 }).waitFor();
    const contents = page.getByText(/^The file will hold all ([\d,]+) listings, each with its status\./);
    await contents.waitFor({ timeout: 120_000 });
    const total = Number(/all ([\d,]+) listings/.exec((await contents.textContent())!)![1].replace(/,/g, ''));
    expect(total).toBeGreaterThan(published.features.length);
    await page.getByText(/^Drafts: \d+/).waitFor();
    await expectAccessible(page, 'export-everything');

    const before = Date.now();
    const csv = await download(page, 'Download CSV');
    expect(csv.file.suggestedFilename()).toMatch(/^common-ground-all-listings-.*\.csv$/);
    const table = parseCsv(csv.text);
    expect(table.rows).toHaveLength(total);
    const statuses = new Set(table.rows.map((r) => table.column(r, 'status')));
    for (const s of ['draft', 'pending', 'published']) expect(statuses).toContain(s);
    expect(table.rows.filter((r) => table.column(r, 'status') === 'published')).toHaveLength(published.features.length);
    expect(table.title).toContain('Every listing, all statuses');
    expectStamped(STAMP.exec(table.title)![1], before);
    // Nothing a spreadsheet would run: every cell starting = + - @ is neutralised (a signed number aside).
    for (const r of table.rows) for (const c of r) expect(/^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c), c).toBe(false);

    const geo = JSON.parse((await download(page, 'Download GeoJSON')).text);
    expect(geo.features).toHaveLength(total);
    expect(new Set(geo.features.map((f: { properties: { status: string } }) => f.properties.status))).toEqual(statuses);
    expectStamped(geo.generated_at, before);

    const oruk = JSON.parse((await download(page, 'Download ORUK JSON')).text);
    expect(oruk.total_items).toBe(total);
    expect(oruk.contents).toHaveLength(total);
    expect(new Set(oruk.contents.map((s: { status: string }) => s.status))).toEqual(new Set(['active', 'inactive']));
    expectStamped(oruk.generated_at, before);
    expect(ignorable(errors)).toEqual([]);
    await context.close();
  });
});
