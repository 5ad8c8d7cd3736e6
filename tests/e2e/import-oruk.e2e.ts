// A council moderator imports a partner's Open Referral UK feed by its address: the test serves the
// feed (built from the UK profile's example in tests/fixtures/oruk) page by page, with summaries
// whose details are fetched one by one. A feed that answers with a web page is refused with a clear
// message; the real feed goes through the usual preview (a nameless service refused, a schedule
// opening hours cannot say named) to one commit; the same feed again updates instead of adding.
// axe runs on every step.
import { readFileSync } from 'node:fs';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launchBrowser, openPage, screenshot, type TestPage } from './browser';

const PARTNER = 'Sample ORUK Feed Council';
const example = JSON.parse(readFileSync('tests/fixtures/oruk/examples/service_full.json', 'utf8')) as Record<string, unknown>;
const term = (taxonomy: string, code: string, name: string) => ({ taxonomy_term: { code, name, taxonomy_detail: { name: taxonomy } } });

/** The example service, placed in Wigan and tagged with our terms, under another id and name. */
function service(n: number, name: string, over: Record<string, unknown> = {}) {
  const sal = (example.service_at_locations as { location: Record<string, unknown> }[])[0];
  return {
    ...example,
    id: `5a0e0000-0000-4000-8000-00000000000${n}`,
    name,
    service_at_locations: [
      {
        ...sal,
        location: {
          ...sal.location,
          latitude: 53.4889 + n * 0.004,
          longitude: -2.6401,
          addresses: [{ address_1: `${n} Sample Street`, city: 'Ashton-in-Makerfield', postal_code: 'WN4 9AA' }],
        },
      },
    ],
    attributes: [term('Common Ground categories', 'mental-wellbeing', 'Mental health and wellbeing'), term('Common Ground listing kinds', 'service', 'Service')],
    schedules: [{ freq: 'WEEKLY', byday: 'TH,FR', opens_at: '10:00:00', closes_at: '18:00:00' }],
    ...over,
  };
}
const FEED = [
  service(1, 'Sample Ashton Counselling'),
  service(2, 'Sample Ashton Fortnightly Walk', { schedules: [{ freq: 'WEEKLY', interval: 2, byday: 'SA', opens_at: '10:00:00', closes_at: '12:00:00' }] }),
  service(3, ''),
];
const summary = (s: Record<string, unknown>) => ({ id: s.id, name: s.name, description: s.description, organization: s.organization });

let browser: Browser;
let t: TestPage;
let page: Page;
const requests: string[] = [];

