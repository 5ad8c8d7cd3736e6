// The footer's accessibility statement, privacy notice and contact page; the privacy notice's
// opt-out from counting searches; and the service worker: a resident who opened the site once
// searches and reads a listing with no connection, and a new version waits for a reload instead of
// taking over a page that runs the old one. One context, one tab, steps in turn.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openPage, screenshot, type TestPage } from './browser';
import { waitForResults } from './findPage';
import { go } from './organisationSteps';

const SW_FILE = `${process.env.CG_DIST ?? 'dist'}/sw.js`;
const originalSw = readFileSync(SW_FILE, 'utf8');

let browser: Browser;
let t: TestPage;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser, '/', { viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' });
  page = t.page;
});
afterAll(async () => {
  writeFileSync(SW_FILE, originalSw);
  await browser?.close();
});

const h1 = (name: string) => page.getByRole('heading', { name, level: 1 });
const footerLink = (name: string) => page.getByRole('contentinfo').getByRole('navigation', { name: 'Support links' }).getByRole('link', { name });
const optOut = () => page.getByLabel('Do not count my searches that find little');
const activeWorker = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL ?? null);

describe('legal pages and offline use', () => {
  it('the footer reaches the accessibility statement, privacy notice and contact page, each accessible', async () => {
    await waitForResults(page);
    for (const [link, title] of [
      ['Accessibility statement', 'Accessibility statement'],
      ['Privacy notice', 'Privacy notice'],
      ['Contact', 'Contact'],
    ]) {
      await footerLink(link).click();
      await h1(title).waitFor();
      await expect.poll(() => page.title()).toBe(`${title} – Common Ground`);
      expect(await axeViolations(page), `axe on ${title}`).toEqual([]);
    }
    // The sample deployment says its contact details are placeholders.
    await page.getByText('This is a sample deployment').waitFor();
    expect(await page.getByRole('link', { name: 'commonground@example.org' }).getAttribute('href')).toBe('mailto:commonground@example.org');
  });

  it('the opt-out from counting searches is remembered across a reload, and can be undone', async () => {
    await footerLink('Privacy notice').click();
    await page.getByRole('heading', { name: 'Searches that find little' }).waitFor();
    expect(await optOut().isChecked()).toBe(false);
    await optOut().check();
    await page.getByRole('status').filter({ hasText: 'Saved: your searches are not counted.' }).waitFor();
    await page.reload();
    await optOut().waitFor();
    expect(await optOut().isChecked()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('cg.demand-opt-out'))).toBe('yes');
    await optOut().uncheck();
    expect(await page.evaluate(() => localStorage.getItem('cg.demand-opt-out'))).toBeNull();
  });

  it('offline after one visit: the list, a search and a listing, with a notice saying so', { timeout: 180_000 }, async () => {
    await page.waitForFunction(() => !!navigator.serviceWorker.controller && document.documentElement.dataset.offlineReady === 'yes', undefined, { timeout: 120_000 });
    await t.context.setOffline(true);
    await page.goto('/');
    await page.getByText('You’re offline — showing saved listings.').waitFor();
    await waitForResults(page);
    await page.getByLabel('Search').fill('lunch club');
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(0);
    const first = page.locator('.result .result-name a').first();
    const name = (await first.textContent())!.trim();
    await first.click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await screenshot(page, 'offline-listing-390');
    expect(await axeViolations(page), 'axe on a listing offline').toEqual([]);
    // A page not opened before comes from the cache too.
    await go(page, '/accessibility');
    await h1('Accessibility statement').waitFor();
    await t.context.setOffline(false);
    await expect.poll(() => page.getByText('You’re offline').count()).toBe(0);
  });

  it('a new version waits for the reload: the open page keeps running the build it started with', { timeout: 180_000 }, async () => {
    const before = await activeWorker();
    expect(before).toMatch(/\/sw\.js$/);
    // A new deployment: the service worker file changes.
    writeFileSync(SW_FILE, `${originalSw}\n// a newer build\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.getByText('A new version of Common Ground is ready.').waitFor({ timeout: 60_000 });
    // The new worker waits; the old one still answers this page, which can still open a page
    // whose code it had not loaded yet.
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);
    await go(page, '/contact');
    await h1('Contact').waitFor();
    await screenshot(page, 'update-prompt-390');
    await page.getByRole('button', { name: 'Reload to update' }).click();
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return !reg?.waiting && !!navigator.serviceWorker.controller;
    });
    await h1('Contact').waitFor();
    await expect.poll(() => page.getByText('A new version of Common Ground is ready.').count()).toBe(0);
    expect(t.errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED|net::ERR_FAILED/.test(e))).toEqual([]);
  });
});
