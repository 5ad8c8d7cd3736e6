// Local mode's Outbox, end to end in Chromium: the day's check reminders are written on demand,
// a reminder's "Still correct" link confirms the listing as its recipient would find it, and a
// second click says it was used; moderators' list of undelivered e-mail. Axe on each page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { actAs, expectAccessible, go, ignorable } from './organisationSteps';

// The refusal the test provokes on purpose is logged by PGlite's worker.
const expected = /already used/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the outbox', () => {
  it('shows the reminders it would have sent, and their one-click link works once', async () => {
    const { page, context, errors } = await openPage(browser, '/outbox');
    await page.getByRole('heading', { name: 'Outbox', level: 1 }).waitFor();
    await page.getByLabel('Show messages to').waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Write the check reminders due now' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /\d+ reminder e-mails? written/ })
      .waitFor({ timeout: 60_000 });
    await page.getByLabel('Show messages to').selectOption('editor.a@example.org');
    const reminder = page
      .locator('.outbox-message')
      .filter({ has: page.getByRole('heading', { name: /^Is “.+” still right\?$/ }) })
      .first();
    await reminder.waitFor();
    expect(await reminder.innerText()).toMatch(/To editor\.a@example\.org/);
    expect(await reminder.innerText()).toMatch(/one click confirms it/);
    await expectAccessible(page, 'outbox');

    const name = /^Is “(.+)” still right\?$/.exec(await reminder.getByRole('heading').innerText())![1];
    const still = reminder.getByRole('link', { name: 'Still correct' });
    const href = await still.getAttribute('href');
    expect(href).toMatch(/^\/confirm\?token=[0-9a-f-]+\.[0-9a-f]{32}$/);
    await still.click();
    await page.getByRole('heading', { name: 'Thank you', level: 1 }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('main').getByRole('status').innerText()).toContain(name);

    // The same link clicked again, from the same message.
    await go(page, '/outbox');
    await page.getByLabel('Show messages to').selectOption('editor.a@example.org');
    await page.locator(`.outbox-message a[href="${href}"]`).click();
    await page.getByRole('heading', { name: 'This link cannot confirm the listing', level: 1 }).waitFor({ timeout: 60_000 });
    await page.getByRole('alert').filter({ hasText: 'This link was already used on' }).waitFor();
    expect(ignorable(errors).filter((e) => !expected.test(e))).toEqual([]);
    await context.close();
  });

  it('tells moderators when every e-mail was delivered', async () => {
    const { page, context, errors } = await openPage(browser, '/review');
    await actAs(page, 'moderator');
    await page.getByRole('link', { name: 'E-mail not delivered' }).click();
    await page.getByRole('heading', { name: 'E-mail not delivered', level: 1 }).waitFor();
    await page.getByText('Every message has been delivered or is on its way.').waitFor({ timeout: 60_000 });
    await expectAccessible(page, 'review-mail');
    expect(ignorable(errors)).toEqual([]);
    await context.close();
  });
});
