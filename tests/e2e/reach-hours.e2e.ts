// Reach presets and irregular hours end to end, on one page: a "5 minute walk" hides a listing
// a little further away and "search again over a wider area" brings it back; an organisation
// writes "2nd Tuesday of the month" hours in the editor, a moderator approves them, and the
// group is open on the 2nd Tuesday's date and not on the 3rd's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { expectedCount, openFilters, published, resultNames, searchParams, waitForCount } from './findPage';
import { actAs, expectAccessible, fillNewListing, go, ignorable } from './organisationSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// A listing found by its name alone, and a point about 450 m north of it: outside a 5 minute
// walk (400 m), inside a 15 minute one (1.2 km).
const target = published.features.find((f) => {
  const [lng, lat] = f.geometry.coordinates;
  const near = { lat: lat + 0.004, lng, label: 'Test point' };
  return (
    f.properties.name.startsWith('Sample:') &&
    expectedCount({ q: f.properties.name, near, reach: 'walk5' }) === 0 &&
    expectedCount({ q: f.properties.name, near, reach: 'walk15' }) === 1
  );
})!;
const [lng, lat] = target.geometry.coordinates;
const nearParam = `${(lat + 0.004).toFixed(5)},${lng.toFixed(5)},Test point`;

describe('reach presets and irregular hours', () => {
  it('hides what is too far until asked for a wider area, and answers "open on" for a date', async () => {
    const { page, errors } = await openPage(browser, `/?q=${encodeURIComponent(target.properties.name)}&near=${encodeURIComponent(nearParam)}&reach=walk5`);
    await page.locator('.no-results').waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('How far').inputValue()).toBe('walk5');
    expect(await page.locator('.result-count').textContent()).toContain('within a 5 minute walk');
    const wider = page.getByRole('button', { name: /Search again over a wider area: within a 15 minute walk \(about 1\.2 km\) \(1 result\)/ });
    await expectAccessible(page, 'reach-no-results');
    await wider.click();
    await waitForCount(page, 1);
    expect(await resultNames(page)).toEqual([target.properties.name]);
    expect(searchParams(page).get('reach')).toBe('walk15');

    // An organisation writes "2nd Tuesday of the month" hours and submits the listing.
    await actAs(page, 'editor-a');
    await go(page, '/organisation');
    await page.getByRole('link', { name: 'Sample: Hindley Community Trust' }).click();
    await page.getByRole('link', { name: 'Add a listing' }).click();
    const name = 'Sample: Hindley Second Tuesday Craft Group';
    await fillNewListing(page, name);
    const session = page.getByRole('group', { name: 'Session 1' });
    await session.getByLabel('Tuesday').check();
    await session.getByLabel('How often').selectOption('monthly');
    await session.getByRole('group', { name: 'Which weeks of the month' }).getByLabel('2nd').check();
    await session.getByLabel('Opens').fill('10:00');
    await session.getByLabel('Closes').fill('12:00');
    const preview = page.locator('.hours-preview');
    await expect.poll(() => preview.textContent()).toContain('Saved as Tu[2] 10:00-12:00');
    expect(await preview.textContent()).toContain('2nd Tuesday of the month: 10am to midday');
    await expectAccessible(page, 'editor-irregular-hours');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Submitted for review. A council moderator will check it.').waitFor();

    await actAs(page, 'moderator');
    await go(page, '/review');
    await page.getByRole('link', { name }).click();
    await page.getByLabel(/^Approve/).check();
    await page.getByRole('button', { name: 'Confirm decision' }).click();
    await page.getByText(`Approved “${name}”. Residents can see it now.`).waitFor();

    // A resident asks for the 2nd Tuesday of December 2026, then the 3rd.
    await actAs(page, 'resident');
    await go(page, '/?q=Second+Tuesday+Craft');
    await page.locator('.result-list').getByText(name).first().waitFor({ timeout: 30_000 });
    await openFilters(page);
    await page.getByLabel('Open on a day').check();
    await page.getByLabel(/^Date/).fill('2026-12-08');
    await expect.poll(() => searchParams(page).get('open')).toBe('2026-12-08');
    await page.locator('.result-list').getByText(name).first().waitFor();
    await page.getByLabel(/^Date/).fill('2026-12-15');
    await expect.poll(() => searchParams(page).get('open')).toBe('2026-12-15');
    await page.locator('.no-results').waitFor();
    expect(await page.getByLabel('Day', { exact: true }).inputValue()).toBe('2'); // Tuesday
    await expectAccessible(page, 'find-open-on-date');
    expect(ignorable(errors)).toEqual([]);
  });
});