/** The feed, as a partner's ORUK API serves it: two services a page, then each service's details. */
async function serveFeed(route: Route) {
  const url = new URL(route.request().url());
  requests.push(url.pathname + url.search);
  const json = (body: unknown) =>
    route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(body) });
  const path = url.pathname.replace(/^\/test-oruk-feed/, '');
  if (path === '/services') {
    const n = Number(url.searchParams.get('page'));
    const size = 2;
    const contents = FEED.slice((n - 1) * size, n * size).map(summary);
    const total_pages = Math.ceil(FEED.length / size);
    return json({ total_items: FEED.length, total_pages, page_number: n, size, first_page: n === 1, last_page: n === total_pages, empty: !contents.length, contents });
  }
  const s = FEED.find((x) => path === `/services/${x.id}`);
  return s ? json(s) : route.fulfill({ status: 404, body: 'Not found' });
}

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser, '/');
  page = t.page;
  await page.route(`${baseUrl()}/test-oruk-feed/**`, serveFeed);
  await page.route(`${baseUrl()}/test-html-page/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body><h1>Our directory</h1></body></html>' }),
  );
  await page.getByLabel('Acting as').selectOption('moderator');
  await page.getByRole('link', { name: 'Import', exact: true }).click({ timeout: 60_000 });
  await page.getByRole('heading', { name: /Step 1 of 4/ }).waitFor({ timeout: 60_000 });
});
afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail') return;
  await page.screenshot({ path: `test-results/import-oruk-failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}.png`, fullPage: true });
  console.log('Errors on the page:', await page.locator('.error-summary').allInnerTexts(), t.errors);
});
afterAll(async () => {
  await browser?.close();
});

async function expectAxeClean(name: string) {
  await screenshot(page, `import-oruk-${name}`);
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
}

async function readFeed(path: string) {
  const newPartner = page.getByLabel('A new partner');
  if (await newPartner.count()) await newPartner.check();
  const choice = page.getByLabel(PARTNER, { exact: true });
  if (await choice.count()) await choice.check();
  else await page.getByLabel(/^Partner name$|Which partner is this file from\?/).fill(PARTNER);
  const details = page.locator('details.oruk-feed');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await page.getByText('Or import from an ORUK feed').click();
  await page.getByLabel('Address of the ORUK feed').fill(`${baseUrl()}${path}`);
  await page.getByRole('button', { name: 'Read the feed' }).click();
}

const count = async (key: string) => Number(await page.locator(`[data-count="${key}"] .count-number`).innerText());

describe('importing an ORUK feed, as a council moderator', () => {
  it('refuses an address that answers with a web page, saying so by the address field', async () => {
    await readFeed('/test-html-page');
    const summaryBox = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect.poll(() => summaryBox.innerText()).toContain('returned a web page (HTML), not ORUK JSON');
    const field = page.getByLabel('Address of the ORUK feed');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const described = (await field.getAttribute('aria-describedby'))!.split(' ');
    const errorText = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).innerText()));
    expect(errorText.join(' ')).toContain('returned a web page (HTML), not ORUK JSON');
    expect(await page.getByRole('heading', { name: /Step 1 of 4/ }).count()).toBe(1);
    await expectAxeClean('1-source-html');
  });

  it('reads the feed page by page, with every column already mapped', async () => {
    requests.length = 0;
    await readFeed('/test-oruk-feed/');
    await page.getByRole('heading', { name: /Step 2 of 4/ }).waitFor({ timeout: 60_000 });
    expect(requests.filter((r) => r.startsWith('/test-oruk-feed/services?'))).toEqual([
      '/test-oruk-feed/services?page=1&per_page=100&full=true',
      '/test-oruk-feed/services?page=2&per_page=100&full=true',
    ]);
    expect(requests.filter((r) => /^\/test-oruk-feed\/services\/[^?]+$/.test(r)).sort()).toEqual(FEED.map((s) => `/test-oruk-feed/services/${s.id}`).sort());
    expect(await page.getByLabel('Our field for the column “name”').inputValue()).toBe('name');
    expect(await page.getByLabel('Our field for the column “external_id”').inputValue()).toBe('external_id');
    await expectAxeClean('2-mapping');
  });

  it('previews the services: the nameless one refused, the schedule it cannot express named', async () => {
    await page.getByRole('button', { name: 'Continue: check the rows' }).click();
    await page.getByRole('heading', { name: /Step 3 of 4/ }).waitFor({ timeout: 60_000 });
    expect(await count('new')).toBe(2);
    expect(await count('invalid')).toBe(1);
    const problems = (await page.locator('table.problems-table tbody tr').allInnerTexts()).join('\n');
    expect(problems).toContain('Name is empty; every asset needs one.');
    await page.getByLabel(/^All \(/).check();
    await expect
      .poll(async () => (await page.locator('table.problems-table tbody tr').allInnerTexts()).join('\n'))
      .toContain('The schedule “WEEKLY byday SA 10:00:00–12:00:00” repeats every 2 weeks, which opening hours cannot say.');
    const cleaned = (await page.locator('table.cleaned-table tbody tr').allInnerTexts()).join('\n');
    expect(cleaned).toContain('Sample Ashton Counselling');
    await expectAxeClean('3-check');
  });

  it('imports both services in one go', async () => {
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('heading', { name: /Step 4 of 4/ }).waitFor();
    await expectAxeClean('4-import');
    await page.getByRole('button', { name: 'Import 2 assets' }).click();
    await page.getByRole('heading', { name: 'Import complete' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('.outcome-list').innerText()).toContain('2 new assets published');
    await expectAxeClean('4-done');
  });

  it('reads the same feed again as updates by ORUK id, not copies', async () => {
    await page.getByRole('button', { name: 'Import another file' }).click();
    await page.getByRole('heading', { name: /Step 1 of 4/ }).waitFor();
    await readFeed('/test-oruk-feed');
    await page.getByRole('heading', { name: /Step 2 of 4/ }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Continue: check the rows' }).click();
    await page.getByRole('heading', { name: /Step 3 of 4/ }).waitFor({ timeout: 60_000 });
    expect(await count('updated')).toBe(2);
    expect(await count('new')).toBe(0);
    expect(await count('duplicates')).toBe(0);
  });
});
