// Keeping listings true, end to end in Chromium: an organisation picks how often it is asked
// whether a listing is still right, and the pages one-click links open say clearly when a link
// cannot be used.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { actAs, expectAccessible, go, ignorable } from './organisationSteps';

const ORG_A = '0a000000-0000-4000-8000-00000000000a';
// Refusals the tests provoke on purpose are logged by PGlite's worker.
const expected = /not valid/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('keeping listings true', () => {
  it('lets an organisation choose how often it is reminded to check a listing', async () => {
    const { page, context, errors } = await openPage(browser, '/organisation');
    await actAs(page, 'editor-a');
    await go(page, `/organisation/${ORG_A}`);
    await page.getByRole('heading', { name: 'Listings', level: 1 }).waitFor();
    await page.locator('.assets-table tbody a').first().click();
    const every = page.getByLabel('How often should we ask whether it is still right?');
    await every.waitFor({ timeout: 60_000 });
    expect(await every.inputValue()).toBe('6');
    await every.selectOption({ label: 'Every month' });
    await page.getByRole('status').filter({ hasText: 'Saved: every month.' }).waitFor();
    await expectAccessible(page, 'check-plan');

    // Read back after a reload: it was stored, not just shown.
    await page.reload();
    await actAs(page, 'editor-a');
    await expect.poll(() => page.getByLabel('How often should we ask whether it is still right?').inputValue(), { timeout: 60_000 }).toBe('1');
    expect(ignorable(errors)).toEqual([]);
    await context.close();
  });

  it('says plainly when a link from an e-mail cannot be used', async () => {
    const { page, context, errors } = await openPage(browser, '/confirm?token=0b5a2c1e-8d3f-4a6b-9c7d-1e2f3a4b5c6d.00112233445566778899aabbccddeeff');
    await page.getByRole('heading', { name: 'This link cannot confirm the listing', level: 1 }).waitFor({ timeout: 120_000 });
    await page.getByRole('alert').filter({ hasText: 'This link is not valid' }).waitFor();
    await expectAccessible(page, 'confirm-refused');
    await go(page, '/unsubscribe?token=nonsense');
    await page.getByRole('alert').filter({ hasText: 'This link is not valid' }).waitFor();
    await expectAccessible(page, 'unsubscribe-refused');
    expect(ignorable(errors).filter((e) => !expected.test(e))).toEqual([]);
    await context.close();
  });
});
