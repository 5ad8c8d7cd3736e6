// Languages: the header's switcher turns every visible string of the find page and an asset page
// into Polish (no English left but names and data), is remembered across a reload, sets
// <html lang> and dir; the right-to-left pseudo-locale marks every UI string, so any text still
// hard-coded in a component shows up unmarked. axe finds nothing in Polish.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage } from './browser';
import { categories, published, waitForResults } from './findPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const RLO = '\u202e';
/** Names the app uses in every language. */
const SAME_IN_EVERY_LANGUAGE = new Set(['Common Ground']);

// What the listings and the taxonomy say: data, shown as given in every language.
const data = new Set<string>(categories.flatMap((c) => [c.label]));
for (const { properties: p } of published.features) {
  for (const v of [p.name, p.org_name, p.description, p.cost, p.ward, p.phone, p.email, p.website, p.address, p.postcode]) if (v) data.add(String(v).trim());
  data.add([p.address, p.postcode].filter(Boolean).join(', '));
}
/** Data, digits and punctuation, or data joined by separators ("Health › GP practice", "350 m"). */
function isData(text: string): boolean {
  if (data.has(text) || SAME_IN_EVERY_LANGUAGE.has(text)) return true;
  if (/^[\d\s\p{P}\p{S}]*(k?m)?[\s\p{P}]*$/u.test(text)) return true;
  return [' – ', ' › ', ' · ', ', '].some((sep) => {
    const parts = text.split(sep).map((s) => s.trim());
    return parts.length > 1 && parts.every(isData);
  });
}

/** Every visible text node, aria-label and the title; the maps' own controls and <option>s aside. */
async function shownStrings(page: Page): Promise<string[]> {
  // Closed disclosures hold strings too: open them.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  return page.evaluate(() => {
    const skip = '.find-map, .asset-map, option, script, style';
    const out: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent!.trim();
      const el = n.parentElement!;
      if (text && !el.closest(skip) && el.checkVisibility()) out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label]')) if (!el.closest(skip)) out.push(el.getAttribute('aria-label')!.trim());
    return out;
  });
}

async function choose(page: Page, code: string, lang: string) {
  await page.getByLabel(/^(Language|Język)$/).selectOption(code);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

const englishLeft = (polish: string[], english: string[]) => {
  const en = new Set(english);
  return [...new Set(polish.filter((s) => en.has(s) && !isData(s)))];
};

describe('languages', () => {
  it('switches the find page and an asset page to Polish, remembers it, and marks every string in the pseudo-locale', async () => {
    const { page, errors } = await openPage(browser, '/');
    await waitForResults(page);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en-GB', 'ltr']);
    // Each language is offered in its own name, marked with its own language.
    const options = page.locator('#language option');
    expect(await options.evaluateAll((os) => os.map((o) => `${o.textContent}|${o.getAttribute('lang')}`))).toEqual(['English|en-GB', 'Polski|pl-PL']);
    const findEnglish = await shownStrings(page);

    // An asset page, in English, then in Polish without a reload.
    await page.locator('.result-name a').first().click();
    await page.locator('.asset-page h1').waitFor();
    await page.locator('.summary-list').waitFor();
    const assetEnglish = await shownStrings(page);
    await choose(page, 'pl', 'pl-PL');
    await page.getByRole('heading', { name: 'Szczegóły' }).waitFor();
    expect(englishLeft(await shownStrings(page), assetEnglish)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: '‹ Wróć do wyników' }).click();
    await page.locator('h1', { hasText: 'Znajdź lokalne grupy, miejsca i usługi' }).waitFor();
    await page.waitForFunction(() => /wynik/.test(document.querySelector('.result-count')?.textContent ?? ''));
    expect(englishLeft(await shownStrings(page), findEnglish)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // Remembered: a reload comes back in Polish.
    await page.reload();
    await page.locator('h1', { hasText: 'Znajdź lokalne grupy' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['pl-PL', 'ltr']);
    expect(await page.locator('#language').inputValue()).toBe('pl');

    // The right-to-left pseudo-locale: mirrored, and nothing left unmarked but data.
    await page.goto('/?lang=en-XB');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.locator('.result').first().waitFor();
    const unmarked = (strings: string[]) => [...new Set(strings.filter((s) => !s.includes(RLO) && !isData(s)))];
    expect(unmarked(await shownStrings(page))).toEqual([]);
    await page.locator('.result-name a').first().click();
    await page.locator('.summary-list').waitFor();
    expect(unmarked(await shownStrings(page))).toEqual([]);
    // Map tiles from offsite are blocked in tests: their failed loads are expected.
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
