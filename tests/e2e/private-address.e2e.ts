// "General area only" (issue 15) end to end in Chromium, on the local database: an organisation
// adds a group that meets in a member's home and ticks "Meets at a private address"; a resident
// then finds it as an area on the map (never a pin), selectable by click and from the list, with
// the area wording and no directions on its page, and the exact point and address appear nowhere
// in what the resident's pages hold or download. axe checks each page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { actAs, expectAccessible, fillNewListing, go, ignorable } from './organisationSteps';
import type { CgMap } from './findPage';
import { reflowProblems } from './reflow';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ORG_A = '0a000000-0000-4000-8000-00000000000a'; // its listings wait for review
const ORG_B = '0b000000-0000-4000-8000-00000000000b'; // trusted: its listings publish at once
const SLOW = 300_000;
const NAME = 'Sample: Knit and Natter at Jean’s';
const ADDRESS = '9 Quietwater Close, Leigh (sample home)';
const POSTCODE = 'WN7 9QX';

type AreaMap = CgMap & {
  getStyle(): { layers: { id: string; type: string; source?: string }[] };
  getCanvas(): HTMLCanvasElement;
};

/** Waits until the resident's map has drawn the private listing's area, and says how. */
async function drawnAs(page: Page, id: string) {
  return page.evaluate(async (uuid) => {
    const map = (window as unknown as { __cgMap: AreaMap }).__cgMap;
    const areas = (await map.getSource('asset-areas').getData()).features as { geometry: { type: string }; properties: { uuid: string } }[];
    const points = (await map.getSource('assets').getData()).features as { properties: { uuid: string } }[];
    const layers = map
      .getStyle()
      .layers.filter((l) => l.source === 'asset-areas')
      .map((l) => [l.id, l.type]);
    return {
      area: areas.find((f) => f.properties.uuid === uuid)?.geometry.type ?? null,
      pin: points.some((f) => f.properties.uuid === uuid),
      layers,
    };
  }, id);
}

/** A spot inside the listing's area with no pin or cluster on it, in page pixels. */
async function clearSpotInArea(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((uuid) => {
    const map = (window as unknown as { __cgMap: AreaMap }).__cgMap;
    const rect = map.getCanvas().getBoundingClientRect();
    for (let r = 0; r < 200; r += 8) {
      for (let a = 0; a < 360; a += 30) {
        const x = rect.width / 2 + r * Math.cos((a * Math.PI) / 180);
        const y = rect.height / 2 + r * Math.sin((a * Math.PI) / 180);
        const here = map.queryRenderedFeatures([x, y]) as unknown as { layer: { id: string }; properties: { uuid?: string } }[];
        const inArea = here.some((f) => f.layer.id === 'asset-area-fill' && f.properties.uuid === uuid);
        const onPin = here.some((f) => ['asset-markers', 'asset-clusters', 'asset-points'].includes(f.layer.id));
        if (inArea && !onPin) return { x: rect.left + x, y: rect.top + y };
      }
    }
    return null;
  }, id);
}

