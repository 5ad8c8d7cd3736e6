// Steps the organisation and review end-to-end tests share: act as a sample person, check a page
// with axe, fill the asset editor.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { axeViolations } from './browser';

/** Local mode's sign-in: the banner's "Acting as" menu. Waits until the app knows who you are. */
export async function actAs(page: Page, persona: 'resident' | 'editor-a' | 'editor-b' | 'newcomer' | 'moderator' | 'planner') {
  await page.getByLabel('Acting as').selectOption(persona);
  const nav = page.getByRole('navigation', { name: 'Main' });
  // The first answer waits for the local database to start, which on a busy 2-core machine
  // can take tens of seconds.
  const timeout = 120_000;
  if (persona === 'resident') await expect.poll(() => nav.getByRole('link', { name: 'Your organisation' }).count(), { timeout }).toBe(0);
  else await expect.poll(() => nav.getByRole('link', { name: 'Your organisation' }).count(), { timeout }).toBe(1);
  if (persona === 'moderator') await expect.poll(() => nav.getByRole('link', { name: 'Review' }).count(), { timeout }).toBe(1);
}

/** Navigate inside the app (no reload: the local database stays warm). */
export async function go(page: Page, path: string) {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

export async function expectAccessible(page: Page, name: string) {
  mkdirSync('test-results', { recursive: true });
  // axe's target-size rule counts a checkbox partly under the editor's stuck action bar as too
  // small, which depends only on where the page happens to be scrolled. What the bar covers is
  // checked by focus-not-obscured.e2e.ts; axe looks with the bar in its own place, after the
  // last field, where it covers nothing.
  await page.evaluate(() => {
    if (document.querySelector('.sticky-actions')) window.scrollTo(0, document.documentElement.scrollHeight);
  });
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
}

export const ignorable = (errors: string[]) => errors.filter((e) => !/Failed to load resource|net::ERR_FAILED/.test(e));

/** The editor's required fields, with the pin placed by clicking the middle of the map. */
export async function fillNewListing(page: Page, name: string) {
  await page.getByRole('heading', { name: 'Add a listing' }).waitFor();
  await page.getByRole('radio', { name: 'Group' }).check();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Description').fill('A friendly weekly gathering. Sample data for tests.');
  const categories = page.getByRole('group', { name: 'Categories' });
  await categories.getByRole('checkbox', { name: 'Older people' }).check();
  await categories.getByRole('checkbox', { name: 'Food support' }).check();
  await clickMapMiddle(page);
  await expect.poll(() => page.getByLabel('Latitude').inputValue()).toMatch(/^53\.\d+/);
}

export async function clickMapMiddle(page: Page) {
  await page.waitForFunction(
    () => {
      const m = (window as unknown as { __cgEditorMap?: { loaded(): boolean } }).__cgEditorMap;
      return !!m && m.loaded();
    },
    undefined,
    { timeout: 60_000 },
  );
  await page.locator('.editor-map').scrollIntoViewIfNeeded();
  const box = (await page.locator('.editor-map canvas').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
