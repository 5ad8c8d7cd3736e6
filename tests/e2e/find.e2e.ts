// The resident find page end to end in Chromium: search, every filter, the URL, postcode and
// location, keyboard only, list and map in step, hostile text, and axe on wide and phone screens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, baseUrl, blockOffsiteRequests, launchBrowser, openPage, screenshot } from './browser';
import {
  expectedCount,
  mapFeatureCount,
  openFilters,
  published,
  resultNames,
  searchParams,
  shownCount,
  waitForCount,
  waitForMap,
  waitForResults,
  type CgMap,
} from './findPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const total = published.features.length;
const ignorable = (errors: string[]) => errors.filter((e) => !/Failed to load resource|net::ERR_FAILED/.test(e));

describe('find page: list and map', () => {
  it('shows every published asset in the list and on the map, side by side on a wide screen', async () => {
    const { page, context, errors } = await openPage(browser, '/');
    await waitForResults(page);
    expect(await shownCount(page)).toBe(total);
    expect(await page.title()).toBe('Find local groups, places and services – Common Ground');
    await waitForMap(page);
    expect(await mapFeatureCount(page)).toBe(total);
    const [list, map] = await Promise.all([page.locator('.find-panel').boundingBox(), page.locator('.find-map').boundingBox()]);
    expect(list!.x + list!.width).toBeLessThanOrEqual(map!.x + 1);
    expect(list!.width / 1280).toBeGreaterThan(0.3);
    expect(list!.width / 1280).toBeLessThan(0.5);
    // The key names every category (markers carry letters so they read without colour).
    await page.locator('.map-legend summary').click();
    expect(await page.locator('.map-legend li[data-category]').count()).toBeGreaterThan(10);
    await page.waitForFunction(() => {
      const map = (window as unknown as { __cgMap: CgMap }).__cgMap;
      return map.queryRenderedFeatures({ layers: ['asset-clusters'] }).length > 0;
    });
    await screenshot(page, 'find-wide');
    expect(ignorable(errors)).toEqual([]);
    await context.close();
  });

  it('searches as you type, tolerating typos and word order, and the map follows', async () => {
    const { page, context } = await openPage(browser, '/');
    await waitForResults(page);
    await waitForMap(page);
    await page.getByLabel('Search', { exact: true }).fill('fod bnak');
    const want = expectedCount({ q: 'fod bnak' });
    expect(want).toBeGreaterThan(0);
    await waitForCount(page, want);
    expect((await resultNames(page))[0]).toMatch(/Food Bank/);
    expect(await page.locator('.result-count').textContent()).toContain('for ‘fod bnak’');
    expect(searchParams(page).get('q')).toBe('fod bnak');
    await expect.poll(() => mapFeatureCount(page), { timeout: 20_000 }).toBe(want);

    await page.getByLabel('Search', { exact: true }).fill('bank food');
    await waitForCount(page, expectedCount({ q: 'bank food' }));
    expect((await resultNames(page)).slice(0, 3).join(' ')).toMatch(/Food Bank/);
    await context.close();
  });

  it('filters by category (with counts), type, cost, age group and accessibility', async () => {
    const { page, context } = await openPage(browser, '/');
    await waitForResults(page);
    await openFilters(page);

    const food = page.getByLabel(/^Food support \(\d+\)$/);
    const label = (await page.locator('label[for="cat-food-support"]').textContent())!;
    const counted = Number(/\((\d+)\)/.exec(label)![1]);
    expect(counted).toBe(expectedCount({ categories: ['food-support'] }));
    await food.check();
    await waitForCount(page, counted);
    expect(searchParams(page).get('cat')).toBe('food-support');
    // Food support, or one of its types (a food bank).
    for (const tags of await page.locator('.result .result-tags').allTextContents()) expect(tags).toMatch(/Food support|Food bank/);

    await page.getByLabel('Places', { exact: true }).check();
    await waitForCount(page, expectedCount({ categories: ['food-support'], kinds: ['place'] }));
    expect(searchParams(page).get('kind')).toBe('place');
    for (const tags of await page.locator('.result .result-tags').allTextContents()) expect(tags).toMatch(/^Place/);

    await page.getByLabel('Free only').check();
    await waitForCount(page, expectedCount({ categories: ['food-support'], kinds: ['place'], free: true }));
    for (const facts of await page.locator('.result .result-facts').allTextContents()) expect(facts).toContain('Free');

    await page
      .getByLabel('Clear filters')
      .or(page.getByRole('button', { name: 'Clear filters' }))
      .click();
    await waitForCount(page, total);

    await page.getByLabel('Older people (65+)').check();
    await waitForCount(page, expectedCount({ ages: ['older_people'] }));
    expect(searchParams(page).get('age')).toBe('older_people');

    await page.getByLabel('Step-free access').check();
    await page.getByLabel('Hearing loop').check();
    const want = expectedCount({ ages: ['older_people'], access: ['step_free', 'hearing_loop'] });
    await waitForCount(page, want);
    expect(searchParams(page).get('acc')).toBe('step_free,hearing_loop');
    await screenshot(page, 'find-filters');
    await context.close();
  });

  it('filters by a whole category or by one of its types (issue 13: libraries, not all of Learning)', async () => {
    const { page, context } = await openPage(browser, '/');
    await waitForResults(page);
    await openFilters(page);

    // A category counts and shows the listings of all its types.
    const learning = page.locator('#cat-learning');
    const learningCount = expectedCount({ categories: ['learning'] });
    expect(learningCount).toBeGreaterThan(expectedCount({ categories: ['library'] }));
    expect(await page.locator('label[for="cat-learning"]').textContent()).toBe(`Learning (${learningCount})`);
    await learning.check();
    await waitForCount(page, learningCount);
    expect(searchParams(page).get('cat')).toBe('learning');
    // Its types show as chosen with it.
    await page.locator('details.subcategories:has(#cat-library) > summary').click();
    expect(await page.locator('#cat-library').isChecked()).toBe(true);

    // Unticking one type leaves the others; then a type on its own.
    await page.locator('#cat-school').uncheck();
    await waitForCount(page, expectedCount({ categories: ['library', 'college', 'adult-learning'] }));
    // A partly chosen category: ticking it takes all its types again; unticking clears it.
    await learning.check();
    await waitForCount(page, learningCount);
    await learning.uncheck();
    await waitForCount(page, total);
    const library = page.getByLabel(/^Library \(\d+\)$/);
    await library.check();
    const libraries = expectedCount({ categories: ['library'] });
    expect(libraries).toBeGreaterThan(10);
    await waitForCount(page, libraries);
    expect(searchParams(page).get('cat')).toBe('library');
    expect(await learning.evaluate((el) => (el as HTMLInputElement).indeterminate)).toBe(true);
    for (const tags of await page.locator('.result .result-tags').allTextContents()) expect(tags).toContain('Library');
    await screenshot(page, 'find-subcategory');

    // A shared link opens with the type chosen and in view, on a phone too.
    const phone = await openPage(browser, '/?cat=library', { viewport: { width: 390, height: 844 } });
    await waitForCount(phone.page, libraries);
    await openFilters(phone.page);
    expect(await phone.page.locator('#cat-library').isVisible()).toBe(true);
    await phone.page.locator('#cat-library').scrollIntoViewIfNeeded();
    await screenshot(phone.page, 'find-subcategory-phone');
    await phone.context.close();

    // A search naming the type offers it, then its category.
    await page.goto(`${baseUrl()}/?q=libraries`);
    await waitForResults(page);
    const offers = page.getByRole('list', { name: 'Categories matching your search' }).getByRole('link');
    await offers.first().waitFor();
    expect(await offers.allTextContents()).toEqual([`Show all Library (${libraries})`, `Show all Learning (${learningCount})`]);
    await context.close();
  });

  it('filters by open now and by a chosen day and time, using the opening hours', async () => {
    const { page, context } = await openPage(browser, '/');
    await waitForResults(page);
    await openFilters(page);
    await page.getByLabel('Open now').check();
    expect(searchParams(page).get('open')).toBe('now');
    await page.waitForFunction(() => !/checking opening times/.test(document.querySelector('.result-count')?.textContent ?? ''));
    const n = await shownCount(page);
    expect(n).toBeLessThan(total);
    if (n > 0) {
      for (const facts of await page.locator('.result .result-facts').allTextContents()) expect(facts).toContain('Open now');
    }

    await page.getByLabel('Open on a day').check();
    await page.getByLabel('Day', { exact: true }).selectOption({ label: 'Sunday' });
    await page.getByLabel(/^Time/).fill('10:30');
    await page.getByLabel(/^Time/).blur();
    await expect.poll(() => searchParams(page).get('open'), { timeout: 20_000 }).toBe('su@10:30');
    const sunday = await shownCount(page);
    await page.getByLabel('Day', { exact: true }).selectOption({ label: 'Wednesday' });
    await expect.poll(() => searchParams(page).get('open'), { timeout: 20_000 }).toBe('we@10:30');
    await page.waitForFunction((s) => !document.querySelector('.result-count')?.textContent?.startsWith(`${s} `), sunday);
    // Far more is open on a Wednesday morning than on a Sunday one.
    expect(await shownCount(page)).toBeGreaterThan(sunday);
    await context.close();
  });

  it('suggests which filter to relax when nothing matches', async () => {
    const { page, context } = await openPage(browser, '/?q=food+bank&cat=arts-culture');
    await page.locator('.no-results').waitFor();
    const suggestion = page.locator('.relaxations button').first();
    expect(await suggestion.textContent()).toMatch(/\(\d+ results?\)/);
    await page.getByRole('button', { name: /Show all categories/ }).click();
    await waitForCount(page, expectedCount({ q: 'food bank' }));
    expect(searchParams(page).get('cat')).toBeNull();
    expect(searchParams(page).get('q')).toBe('food bank');
    await context.close();
  });
});

