// Signed-in work waits for the database, and says so: "Starting the local database…" with its
// steps while it starts, the page once it has, a plain message (never an endless wait) when it
// cannot. The nav never offers "Sign in" to someone signed in while that is being worked out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, baseUrl, blockOffsiteRequests, launchBrowser, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh profile acting as the moderator from its first page, noting every nav link it ever shows. */
async function moderatorProfile(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, baseURL: baseUrl() });
  await blockOffsiteRequests(context);
  await context.addInitScript(() => {
    localStorage.setItem('cg.persona', 'moderator');
    const seen = new Set<string>();
    (window as unknown as { __navSeen: Set<string> }).__navSeen = seen;
    new MutationObserver(() => {
      document.querySelectorAll('nav[aria-label="Main"] a, nav[aria-label="Main"] button').forEach((a) => seen.add(a.textContent!.trim()));
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return { context, page: await context.newPage() };
}

const navSeen = (page: Page) => page.evaluate(() => [...(window as unknown as { __navSeen: Set<string> }).__navSeen]);

describe('signed-in pages and the database', () => {
  it('shows the database starting, step by step, then the page; the nav never says Sign in', async () => {
    const { context, page } = await moderatorProfile({ width: 390, height: 844 });
    await page.goto('/review');
    const status = page.getByRole('status').filter({ hasText: 'Starting the local database…' });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/Step [1-4] of 4: /);
    expect(await status.locator('progress').count()).toBe(1);
    await page.getByText('This page opens as soon as the local database has started.').waitFor();
    expect(await page.getByLabel('Acting as').inputValue()).toBe('moderator');
    await screenshot(page, 'signed-in-starting-390');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('heading', { level: 1, name: /Review/ }).waitFor({ timeout: 120_000 });
    expect(await status.count()).toBe(0);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Review' }).waitFor();
    expect(await navSeen(page)).not.toContain('Sign in');

    // A second tab shares the first tab's database (it does not lead): it opens too.
    const second = await context.newPage();
    await second.goto('/review');
    await second.getByRole('heading', { level: 1, name: /Review/ }).waitFor({ timeout: 60_000 });
    await second.close();

    // The same from a warm start, at desktop size.
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('/import');
    await page.getByRole('heading', { level: 1, name: 'Import partner data' }).waitFor({ timeout: 60_000 });
    expect(await navSeen(page)).not.toContain('Sign in');
    await screenshot(page, 'signed-in-ready-1366');
    await context.close();
  });

  it('says plainly, and does not hang, when the database cannot start', async () => {
    const { context, page } = await moderatorProfile({ width: 1366, height: 900 });
    await context.route(/db\.worker/, (r) => r.abort());
    await page.goto('/review');
    const alert = page.getByRole('alert').filter({ hasText: 'The local database could not start' });
    await alert.waitFor({ timeout: 60_000 });
    await page.getByText('This page needs the local database, which could not start.').waitFor();
    expect(await page.getByText('Starting the local database').count()).toBe(0);
    await screenshot(page, 'signed-in-db-failed-1366');
    expect(await axeViolations(page)).toEqual([]);
    // Reloading once the problem is gone opens the page.
    await context.unroute(/db\.worker/);
    await Promise.all([page.waitForEvent('load'), alert.getByRole('button', { name: 'Reload this page' }).click()]);
    await page.getByRole('heading', { level: 1, name: /Review/ }).waitFor({ timeout: 120_000 });
    expect(await navSeen(page)).not.toContain('Sign in');
    await context.close();
  });
});
