// The built app runs under its Content-Security-Policy (scripts/contentSecurityPolicy.ts): every
// route loads, and the map, search, local database, coverage, catchment and import workers all
// do their work, with no violation reported by the page or by any worker.
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, blockOffsiteRequests, launchBrowser } from './browser';
import { watchCsp, type CspWatch } from './cspWatch';
import { published, waitForMap, waitForResults } from './findPage';
import { actAs, go } from './organisationSteps';

// Above createSearchIndex's threshold, so the search index is built in its worker.
const SEARCH_WORKER_ASSETS = 6000;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: CspWatch;
const unprotected: string[] = [];
const asset = published.features[0].properties;

/** The published file, repeated with fresh ids until it is large enough for the search worker. */
function enlarged(): string {
  const features = [...published.features];
  for (let i = 0; features.length < SEARCH_WORKER_ASSETS; i++) {
    const f = published.features[i % published.features.length];
    const id = `c0${i.toString(16).padStart(6, '0')}-0000-4000-8000-000000000000`;
    features.push({ ...f, properties: { ...f.properties, id, name: `${f.properties.name} (copy ${i})` } });
  }
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** Which channels have reported violations, e.g. ['document event', 'page log']. */
const kinds = () => [...new Set(watch.violations.map((v) => v.slice(0, v.indexOf(':'))))].sort();

function expectNoViolations(where: string) {
  expect(watch.violations, `CSP violations on ${where}`).toEqual([]);
}

/** Documents and scripts (workers included) must each carry the policy header. */
function checkHeader(res: Response) {
  const type = res.request().resourceType();
  if (!res.url().startsWith(baseUrl()) || !['document', 'script', 'worker'].includes(type)) return;
  if (!res.headers()['content-security-policy']) unprotected.push(res.url());
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: baseUrl() });
  await blockOffsiteRequests(context);
  const big = enlarged();
  await context.route('**/generated/published.json', (route) => route.fulfill({ contentType: 'application/json', body: big }));
  page = await context.newPage();
  page.on('response', checkHeader);
  watch = await watchCsp(context, page);
});
afterAll(async () => {
  await browser?.close();
});

describe('the built app under its Content-Security-Policy', () => {
  it('serves the policy as a header and as a meta element, and it is enforced', async () => {
    const res = await page.goto('/');
    const header = res!.headers()['content-security-policy'];
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(header).toContain("frame-ancestors 'none'");
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toContain("object-src 'none'");
    expect(meta).not.toContain('frame-ancestors');
    // The watcher sees a violation when there is one: an image from an unlisted host is refused.
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://csp-canary.invalid/pixel.png';
      document.body.append(img);
      img.remove();
    });
    await expect.poll(() => kinds()).toEqual(['document event', 'page log']);
    watch.violations.length = 0;
  });

  it('the find page: list, map worker and search worker', async () => {
    await waitForResults(page);
    await waitForMap(page);
    // The watcher hears workers too: a fetch from the map worker to an unlisted host is refused.
    const mapWorker = page.workers().find((w) => /maplibre-gl-worker/.test(w.url()))!;
    await mapWorker.evaluate(() => fetch('https://csp-canary.invalid/').catch(() => {}));
    await expect.poll(() => kinds()).toContain('worker log');
    await page.waitForTimeout(500);
    watch.violations.length = 0;
    await page.getByLabel('Search').fill('lunch club');
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(0);
    expect(
      watch.workers.some((u) => /maplibre-gl-worker/.test(u)),
      watch.workers.join('\n'),
    ).toBe(true);
    expect(
      watch.workers.some((u) => /searchIndex\.worker/.test(u)),
      watch.workers.join('\n'),
    ).toBe(true);
    expectNoViolations('/');
  });

  it('an asset page, About, Sign in, the privacy notice and a missing page', async () => {
    await go(page, `/asset/${asset.id}`);
    await page.locator('h1', { hasText: asset.name }).waitFor();
    await page.locator('.asset-map canvas, .maplibregl-canvas').first().waitFor({ timeout: 30_000 });
    await go(page, '/about');
    await page.getByRole('heading', { name: 'About Common Ground', level: 1 }).waitFor();
    await go(page, '/sign-in');
    await page.locator('h1').waitFor();
    await go(page, '/privacy');
    await page.getByRole('heading', { name: 'Privacy notice', level: 1 }).waitFor();
    await go(page, '/no-such-page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expectNoViolations('asset, about, sign-in, privacy, 404');
  });

  it('the local database worker: signed in, organisation and review pages', async () => {
    await go(page, '/');
    await actAs(page, 'moderator');
    expect(
      watch.workers.some((u) => /db\.worker/.test(u)),
      watch.workers.join('\n'),
    ).toBe(true);
    await go(page, '/organisation');
    await page.locator('h1').waitFor({ timeout: 60_000 });
    await go(page, '/review');
    await page.getByRole('heading', { name: 'Review queue' }).waitFor({ timeout: 60_000 });
    expectNoViolations('/organisation, /review');
  });

  it('the coverage and catchment workers on /plan', async () => {
    await go(page, '/plan');
    await expect.poll(() => page.locator('.ward-table tbody tr').count(), { timeout: 90_000 }).toBe(25);
    await page.getByLabel(/Show catchments on the map/).check();
    await expect.poll(() => watch.workers.some((u) => /catchment\.worker/.test(u)), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.getByText('Drawing catchments…').count(), { timeout: 60_000 }).toBe(0);
    expect(watch.workers.some((u) => /coverage\.worker/.test(u))).toBe(true);
    expectNoViolations('/plan');
  });

  it('the import worker on /import', async () => {
    await go(page, '/import');
    await page.getByRole('heading', { name: /Step 1 of 4/ }).waitFor({ timeout: 60_000 });
    const newPartner = page.getByLabel('A new partner');
    if (await newPartner.count()) await newPartner.check();
    await page.getByLabel(/^Partner name$|Which partner is this file from\?/).fill('CSP check partner');
    await page.setInputFiles('#import-file', 'tests/fixtures/import/messy-partner.csv');
    await page.getByRole('button', { name: 'Read the file' }).click();
    await page.getByRole('heading', { name: /Step 2 of 4/ }).waitFor({ timeout: 60_000 });
    expect(
      watch.workers.some((u) => /import\.worker/.test(u)),
      watch.workers.join('\n'),
    ).toBe(true);
    expectNoViolations('/import');
  });

  it('a full load of a deep link and of a missing page', async () => {
    await page.goto(`/asset/${asset.id}`);
    await page.locator('h1', { hasText: asset.name }).waitFor();
    await page.goto('/no-such-page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expectNoViolations('full loads');
    expect(unprotected, 'responses without the policy header').toEqual([]);
  });
});