describe('find page: the URL is the state', () => {
  it('loads a shared link with the same results, updates it on change, and Back undoes a change', async () => {
    const state = { q: 'club', categories: ['older-people'], free: true };
    const { page, context } = await openPage(browser, '/?q=club&cat=older-people&free=1');
    await waitForResults(page);
    await waitForCount(page, expectedCount(state));
    expect(await page.getByLabel('Search', { exact: true }).inputValue()).toBe('club');
    await openFilters(page);
    expect(await page.locator('#cat-older-people').isChecked()).toBe(true);
    expect(await page.getByLabel('Free only').isChecked()).toBe(true);

    await page.getByLabel('Free only').uncheck();
    await expect.poll(() => searchParams(page).get('free'), { timeout: 20_000 }).toBeNull();
    await waitForCount(page, expectedCount({ ...state, free: false }));

    await page.goBack();
    await expect.poll(() => searchParams(page).get('free'), { timeout: 20_000 }).toBe('1');
    await waitForCount(page, expectedCount(state));
    expect(await page.getByLabel('Free only').isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Copy link to these results' }).click();
    await page
      .locator('.share-status')
      .filter({ hasText: /Link copied|Copy this link/ })
      .waitFor();
    await context.close();
  });
});

describe('find page: near a postcode or me', () => {
  it('sorts by distance from a valid postcode and shows each distance', async () => {
    const { page, context } = await openPage(browser, '/');
    await waitForResults(page);
    await page.getByLabel('Postcode').fill('wn1 1aa');
    await page.getByRole('button', { name: 'Find near postcode' }).click();
    await expect.poll(() => searchParams(page).get('near') ?? '', { timeout: 20_000 }).toMatch(/^53\.5\d+,-2\.6\d+,WN1 1AA$/);
    await page.locator('.result-distance').first().waitFor();
    expect(await page.locator('.result-count').textContent()).toContain('near WN1 1AA');
    expect(await page.getByLabel('Postcode').inputValue()).toBe('WN1 1AA');
    const distances = await page.locator('.result-distance').allTextContents();
    expect(distances[0]).toMatch(/^\d+ m, about a \d+ minute walk$/);
    const metres = distances.map((d) => {
      const m = /^([\d.]+) (m|km)/.exec(d)!;
      return Number(m[1]) * (m[2] === 'km' ? 1000 : 1);
    });
    for (let i = 1; i < metres.length; i++) expect(metres[i]).toBeGreaterThanOrEqual(metres[i - 1]);
    await screenshot(page, 'find-postcode');
    await context.close();
  });

  it('says when a postcode is well formed but unknown, and when it is malformed', async () => {
    const { page, context } = await openPage(browser, '/');
    await waitForResults(page);
    await page.getByLabel('Postcode').fill('WN1 9ZZ');
    await page.getByRole('button', { name: 'Find near postcode' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('We could not find the postcode WN1 9ZZ');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await page.getByLabel('Postcode').getAttribute('aria-invalid')).toBe('true');
    expect(searchParams(page).get('near')).toBeNull();

    await page.getByLabel('Postcode').fill('WN1 1C');
    await page.getByRole('button', { name: 'Find near postcode' }).click();
    await page.locator('#postcode-error').filter({ hasText: 'WN1 1C' }).waitFor();
    expect(await summary.textContent()).not.toContain('could not find');
    await screenshot(page, 'find-postcode-error');
    // The summary's link takes you to the field.
    await summary.locator('a').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('postcode');
    await context.close();
  });

  it('uses the browser location when allowed and explains when it is refused', async () => {
    const { page, context } = await openPage(browser, '/');
    await waitForResults(page);
    await page.getByRole('button', { name: 'Use my location' }).click();
    await page.locator('#near-me-error').filter({ hasText: 'did not share your location' }).waitFor();

    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 53.5451, longitude: -2.6325 });
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect.poll(() => searchParams(page).get('near') ?? '', { timeout: 20_000 }).toMatch(/,your location$/);
    await page.locator('.result-distance').first().waitFor();
    expect(await page.locator('.result-count').textContent()).toContain('near your location');
    await context.close();
  });
});