describe('a listing that meets at a private address', () => {
  it('is an area for residents, never a pin, and its exact place and address never reach them', { timeout: SLOW }, async () => {
    const { page, context, errors } = await openPage(browser, '/organisation');

    // The organisation adds the group and ticks the box.
    await actAs(page, 'editor-b');
    await go(page, `/organisation/${ORG_B}/assets/new`);
    await fillNewListing(page, NAME);
    await page.getByLabel('Address (optional)').fill(ADDRESS);
    await page.getByLabel('Postcode').fill(POSTCODE);
    const box = page.getByRole('checkbox', { name: 'Meets at a private address (residents see only the general area)' });
    await box.check();
    await page.getByText('Residents will see an area about 1 km across instead of a pin').waitFor();
    // A point to the millionth of a degree that nothing published has, typed as a keyboard user would.
    const lat = '53.496871';
    const lng = '-2.519463';
    await page.getByLabel('Latitude').fill(lat);
    await page.getByLabel('Longitude').fill(lng);
    // The editor's map shades the area residents will see.
    await page.getByText('Residents see only the shaded area, not the pin').waitFor();
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const map = (window as unknown as { __cgEditorMap: CgMap }).__cgEditorMap;
          return (await map.getSource('editor-general-area').getData()).features.length;
        }),
      )
      .toBe(1);
    await expectAccessible(page, 'private-address-editor');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Published. Residents can see it now.').waitFor({ timeout: 60_000 });
    const id = page.url().split('/').pop()!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    // Members still see and edit the exact location.
    await page.reload();
    await actAs(page, 'editor-b');
    await go(page, `/organisation/${ORG_B}/assets/${id}`);
    await expect.poll(() => page.getByLabel('Latitude').inputValue(), { timeout: 60_000 }).toBe(lat);
    expect(await page.getByLabel('Address (optional)').inputValue()).toBe(ADDRESS);
    expect(await box.isChecked()).toBe(true);

    // A resident, in a fresh page over the same local database: everything it downloads is kept.
    const resident = await context.newPage();
    const bodies: string[] = [];
    resident.on('response', (r) => {
      const type = r.headers()['content-type'] ?? '';
      if (/json|html|csv|text\/plain/.test(type))
        void r.text().then(
          (t) => bodies.push(t),
          () => {},
        );
    });
    await resident.goto('/');
    await actAs(resident, 'resident');
    await go(resident, `/?q=${encodeURIComponent('Knit and Natter at Jean')}`);
    await resident.waitForFunction(() => document.documentElement.dataset.published === 'live', undefined, { timeout: 120_000 });
    const result = resident.locator(`.result[data-id="${id}"]`);
    await result.waitFor({ timeout: 60_000 });
    await result.getByText('General area: meets at a private address').waitFor();

    // On the map: an area (a fill), not in the pins' source at all.
    await resident.waitForFunction(() => !!(window as unknown as { __cgMap?: CgMap }).__cgMap?.getLayer('asset-area-fill'), undefined, { timeout: 60_000 });
    await expect
      .poll(() => drawnAs(resident, id), { timeout: 30_000 })
      .toEqual({
        area: 'Polygon',
        pin: false,
        layers: [
          ['asset-area-fill', 'fill'],
          ['asset-area-outline', 'line'],
        ],
      });

    // Selected from the list ("Show on map"), the map frames the area and marks it selected.
    await result.getByRole('button', { name: /Show on map/ }).click();
    await expect.poll(() => result.getAttribute('aria-current')).toBe('true');
    await expect
      .poll(() =>
        resident.evaluate((uuid) => {
          const map = (window as unknown as { __cgMap: AreaMap }).__cgMap;
          const here = map.queryRenderedFeatures({ layers: ['asset-area-fill'] }) as unknown as { properties: { uuid: string }; state: { selected?: boolean } }[];
          return here.some((f) => f.properties.uuid === uuid && f.state.selected === true);
        }, id),
      )
      .toBe(true);
    await resident.waitForFunction(() => !(window as unknown as { __cgMap: CgMap }).__cgMap.isMoving());
    const card = resident.locator('.selected-card');

    // A click inside the area selects it too.
    const spot = await clearSpotInArea(resident, id);
    expect(spot).not.toBeNull();
    await resident.mouse.click(spot!.x, spot!.y);
    await card.getByRole('link', { name: NAME }).waitFor();
    await card.getByText('General area: meets at a private address').waitFor();
    await expectAccessible(resident, 'private-address-find');

    // Its page: the area wording in place of the address, and no directions.
    await card.getByRole('link', { name: NAME }).click();
    await resident.getByRole('heading', { name: NAME, level: 1 }).waitFor();
    await resident.getByText('Meets at a private address: contact them for the address.').waitFor();
    expect(await resident.getByRole('link', { name: /directions/i }).count()).toBe(0);
    await resident.getByRole('heading', { name: 'The general area' }).waitFor();
    await resident.waitForFunction(() => !!(window as unknown as { __cgAssetMap?: CgMap }).__cgAssetMap?.getLayer('asset-area-fill'), undefined, { timeout: 60_000 });
    await expectAccessible(resident, 'private-address-asset');

    // Nothing the resident holds or downloaded has the exact point, address or postcode.
    const secrets = [lat, lng, 'Quietwater', POSTCODE];
    const dom = await resident.content();
    for (const s of secrets) expect(dom, `the page shows ${s}`).not.toContain(s);
    await expect.poll(() => bodies.length).toBeGreaterThan(0);
    for (const body of bodies) for (const s of secrets) expect(body.includes(s), `a response holds ${s}`).toBe(false);

    // On a phone (390 px) and a laptop (1366 px) the page reflows; the pictures are for people.
    for (const width of [390, 1366]) {
      await resident.setViewportSize({ width, height: 844 });
      await resident.waitForFunction(() => !(window as unknown as { __cgAssetMap: CgMap }).__cgAssetMap.isMoving());
      expect(await reflowProblems(resident), `the asset page at ${width} px`).toEqual([]);
      await resident.screenshot({ path: `test-results/private-address-asset-${width}.png`, fullPage: true });
    }
    // The phone's map view: "Show on map" gives way to the map, which frames the area with its card.
    await resident.setViewportSize({ width: 390, height: 844 });
    await go(resident, `/?q=${encodeURIComponent('Knit and Natter at Jean')}`);
    await result.getByRole('button', { name: /Show on map/ }).click();
    await card.getByText('General area: meets at a private address').waitFor();
    await resident.waitForFunction(() => !(window as unknown as { __cgMap: CgMap }).__cgMap.isMoving());
    expect(await reflowProblems(resident), 'the map view at 390 px').toEqual([]);
    await resident.screenshot({ path: 'test-results/private-address-map-390.png' });
    for (const s of secrets) expect(await resident.content()).not.toContain(s);

    expect(ignorable(errors)).toEqual([]);
    await context.close();
  });

  it('waits for review with its exact place shown to the moderator, who sees what residents will see', { timeout: SLOW }, async () => {
    const { page, context, errors } = await openPage(browser, '/organisation');
    await actAs(page, 'editor-a');
    const name = 'Sample: Book club at Pat’s';
    await go(page, `/organisation/${ORG_A}/assets/new`);
    await fillNewListing(page, name);
    await page.getByLabel('Latitude').fill('53.541237');
    await page.getByLabel('Longitude').fill('-2.591853');
    await page.getByLabel('Address (optional)').fill('14 Lantern Yard, Hindley (sample home)');
    await page.getByRole('checkbox', { name: /Meets at a private address/ }).check();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Submitted for review. A council moderator will check it.').waitFor();
    const id = page.url().split('/').pop()!;

    await actAs(page, 'moderator');
    await go(page, `/review/asset/${id}`);
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByRole('row', { name: /Meets at a private address\s+Yes/ }).waitFor();
    await page.getByRole('row', { name: /Address\s+14 Lantern Yard, Hindley \(sample home\)/ }).waitFor();
    await page.getByText('The pin is at 53.54124, -2.59185.').waitFor();
    await page.getByText('residents will see only the general area around it').waitFor();
    await page.locator('.resident-preview-section').getByText('General area: meets at a private address').waitFor();
    expect(await page.locator('.resident-preview-section').textContent()).not.toContain('Lantern Yard');
    await expectAccessible(page, 'private-address-review');
    await page.getByLabel(/^Approve/).check();
    await page.getByRole('button', { name: 'Confirm decision' }).click();
    await page.getByText(`Approved “${name}”. Residents can see it now.`).waitFor({ timeout: 60_000 });

    await actAs(page, 'resident');
    await go(page, '/about');
    await go(page, `/asset/${id}`);
    await page.getByText('Meets at a private address: contact them for the address.').waitFor({ timeout: 60_000 });
    expect(await page.content()).not.toContain('Lantern Yard');
    expect(ignorable(errors)).toEqual([]);
    await context.close();
  });
});