describe('find page: keyboard, screen reader and map in step', () => {
  it('works with the keyboard alone: search, reach a result, open it, come back', async () => {
    const { page, context } = await openPage(browser, '/');
    await waitForResults(page);
    // The skip link comes first and lands on the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'search' && guard++ < 30) await page.keyboard.press('Tab');
    await page.keyboard.type('lunch club');
    await waitForCount(page, expectedCount({ q: 'lunch club' }));
    guard = 0;
    while (!(await page.evaluate(() => !!document.activeElement?.closest('.result-name'))) && guard++ < 40) await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.textContent);
    expect(name).toMatch(/Lunch Club/);
    // Visible focus: the focused link has an outline.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/asset\//);
    await page.locator('h1', { hasText: name! }).waitFor();
    expect(await page.title()).toBe(`${name} – Common Ground`);
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/' && u.searchParams.get('q') === 'lunch club');
    await waitForCount(page, expectedCount({ q: 'lunch club' }));
    expect(await page.getByLabel('Search', { exact: true }).inputValue()).toBe('lunch club');
    await context.close();
  });

  it('selecting in the list highlights on the map, and a map click highlights and focuses the list item', async () => {
    const { page, context } = await openPage(browser, '/?q=food+bank');
    await waitForResults(page);
    await waitForMap(page);
    const first = page.locator('.result').first();
    const id = (await first.getAttribute('data-id'))!;
    await first.getByRole('button', { name: /Show on map/ }).click();
    expect(await first.getAttribute('aria-current')).toBe('true');
    expect(searchParams(page).get('sel')).toBe(id);
    await page.waitForFunction(
      (uuid) => {
        const map = (window as unknown as { __cgMap: CgMap }).__cgMap;
        if (map.isMoving()) return false;
        const f = map.queryRenderedFeatures({ layers: ['asset-markers'] }).find((x) => x.properties.uuid === uuid);
        return f?.state.selected === true;
      },
      id,
      { timeout: 20_000 },
    );
    await screenshot(page, 'find-selected-from-list');

    // Now the other way: click a different asset's marker where MapLibre draws it.
    const target = await page.evaluate((uuid) => {
      const map = (window as unknown as { __cgMap: CgMap }).__cgMap;
      const others = map.queryRenderedFeatures({ layers: ['asset-markers'] }).filter((x) => x.properties.uuid !== uuid);
      const pick = others[0];
      if (!pick) return null;
      const p = map.project(pick.geometry.coordinates);
      return { uuid: pick.properties.uuid as string, x: p.x, y: p.y };
    }, id);
    let other = target;
    if (!other) {
      // No neighbour in view: jump to the second result's location instead.
      const secondId = await page.locator('.result').nth(1).getAttribute('data-id');
      const second = published.features.find((f) => f.properties.id === secondId)!;
      await page.evaluate((c) => (window as unknown as { __cgMap: CgMap }).__cgMap.jumpTo({ center: c, zoom: 17 }), second.geometry.coordinates);
      await page.waitForTimeout(500);
      other = await page.evaluate((uuid) => {
        const map = (window as unknown as { __cgMap: CgMap }).__cgMap;
        const pick = map.queryRenderedFeatures({ layers: ['asset-markers'] }).find((x) => x.properties.uuid !== uuid)!;
        const p = map.project(pick.geometry.coordinates);
        return { uuid: pick.properties.uuid as string, x: p.x, y: p.y };
      }, id);
    }
    const box = (await page.locator('.find-map canvas').boundingBox())!;
    await page.mouse.click(box.x + other!.x, box.y + other!.y);
    const item = page.locator(`#result-${other!.uuid}`);
    await expect.poll(() => item.getAttribute('aria-current'), { timeout: 20_000 }).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`result-${other!.uuid}`);
    expect(await first.getAttribute('aria-current')).toBeNull();
    // The map shows the chosen asset's name as text in a card, never as HTML.
    await page.locator('.selected-card').waitFor();
    await screenshot(page, 'find-selected-from-map');
    await context.close();
  });

  it('renders hostile text as text: a search and an asset name with HTML in them', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: baseUrl() });
    await blockOffsiteRequests(context);
    // Serve a published file with a hostile asset, and keep the database from replacing it.
    const withHostile = structuredClone(published);
    withHostile.features[0].properties.name = `Sample: ${hostile}`;
    withHostile.features[0].properties.description = '<script>window.__pwned = true</script><b>bold?</b>';
    withHostile.features[0].properties.org_name = '<a href="javascript:alert(1)">Org</a>';
    await context.route('**/generated/published.json', (route) => route.fulfill({ json: withHostile }));
    await context.route('**/db.worker*', (route) => route.abort());
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`/?q=${encodeURIComponent(hostile)}`);
    await page.locator('.result-count').filter({ hasText: hostile }).waitFor();
    await page.getByLabel('Search', { exact: true }).fill('onerror');
    await page.locator('.result-name', { hasText: hostile }).waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('.result a[href^="javascript:"]').count()).toBe(0);
    await page.locator('.result-name a', { hasText: hostile }).click();
    await page.locator('h1', { hasText: hostile }).waitFor();
    expect(await page.locator('.asset-lede').textContent()).toBe('<script>window.__pwned = true</script><b>bold?</b>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"], a[href^="javascript:"], article b').count()).toBe(0);
    expect(dialogs).toBe(0);
    await context.close();
  });
});

describe('find page: accessibility', () => {
  it('has no axe violations on a wide screen, with results, filters open and an error shown', async () => {
    const { page, context } = await openPage(browser, '/?q=food');
    await waitForResults(page);
    await waitForMap(page);
    await openFilters(page);
    await page.locator('.map-legend summary').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Postcode').fill('nonsense');
    await page.getByRole('button', { name: 'Find near postcode' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('on a phone shows the list first, switches to the map, and has no axe violations in either view', async () => {
    const { page, context } = await openPage(browser, '/', { viewport: { width: 375, height: 740 } });
    await waitForResults(page);
    expect(await page.locator('.find-map').count()).toBe(0); // the map is not even fetched yet
    expect(await page.getByRole('button', { name: 'List', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'find-phone-list');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    expect(searchParams(page).get('view')).toBe('map');
    await waitForMap(page);
    expect(await page.locator('.result').count()).toBe(0);
    const box = (await page.locator('.find-map').boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    await page.waitForTimeout(500);
    await screenshot(page, 'find-phone-map');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await waitForResults(page);
    await context.close();
  });
});
